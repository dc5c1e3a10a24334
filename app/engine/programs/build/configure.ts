/**
 * `./configure` of a source tree the simulation unpacked (its configure file is a blob, so
 * the shell hands it to this Program; a configure script someone wrote as text runs in sh).
 * Like autoconf's, it looks for a C compiler (and fails without one, in autoconf's words),
 * prints its checks, and writes config.status, config.log and a Makefile. The Makefile
 * names the model (`LAYERCAKE_MODEL=cpython 3.14.2`) that make then follows.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { dirname } from '../../fs/path';
import { absolute, findOnPath, readText, writeBlob, writeText } from '../common/fs-helpers';
import { acInit, sourceModelLine } from '../archives/generic-source';
import { cpythonVersionOf } from '../archives/python-source';
import { sourceProject } from '../archives/source-projects';

interface Options {
  args: string[];
  values: Map<string, string>;
}

function parse(args: string[]): Options {
  const values = new Map<string, string>();
  for (const arg of args) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (m) values.set(m[1] ?? '', m[2] ?? 'yes');
  }
  return { args, values };
}

function triplet(io: ProgramIO, build: string | undefined): string {
  const musl = io.userland === 'busybox' || build?.includes('musl');
  return musl ? 'x86_64-pc-linux-musl' : 'x86_64-pc-linux-gnu';
}

function compilerChecks(cc: string): string[] {
  return [
    `checking for ${cc}... ${cc}`,
    'checking whether the C compiler works... yes',
    'checking for C compiler default output file name... a.out',
    'checking for suffix of executables... ',
    'checking whether we are cross compiling... no',
    'checking for suffix of object files... o',
    'checking whether the compiler supports GNU C... yes',
    `checking whether ${cc} accepts -g... yes`,
    `checking for ${cc} option to enable C11 features... none needed`,
    `checking how to run the C preprocessor... ${cc} -E`,
  ];
}

export const configureProgram: Program = (argv, io) => {
  const srcdir = dirname(absolute(io.cwd, argv[0] ?? './configure'));
  const options = parse(argv.slice(1));
  const version = cpythonVersionOf(readText(io.fs, `${srcdir}/Include/patchlevel.h`));
  if (options.values.has('help')) {
    io.stdout(
      `\`configure' configures ${version ? `python ${version.split('.').slice(0, 2).join('.')}` : 'this package'} to adapt to many kinds of systems.\n\nUsage: ./configure [OPTION]... [VAR=VALUE]...\n`,
    );
    return 0;
  }
  const system = triplet(io, options.values.get('build'));
  const lines = [
    `checking build system type... ${system}`,
    `checking host system type... ${system}`,
  ];
  const cc = ['gcc', 'cc', 'clang'].find((c) => findOnPath(io.fs, io.env, c));
  if (!cc) {
    io.stdout(
      `${lines.join('\n')}\nchecking for gcc... no\nchecking for cc... no\nchecking for cl.exe... no\n`,
    );
    io.stderr(
      `configure: error: in '${io.cwd}':\nconfigure: error: no acceptable C compiler found in $PATH\nSee 'config.log' for more details\n`,
    );
    return 1;
  }
  const prefix = options.values.get('prefix') ?? '/usr/local';
  const configArgs = options.args.map((a) => `'${a}'`).join(' ');
  io.spend(version ? 32_000 : 8_000);
  writeBlob(
    io.fs,
    `${io.cwd}/config.log`,
    `configure-log:${srcdir}:${configArgs}`,
    version ? 912_000 : 48_000,
  );
  writeBlob(
    io.fs,
    `${io.cwd}/config.status`,
    `config-status:${srcdir}:${configArgs}`,
    version ? 71_400 : 32_000,
    0o755,
  );
  if (version) {
    const minor = version.split('.').slice(0, 2).join('.');
    const python3 = findOnPath(io.fs, io.env, 'python3');
    lines.push(
      'checking for Python interpreter freezing... ./_bootstrap_python',
      `checking for python${minor}... no`,
      `checking for python3... ${python3 ? 'python3' : 'no'}`,
      'checking for --enable-universalsdk... no',
      'checking for --with-universal-archs... no',
      'checking MACHDEP... "linux"',
      ...compilerChecks(cc),
      `checking for --enable-shared... ${options.values.has('enable-shared') ? 'yes' : 'no'}`,
      `checking for --enable-optimizations... ${options.values.has('enable-optimizations') ? 'yes' : 'no'}`,
      `checking for --with-lto... ${options.values.has('with-lto') ? 'full' : 'no'}`,
      `checking for --with-ensurepip... ${options.values.get('with-ensurepip') === 'no' ? 'no' : 'upgrade'}`,
      'configure: creating ./config.status',
      ...[
        'Makefile.pre',
        'Misc/python.pc',
        'Misc/python-embed.pc',
        'Misc/python-config.sh',
        'Modules/Setup.bootstrap',
        'Modules/Setup.stdlib',
        'pyconfig.h',
      ].map((f) => `config.status: creating ${f}`),
      'configure: creating Modules/Setup.local',
      'configure: creating Makefile',
    );
    writeBlob(io.fs, `${io.cwd}/pyconfig.h`, `pyconfig:${version}:${configArgs}`, 53_870);
    writeBlob(io.fs, `${io.cwd}/Makefile.pre`, `makefile-pre:${version}`, 128_500);
    writeText(
      io.fs,
      `${io.cwd}/Makefile`,
      cpythonMakefile(version, minor, prefix, cc, srcdir, configArgs),
    );
    io.note(
      `configure ran a model of CPython's configure: it printed its main checks (the real one prints about 800) and wrote a Makefile that Layercake's make knows how to follow. Nothing was compiled or tested.`,
    );
  } else {
    const init = acInit(readText(io.fs, `${srcdir}/configure.ac`));
    const project = init && sourceProject(init.project);
    const projectPrefix = options.values.get('prefix') ?? project?.prefix ?? prefix;
    lines.push(
      ...compilerChecks(cc),
      'configure: creating ./config.status',
      'config.status: creating Makefile',
      ...(init ? ['config.status: creating config.h'] : []),
    );
    writeText(
      io.fs,
      `${io.cwd}/Makefile`,
      `# Generated by configure (a Layercake model: make follows LAYERCAKE_MODEL).\n${
        init ? sourceModelLine(init.project, init.version) : `LAYERCAKE_MODEL=\tgeneric ${srcdir}`
      }\nprefix=\t\t${projectPrefix}\nCC=\t\t${cc}\nCONFIG_ARGS=\t${configArgs}\n`,
    );
    io.note(
      init
        ? `configure ran a model of ${init.project} ${init.version}'s configure: it printed the compiler checks and wrote a Makefile that Layercake's make follows (building installs modelled programs; nothing is compiled).`
        : `configure is a binary the simulation has no model of for this source tree: it wrote a stand-in Makefile, so make and make install run but install nothing.`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
};

function cpythonMakefile(
  version: string,
  minor: string,
  prefix: string,
  cc: string,
  srcdir: string,
  configArgs: string,
): string {
  return `# Top-level Makefile for Python, generated by configure from Makefile.pre.
# Layercake models this build: make follows LAYERCAKE_MODEL instead of the real rules.
LAYERCAKE_MODEL=\tcpython ${version}
VERSION=\t${minor}
srcdir=\t\t${srcdir}
prefix=\t\t${prefix}
exec_prefix=\t\${prefix}
BINDIR=\t\t\${exec_prefix}/bin
LIBDIR=\t\t\${exec_prefix}/lib
CC=\t\t${cc}
CONFIG_ARGS=\t${configArgs}
LDLIBRARY=\tlibpython$(VERSION).so
INSTSONAME=\tlibpython$(VERSION).so.1.0

all:\t\tprofile-opt build_wasm
build_all:\tcheck-clean-src python sharedmods gdbhooks Programs/_testembed python-config checksharedmods
python:\t\tPrograms/python.o $(LDLIBRARY) $(PY3LIBRARY)
install:\tcommoninstall bininstall maninstall
altinstall:\tcommoninstall
`;
}
