/**
 * Which Python a command runs and where it installs: the official images' /usr/local
 * Python (site-packages), Debian's /usr/bin/python3 (pip installs to /usr/local/.../
 * dist-packages, and PEP 668 forbids it outside a venv), or a virtual environment (a
 * pyvenv.cfg beside its bin/). Everything is read from the filesystem, so a Python only
 * exists where the image has one.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProgramIO } from '../../shell/program';
import { dirname, resolvePath } from '../../fs/path';
import { exists, findOnPath, listDir, readText } from '../common/fs-helpers';

export interface PythonEnv {
  /** The interpreter's path ("/usr/local/bin/python3.14"). */
  python: string;
  /** "3.14.0" */
  version: string;
  /** "3.14" */
  minor: string;
  /** Where pip installs packages. */
  sitePackages: string;
  /** Where pip puts console scripts. */
  binDir: string;
  /** The standard library ("/usr/local/lib/python3.14"). */
  stdlib: string;
  /** Set for a virtual environment: its root. */
  venv?: string;
  /** Debian's system Python: its own packages live here (python3-* packages). */
  distPackages?: string;
  /** A musl libc (Alpine): pip takes musllinux wheels there, not manylinux ones. */
  musl?: true;
}

/**
 * The environment behind a command: `tool` is how it was called ("pip", "/opt/venv/bin/pip",
 * "python3"); it is found on PATH as the shell found it.
 */
export function findPython(io: ProgramIO, tool: string): PythonEnv | undefined {
  const fs = io.fs;
  const path = findOnPath(fs, io.env, tool.includes('/') ? resolvePath(io.cwd, tool) : tool);
  const dirs = [path ? dirname(path) : undefined, '/usr/local/bin', '/usr/bin'].filter(
    (d): d is string => d !== undefined,
  );
  for (const dir of dirs) {
    const env = environmentIn(fs, io, dir);
    if (env) return env;
  }
  return undefined;
}

function environmentIn(fs: FileSystem, io: ProgramIO, binDir: string): PythonEnv | undefined {
  const found = pythonIn(fs, io, binDir);
  return found && fs.stat('/lib/ld-musl-x86_64.so.1').ok ? { ...found, musl: true } : found;
}

function pythonIn(fs: FileSystem, io: ProgramIO, binDir: string): PythonEnv | undefined {
  const root = dirname(binDir);
  const cfg = readText(fs, `${root}/pyvenv.cfg`);
  const minor =
    newestMinor(fs, binDir) ?? (cfg ? /version\s*=\s*(\d+\.\d+)/.exec(cfg)?.[1] : undefined);
  if (!minor) return undefined;
  const python = `${binDir}/python${minor}`;
  if (cfg !== undefined) {
    const home = /^home\s*=\s*(.*)$/m.exec(cfg)?.[1]?.trim() ?? '/usr/local/bin';
    const version = /^version(?:_info)?\s*=\s*([\d.]+)/m.exec(cfg)?.[1] ?? `${minor}.0`;
    return {
      python,
      version,
      minor,
      sitePackages: `${root}/lib/python${minor}/site-packages`,
      binDir,
      stdlib: `${dirname(home)}/lib/python${minor}`,
      venv: root,
    };
  }
  const version = fullVersion(fs, io, minor, root);
  if (root === '/usr') {
    return {
      python,
      version,
      minor,
      sitePackages: `/usr/local/lib/python${minor}/dist-packages`,
      binDir: '/usr/local/bin',
      stdlib: `/usr/lib/python${minor}`,
      distPackages: '/usr/lib/python3/dist-packages',
    };
  }
  return {
    python,
    version,
    minor,
    sitePackages: `${root}/lib/python${minor}/site-packages`,
    binDir,
    stdlib: `${root}/lib/python${minor}`,
  };
}

/** The newest python3.X executable in a directory ("3.14"). */
function newestMinor(fs: FileSystem, dir: string): string | undefined {
  const minors = listDir(fs, dir)
    .map((name) => /^python(3\.\d+)$/.exec(name)?.[1])
    .filter((m): m is string => m !== undefined)
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  return minors[minors.length - 1];
}

/** The patch version: the official images' PYTHON_VERSION, or Debian's package version. */
function fullVersion(fs: FileSystem, io: ProgramIO, minor: string, root: string): string {
  const fromEnv = io.env.PYTHON_VERSION;
  if (fromEnv && fromEnv.startsWith(`${minor}.`)) return fromEnv;
  if (root === '/usr') {
    const status = readText(fs, '/var/lib/dpkg/status') ?? '';
    const match = new RegExp(
      `^Package: python${minor.replace('.', '\\.')}(?:-minimal)?\\n(?:.+\\n)*?Version: (\\d+\\.\\d+\\.\\d+)`,
      'm',
    ).exec(status);
    if (match?.[1]) return match[1];
  }
  return `${minor}.0`;
}

/** PEP 668: the marker Debian puts in its Python's stdlib; venvs are exempt. */
export function externallyManaged(fs: FileSystem, env: PythonEnv): string | undefined {
  if (env.venv) return undefined;
  const path = `${env.stdlib}/EXTERNALLY-MANAGED`;
  return exists(fs, path) ? path : undefined;
}

/** "314" for 3.14: the tag in wheel names and extension modules. */
export function pyTag(env: PythonEnv): string {
  return env.minor.replace('.', '');
}
