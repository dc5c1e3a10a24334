/** basename, dirname, pwd, readlink, realpath, which, mktemp. */
import { resolvePath } from '../../fs/path';
import { findOnPath } from '../exec/lookup';
import { fileError, missingOperand } from '../messages';
import type { Program } from '../program';
import { abs, options, ownerOf } from './support';

export function baseName(path: string, suffix?: string): string {
  if (path === '') return '';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  return base;
}

export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
}

export const basename: Program = (argv, io) => {
  const opts = options(
    'basename',
    argv,
    { flags: 'az', values: 's', long: { multiple: 'a', 'suffix=': 's' } },
    io,
  );
  if (!opts) return 1;
  if (opts.operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'basename'));
    return 1;
  }
  const multiple = opts.has('a') || opts.value('s') !== undefined;
  const names = multiple ? opts.operands : opts.operands.slice(0, 1);
  const suffix = opts.value('s') ?? (multiple ? undefined : opts.operands[1]);
  io.stdout(names.map((n) => baseName(n, suffix) + '\n').join(''));
  return 0;
};

export const dirname: Program = (argv, io) => {
  const operands = argv.slice(1).filter((a) => a !== '--');
  if (operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'dirname'));
    return 1;
  }
  io.stdout(operands.map((n) => dirName(n) + '\n').join(''));
  return 0;
};

export const pwd: Program = (argv, io) => {
  if (argv.includes('-P')) {
    const st = io.fs.stat(io.cwd);
    io.stdout(`${st.ok ? st.value.path : io.cwd}\n`);
  } else io.stdout(`${io.cwd}\n`);
  return 0;
};

export const readlink: Program = (argv, io) => {
  const opts = options(
    'readlink',
    argv,
    {
      flags: 'fenmqsvz',
      long: { canonicalize: 'f', 'canonicalize-existing': 'e', 'no-newline': 'n' },
    },
    io,
  );
  if (!opts) return 1;
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    if (opts.has('f') || opts.has('e') || opts.has('m')) {
      const st = io.fs.stat(path);
      if (st.ok) io.stdout(st.value.path + '\n');
      else if (opts.has('f') && io.fs.stat(resolvePath(path, '..')).ok) io.stdout(path + '\n');
      else status = 1;
      continue;
    }
    const st = io.fs.lstat(path);
    if (st.ok && st.value.node.kind === 'symlink')
      io.stdout(st.value.node.target + (opts.has('n') ? '' : '\n'));
    else status = 1;
  }
  return status;
};

export const realpath: Program = (argv, io) => {
  const opts = options(
    'realpath',
    argv,
    {
      flags: 'emsqz',
      long: {
        'canonicalize-existing': 'e',
        'canonicalize-missing': 'm',
        'no-symlinks': 's',
        quiet: 'q',
      },
    },
    io,
  );
  if (!opts) return 1;
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    const st = io.fs.stat(path);
    if (st.ok) io.stdout(st.value.path + '\n');
    else if (opts.has('m')) io.stdout(path + '\n');
    else {
      if (!opts.has('q'))
        io.stderr(
          fileError(io.userland, 'readlink.read', name, st.error).replace(/^readlink/, 'realpath'),
        );
      status = 1;
    }
  }
  return status;
};

export const which: Program = (argv, io) => {
  const all = argv.includes('-a');
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    if (name.includes('/')) {
      const st = io.fs.stat(abs(io, name));
      if (st.ok && st.value.node.kind === 'file' && (st.value.node.mode & 0o111) !== 0)
        io.stdout(name + '\n');
      else status = 1;
      continue;
    }
    const found = all
      ? (io.env.PATH ?? '')
          .split(':')
          .map((dir) => findOnPath(io.fs, name, dir, io.cwd))
          .filter((p): p is string => p !== undefined)
      : [findOnPath(io.fs, name, io.env.PATH ?? '', io.cwd)].filter(
          (p): p is string => p !== undefined,
        );
    if (found.length === 0) status = 1;
    for (const path of found) io.stdout(path + '\n');
  }
  return status;
};

/** mktemp: names come from a counter over the clock, so runs stay deterministic. */
export const mktemp: Program = (argv, io) => {
  const opts = options(
    'mktemp',
    argv,
    {
      flags: 'dqut',
      values: 'p',
      long: { directory: 'd', quiet: 'q', 'tmpdir=': 'p', tmpdir: 'p' },
    },
    io,
  );
  if (!opts) return 1;
  const template = opts.operands[0] ?? 'tmp.XXXXXXXXXX';
  const dir =
    opts.value('p') ?? (opts.operands[0] && !opts.has('t') ? '' : io.env.TMPDIR || '/tmp');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let attempt = 0; attempt < 100; attempt++) {
    let seed = Math.floor(io.now / 1000) + attempt * 7919;
    const name = template.replace(/X+$/, (xs) =>
      [...xs]
        .map(() => alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length])
        .join(''),
    );
    const path = abs(io, dir ? `${dir}/${name}` : name);
    if (io.fs.lstat(path).ok) continue;
    const made = opts.has('d')
      ? io.fs.mkdir(path, { mode: 0o700, owner: ownerOf(io) })
      : io.fs.writeFile(path, { text: '' }, { mode: 0o600, owner: ownerOf(io) });
    if (!made.ok) {
      io.stderr(
        `mktemp: failed to create ${opts.has('d') ? 'directory' : 'file'} via template '${path.replace(name, template)}': No such file or directory\n`,
      );
      return 1;
    }
    io.stdout(path + '\n');
    return 0;
  }
  return 1;
};
