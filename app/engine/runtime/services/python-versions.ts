/**
 * `--version` of Python console scripts, read from the dist-info pip left in site-packages
 * (so a pinned older release reports its own version): gunicorn, flask (with Werkzeug and
 * Python) and uvicorn print these lines on stdout and exit 0.
 */
import type { ProgramIO } from '../../shell/program';
import { canonical, installedDists } from '../../programs/python/site';
import { packageDirs } from './python-modules';

/** The installed version of a distribution, as pip recorded it in site-packages. */
export function installedVersion(io: ProgramIO, dist: string): string | undefined {
  const sites = packageDirs(io.fs, io.env, io.user.home);
  return installedDists(io.fs, sites).find((d) => canonical(d.name) === canonical(dist))?.version;
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
