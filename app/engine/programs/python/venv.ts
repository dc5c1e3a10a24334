/**
 * `python3 -m venv DIR`: a virtual environment's layout (pyvenv.cfg, bin/ with python
 * symlinks, activate scripts and pip, lib/pythonX.Y/site-packages with pip installed by
 * ensurepip, lib64 -> lib). Debian's Python needs python3-venv for ensurepip, and says so.
 */
import { pythonPackageFiles } from '../../catalog/install-paths';
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { basename } from '../../fs/path';
import { absolute, ensureDir, exists, isDir, writeText } from '../common/fs-helpers';
import { placePackageFiles } from '../common/package-files';
import type { PythonEnv } from './env';
import { writeDistInfo } from './site';

export interface VenvOptions {
  withoutPip: boolean;
  systemSitePackages: boolean;
  /** How the command was typed, for pyvenv.cfg ("/usr/local/bin/python3"). */
  invokedAs: string;
}

export function createVenv(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  target: string,
  options: VenvOptions,
): number {
  const fs = io.fs;
  const root = absolute(io.cwd, target);
  const isDebian = env.stdlib.startsWith('/usr/lib/');
  if (!options.withoutPip && isDebian && !isDir(fs, `${env.stdlib}/ensurepip`)) {
    io.stdout(
      'The virtual environment was not created successfully because ensurepip is not\n' +
        'available.  On Debian/Ubuntu systems, you need to install the python3-venv\n' +
        'package using the following command.\n\n' +
        `    apt install python${env.minor}-venv\n\n` +
        'You may need to use sudo with that command.  After installing the python3-venv\n' +
        'package, recreate your virtual environment.\n\n' +
        `Failing command: ${root}/bin/python${env.minor.split('.')[0]}\n\n`,
    );
    return 1;
  }
  const base = env.python.replace(/python3\.\d+$/, 'python3');
  ensureDir(fs, `${root}/bin`);
  ensureDir(fs, `${root}/include/python${env.minor}`);
  const site = `${root}/lib/python${env.minor}/site-packages`;
  ensureDir(fs, site);
  if (!exists(fs, `${root}/lib64`)) fs.symlink('lib', `${root}/lib64`);
  const link = (name: string, to: string) => {
    if (!fs.lstat(`${root}/bin/${name}`).ok) fs.symlink(to, `${root}/bin/${name}`);
  };
  link('python', exists(fs, base) ? base : env.python);
  link('python3', 'python');
  link(`python${env.minor}`, 'python');
  writeText(
    fs,
    `${root}/pyvenv.cfg`,
    `home = ${env.python.slice(0, env.python.lastIndexOf('/'))}\n` +
      `include-system-site-packages = ${options.systemSitePackages ? 'true' : 'false'}\n` +
      `version = ${env.version}\n` +
      `executable = ${env.python}\n` +
      `command = ${options.invokedAs} -m venv ${root}\n`,
  );
  if (Number(env.minor.split('.')[1]) >= 13) {
    writeText(
      fs,
      `${root}/.gitignore`,
      '# Created by venv; see https://docs.python.org/3/library/venv.html\n*\n',
    );
  }
  writeActivate(io, root);
  if (!options.withoutPip) installPip(io, catalog, env, root, site);
  io.spend(options.withoutPip ? 300 : 2600);
  return 0;
}

function installPip(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  root: string,
  site: string,
): void {
  const known = catalog.package('pypi', 'pip') ?? catalog.plausiblePackage('pypi', 'pip', '25.3');
  // ensurepip installs the wheel it bundles (the image's own pip), not PyPI's newest.
  const bundled = bundledPipVersion(io, env);
  const pip = bundled ? { ...known, version: bundled } : known;
  const files0 = pythonPackageFiles(pip, {
    sitePackages: site,
    python: env.python,
    pythonVersion: env.version,
  });
  const placed = placePackageFiles(io.fs, { ...pip, files: files0 }, '/');
  const files = placed.files.map((path) => {
    const st = io.fs.lstat(path);
    return { path, size: st.ok && st.value.node.kind === 'file' ? st.value.node.size : 0 };
  });
  for (const name of ['pip', 'pip3', `pip${env.minor}`]) {
    const path = `${root}/bin/${name}`;
    writeText(
      io.fs,
      path,
      `#!${root}/bin/python${env.minor.split('.')[0]}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`,
      0o755,
    );
    files.push({ path, size: 0 });
  }
  writeDistInfo(io.fs, site, pip, pip.version, files, true);
}

/** The version of ensurepip's bundled pip wheel (`ensurepip/_bundled/pip-25.0.1-py3-none-any.whl`). */
function bundledPipVersion(io: ProgramIO, env: PythonEnv): string | undefined {
  const listed = io.fs.readdir(`${env.stdlib}/ensurepip/_bundled`);
  if (!listed.ok) return undefined;
  for (const name of listed.value) {
    const match = /^pip-([^-]+)-py3-none-any\.whl$/.exec(name);
    if (match) return match[1];
  }
  return undefined;
}

/** The activate scripts: they put the venv's bin first on PATH (what `ENV PATH=` does too). */
function writeActivate(io: ProgramIO, root: string): void {
  const name = basename(root);
  const sh = [
    '# This file must be used with "source bin/activate" *from bash*',
    '# You cannot run it directly',
    '',
    'deactivate () {',
    '    if [ -n "${_OLD_VIRTUAL_PATH:-}" ] ; then',
    '        PATH="${_OLD_VIRTUAL_PATH:-}"',
    '        export PATH',
    '        unset _OLD_VIRTUAL_PATH',
    '    fi',
    '    unset VIRTUAL_ENV',
    '    unset VIRTUAL_ENV_PROMPT',
    '}',
    '',
    `VIRTUAL_ENV=${root}`,
    'export VIRTUAL_ENV',
    '',
    '_OLD_VIRTUAL_PATH="$PATH"',
    'PATH="$VIRTUAL_ENV/bin:$PATH"',
    'export PATH',
    '',
    `VIRTUAL_ENV_PROMPT=${name}`,
    'export VIRTUAL_ENV_PROMPT',
    '',
  ].join('\n');
  writeText(io.fs, `${root}/bin/activate`, sh);
  writeText(
    io.fs,
    `${root}/bin/activate.csh`,
    `setenv VIRTUAL_ENV ${root}\nset _OLD_VIRTUAL_PATH="$PATH"\nsetenv PATH "$VIRTUAL_ENV/bin:$PATH"\n`,
  );
  writeText(
    io.fs,
    `${root}/bin/activate.fish`,
    `set -gx VIRTUAL_ENV ${root}\nset -gx _OLD_VIRTUAL_PATH $PATH\nset -gx PATH "$VIRTUAL_ENV/bin" $PATH\n`,
  );
  writeText(
    io.fs,
    `${root}/bin/Activate.ps1`,
    `$env:VIRTUAL_ENV = "${root}"\n$env:PATH = "$env:VIRTUAL_ENV/bin:$env:PATH"\n`,
  );
}
