/**
 * `--version` of Python console scripts, read from the dist-info pip left in site-packages
 * (so a pinned older release reports its own version): gunicorn, flask (with Werkzeug and
 * Python) and uvicorn print these lines on stdout and exit 0.
 */
import type { ProgramIO } from '../../shell/program';
import { packageDirs } from './python-modules';

/** The installed version of a distribution, from its `<name>-<version>.dist-info` folder. */
export function installedVersion(io: ProgramIO, dist: string): string | undefined {
  const wanted = dist.toLowerCase().replace(/[-_.]+/g, '_');
  for (const dir of packageDirs(io.fs, io.env, io.user.home)) {
    const listed = io.fs.readdir(dir);
    if (!listed.ok) continue;
    for (const name of listed.value) {
      const m = /^(.+)-([^-]+)\.dist-info$/.exec(name);
      if (m && (m[1] as string).toLowerCase().replace(/[-_.]+/g, '_') === wanted) return m[2];
    }
  }
  return undefined;
}

/** What `<tool> --version` prints, or undefined for a tool this does not know. */
export function consoleScriptVersion(
  io: ProgramIO,
  tool: string,
  pythonVersion: string,
): string | undefined {
  const v = (dist: string) => installedVersion(io, dist) ?? 'unknown';
  switch (tool) {
    case 'gunicorn':
      return `gunicorn (version ${v('gunicorn')})\n`;
    case 'flask':
      return `Python ${pythonVersion}\nFlask ${v('flask')}\nWerkzeug ${v('werkzeug')}\n`;
    case 'uvicorn':
      return `Running uvicorn ${v('uvicorn')} with CPython ${pythonVersion} on Linux\n`;
    default:
      return undefined;
  }
}
