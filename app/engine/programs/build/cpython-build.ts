/**
 * make for a configured CPython source tree (LAYERCAKE_MODEL=cpython X.Y.Z): `make` leaves
 * the build products the real build leaves in the tree (the `python` executable,
 * libpython, compiled extension modules), `make python` relinks the interpreter, and
 * `make install` / `altinstall` install the files the catalog's python image has under
 * the prefix, so `python3 --version` and pip work afterwards. Nothing is compiled: the
 * output shows representative lines and the time a real build takes.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import {
  absolute,
  ensureDir,
  exists,
  removeTree,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { has, installedTree } from '../archives/known-archives';
import { runSourceMake } from './source-build';

export interface ModelledMake {
  dir: string;
  goals: string[];
  jobs: number;
  /** "make" or "make[1]", for messages. */
  prefix: string;
  model: string;
  makefile: string;
  /** VAR=value arguments on make's command line (PREFIX=/opt/x). */
  overrides?: Record<string, string>;
}

function variable(makefile: string, name: string): string | undefined {
  return new RegExp(`^${name}=\\s*(.*)$`, 'm').exec(makefile)?.[1]?.trim();
}

export function runModelledMake(
  io: ProgramIO,
  catalog: Catalog,
  distro: Distro | undefined,
  job: ModelledMake,
): number {
  const [kind = '', version = ''] = job.model.split(/\s+/);
  const goals = job.goals.length > 0 ? job.goals : ['all'];
  if (kind === 'source') return runSourceMake(io, job, goals);
  if (kind !== 'cpython') {
    io.note(
      `make followed a stand-in Makefile (${job.model}): the simulation does not know what this source tree builds, so ${goals.join(', ')} did nothing.`,
    );
    return 0;
  }
  const build = new CPythonBuild(io, catalog, distro, job, version);
  for (const goal of goals) {
    const status = build.make(goal);
    if (status !== 0) return status;
  }
  return 0;
}

class CPythonBuild {
  private readonly minor: string;
  private readonly musl: boolean;
  private readonly configArgs: string;

  constructor(
    private readonly io: ProgramIO,
    private readonly catalog: Catalog,
    private readonly distro: Distro | undefined,
    private readonly job: ModelledMake,
    private readonly version: string,
  ) {
    this.minor = version.split('.').slice(0, 2).join('.');
    this.musl = io.userland === 'busybox' || distro === 'alpine';
    this.configArgs = variable(job.makefile, 'CONFIG_ARGS') ?? '';
  }

  make(goal: string): number {
    switch (goal) {
      case 'all':
      case 'build_all':
      case 'profile-opt':
        return this.buildAll();
      case 'python':
        return this.linkPython();
      case 'install':
      case 'altinstall':
        if (!exists(this.io.fs, this.path('python'))) this.buildAll();
        return this.install(goal === 'altinstall');
      case 'clean':
      case 'distclean':
        for (const f of [
          'python',
          `libpython${this.minor}.so.1.0`,
          `libpython${this.minor}.so`,
          'libpython3.so',
          'build',
          'Programs/python.o',
          'pybuilddir.txt',
        ])
          removeTree(this.io.fs, this.path(f));
        if (goal === 'distclean')
          for (const f of ['Makefile', 'Makefile.pre', 'config.status', 'config.log', 'pyconfig.h'])
            removeTree(this.io.fs, this.path(f));
        return 0;
      case 'test':
      case 'quicktest':
        this.io.note(
          "make test would run CPython's test suite (about 40 minutes); the simulation skips it.",
        );
        return 0;
      default:
        this.io.stderr(`${this.job.prefix}: *** No rule to make target '${goal}'.  Stop.\n`);
        return 2;
    }
  }

  private path(name: string): string {
    return absolute(this.job.dir, name);
  }

  private get abi(): string {
    return `cpython-${this.minor.replace('.', '')}-x86_64-linux-${this.musl ? 'musl' : 'gnu'}`;
  }

  private cflags(): string {
    const pgo = this.configArgs.includes('--enable-optimizations');
    return `-fno-strict-overflow -Wsign-compare -DNDEBUG -g -O3 -Wall${pgo ? ' -fprofile-generate' : ''} -std=c11 -Werror=implicit-function-declaration -fvisibility=hidden -fPIC`;
  }

  private buildAll(): number {
    const { io } = this;
    const pgo = this.configArgs.includes('--enable-optimizations');
    const cc = variable(this.job.makefile, 'CC') ?? 'gcc';
    const compile = (src: string) =>
      `${cc} -c ${this.cflags()} -I./Include/internal -I./Include -I. -DPy_BUILD_CORE -o ${src.replace(/\.c$/, '.o')} ${src}`;
    const lines = [
      compile('Programs/python.c'),
      compile('Parser/token.c'),
      compile('Objects/object.c'),
      compile('Python/ceval.c'),
      `${cc} -shared -Wl,--no-as-needed -o libpython${this.minor}.so.1.0 -Wl,-hlibpython${this.minor}.so.1.0 Modules/getbuildinfo.o Parser/token.o ... -ldl -lpthread -lm`,
      `ln -f libpython${this.minor}.so.1.0 libpython${this.minor}.so`,
      `${cc} -Xlinker -export-dynamic -o python Programs/python.o -L. -lpython${this.minor} -ldl -lpthread -lm`,
    ];
    if (pgo)
      lines.push(
        'Running code to generate profile data (this can take a while):',
        './python -m test --pgo --timeout=1200 || true',
        'Rebuilding with profile guided optimizations:',
        'rm -f profile-clean-stamp',
      );
    lines.push(
      'Checked 112 modules (34 built-in, 77 shared, 1 n/a on linux-x86_64, 0 disabled, 0 missing, 0 failed on import)',
    );
    io.stdout(`${lines.join('\n')}\n`);
    this.writeProducts();
    const parallel = this.job.jobs > 1 ? 0.55 : 1;
    io.spend(Math.round((pgo ? 420_000 : 150_000) * parallel));
    io.note(
      `make did not compile CPython ${this.version}: it printed representative lines of the ${pgo ? 'profile-guided ' : ''}build and left the build products a real build leaves here. A real build takes ${pgo ? 'several minutes (PGO runs the test suite)' : 'a few minutes'}.`,
    );
    return 0;
  }

  private writeProducts(): void {
    const fs = this.io.fs;
    const id = (name: string) => `cpython-build:${this.version}:${this.abi}:${name}`;
    this.writePython();
    writeBlob(fs, this.path(`libpython${this.minor}.so.1.0`), id('libpython'), 7_350_000, 0o755);
    removeTree(fs, this.path(`libpython${this.minor}.so`));
    fs.symlink(`libpython${this.minor}.so.1.0`, this.path(`libpython${this.minor}.so`));
    writeBlob(fs, this.path('libpython3.so'), id('libpython3'), 15_448, 0o755);
    writeBlob(fs, this.path('Programs/python.o'), id('python.o'), 29_840);
    const buildDir = `build/lib.linux-x86_64-${this.minor}`;
    writeText(fs, this.path('pybuilddir.txt'), `${buildDir}\n`);
    for (const [module, size] of [
      ['_ssl', 880_000],
      ['_sqlite3', 410_000],
      ['_ctypes', 640_000],
      ['_decimal', 1_020_000],
    ] as const)
      writeBlob(fs, this.path(`${buildDir}/${module}.${this.abi}.so`), id(module), size, 0o755);
  }

  private writePython(): void {
    writeBlob(
      this.io.fs,
      this.path('python'),
      `cpython-build:${this.version}:${this.abi}:python`,
      17_680,
      0o755,
    );
  }

  private linkPython(): number {
    const cc = variable(this.job.makefile, 'CC') ?? 'gcc';
    this.io.stdout(
      `${cc} -Xlinker -export-dynamic -o python Programs/python.o -L. -lpython${this.minor} -ldl -lpthread -lm\n`,
    );
    this.writePython();
    this.io.spend(4_000);
    return 0;
  }

  private install(alt: boolean): number {
    const { io } = this;
    const prefix = variable(this.job.makefile, 'prefix') ?? '/usr/local';
    const tree = installedTree(
      this.catalog,
      'python',
      this.musl,
      'usr/local',
      has(`bin/python${this.minor}`),
    );
    io.stdout(
      [
        `/usr/bin/install -c python ${prefix}/bin/python${this.minor}`,
        `/usr/bin/install -c -m 555 libpython${this.minor}.so.1.0 ${prefix}/lib`,
        `Creating directory ${prefix}/lib/python${this.minor}`,
        `${alt ? '' : `(cd ${prefix}/bin; ln -s python${this.minor} python3)\n`}Looking in links: /tmp/tmp${this.version.replace(/\./g, '')}`,
        'Processing /tmp/pip-whl/pip-py3-none-any.whl',
        'Installing collected packages: pip',
        'Successfully installed pip',
      ].join('\n') + '\n',
    );
    io.spend(28_000);
    if (!ensureDir(io.fs, prefix)) {
      io.stderr(
        `/usr/bin/install: cannot create directory '${prefix}': Permission denied\n${this.job.prefix}: *** [Makefile: install] Error 1\n`,
      );
      return 2;
    }
    if (!tree) {
      writeBlob(
        io.fs,
        `${prefix}/bin/python${this.minor}`,
        `cpython-build:${this.version}:python`,
        17_680,
        0o755,
      );
      if (!alt) io.fs.symlink(`python${this.minor}`, `${prefix}/bin/python3`);
      writeBlob(
        io.fs,
        `${prefix}/lib/libpython${this.minor}.so.1.0`,
        `cpython-build:${this.version}:libpython`,
        7_350_000,
        0o755,
      );
      io.note(
        `Layercake's catalog has no Python ${this.minor} to take the installed files from: make install placed the interpreter and libpython only.`,
      );
      return 0;
    }
    io.fs.putTree(prefix, tree);
    if (alt)
      for (const name of ['python3', 'pip3', 'idle3', 'pydoc3', 'python3-config'])
        removeTree(io.fs, `${prefix}/bin/${name}`);
    io.note(
      `make ${alt ? 'altinstall' : 'install'} installed the files of the catalog's Python ${this.minor} image under ${prefix} (interpreter, libpython, standard library, pip from ensurepip), as a real install of ${this.version} lays them out.`,
    );
    return 0;
  }
}
