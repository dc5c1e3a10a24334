/**
 * Whether `import NAME` works in a container: the standard library always does; anything
 * else must be installed (pip's site-packages, Debian's dist-packages, a virtualenv, or the
 * script's own folder). The classic first failure, `ModuleNotFoundError: No module named
 * 'flask'`, comes from here.
 */
import type { FileSystem } from '../../fs/filesystem';

const STDLIB = new Set(
  (
    'abc argparse array ast asyncio base64 binascii bisect builtins bz2 calendar cmath collections ' +
    'concurrent configparser contextlib contextvars copy csv ctypes dataclasses datetime decimal ' +
    'difflib dis email encodings enum errno fcntl filecmp fnmatch fractions ftplib functools gc ' +
    'getopt getpass gettext glob graphlib gzip hashlib heapq hmac html http imaplib importlib ' +
    'inspect io ipaddress itertools json keyword linecache locale logging lzma mailbox math ' +
    'mimetypes multiprocessing netrc numbers operator optparse os pathlib pickle pkgutil platform ' +
    'plistlib poplib posixpath pprint profile pty pwd queue quopri random re readline reprlib ' +
    'resource runpy sched secrets select selectors shelve shlex shutil signal site smtplib socket ' +
    'socketserver sqlite3 ssl stat statistics string stringprep struct subprocess sys sysconfig ' +
    'syslog tarfile tempfile termios textwrap threading time timeit tkinter token tokenize tomllib ' +
    'trace traceback tty types typing unicodedata unittest urllib uuid venv warnings wave weakref ' +
    'webbrowser wsgiref xml xmlrpc zipapp zipfile zipimport zlib zoneinfo __future__'
  ).split(' '),
);

function isDir(fs: FileSystem, path: string): boolean {
  const st = fs.stat(path);
  return st.ok && st.value.node.kind === 'dir';
}

function list(fs: FileSystem, path: string): string[] {
  const listed = fs.readdir(path);
  return listed.ok ? listed.value : [];
}

/** Folders Python searches for installed packages in this container. */
export function packageDirs(
  fs: FileSystem,
  env: Readonly<Record<string, string>>,
  home: string,
): string[] {
  const dirs: string[] = [];
  for (const lib of ['/usr/local/lib', '/usr/lib', `${home}/.local/lib`]) {
    for (const name of list(fs, lib)) {
      if (/^python3(\.\d+)?$/.test(name)) {
        dirs.push(`${lib}/${name}/site-packages`, `${lib}/${name}/dist-packages`);
      }
    }
  }
  dirs.push('/usr/lib/python3/dist-packages');
  // A virtualenv on PATH (`ENV PATH=/opt/venv/bin:$PATH`) brings its own site-packages.
  for (const bin of (env.PATH ?? '').split(':')) {
    if (!bin.endsWith('/bin')) continue;
    const venvLib = bin.slice(0, -4) + '/lib';
    for (const name of list(fs, venvLib)) {
      if (/^python3(\.\d+)?$/.test(name)) dirs.push(`${venvLib}/${name}/site-packages`);
    }
  }
  for (const extra of (env.PYTHONPATH ?? '').split(':')) if (extra) dirs.push(extra);
  return dirs.filter((d) => isDir(fs, d));
}

export function moduleAvailable(
  fs: FileSystem,
  module: string,
  searchDirs: readonly string[],
): boolean {
  const top = module.split('.')[0] ?? module;
  if (STDLIB.has(top)) return true;
  return searchDirs.some((dir) => {
    if (isDir(fs, `${dir}/${top}`)) return true;
    const file = fs.stat(`${dir}/${top}.py`);
    return file.ok;
  });
}

/** The modules a line imports: `import a, b.c as d` → a, b.c; `from x.y import z` → x.y. */
export function importedModules(line: string): string[] {
  const from = /^from\s+([\w.]+)\s+import\b/.exec(line);
  if (from) return from[1]!.startsWith('.') ? [] : [from[1]!];
  const plain = /^import\s+(.+)$/.exec(line);
  if (!plain) return [];
  return plain[1]!
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim(),
    )
    .filter((name) => /^[\w.]+$/.test(name));
}
