/** touch, mkdir, rmdir, rm. */
import { dirname } from '../../fs/path';
import { fileError, missingOperand } from '../messages';
import type { Program, ProgramIO } from '../program';
import { applyMode } from './mode';
import { abs, options, ownerOf, type Parsed } from './support';
import { mtimeOf, parseDateString, parseTouchStamp, setFileTime } from './times';

export const touch: Program = (argv, io) => {
  const opts = options(
    'touch',
    argv,
    { flags: 'acmhf', values: 'dtr', long: { 'no-create': 'c', 'date=': 'd', 'reference=': 'r' } },
    io,
  );
  if (!opts) return 1;
  if (opts.operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'touch'));
    return 1;
  }
  const time = touchTime(opts, io);
  if (time === null) return 1;
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    const st = io.fs.stat(path);
    if (!st.ok && opts.has('c')) continue;
    if (!st.ok) {
      const made = io.fs.writeFile(
        path,
        { text: '' },
        { mode: 0o666 & ~(io.umask ?? 0o022), owner: ownerOf(io) },
      );
      if (!made.ok) {
        io.stderr(fileError(io.userland, 'touch.touch', name, made.error));
        status = 1;
        continue;
      }
    }
    // -a alone changes only the access time, which the simulation does not keep.
    if (opts.has('a') && !opts.has('m')) continue;
    if (st.ok || time !== undefined) setFileTime(io.fs, path, time ?? io.now);
  }
  return status;
};

/** The time -d, -t or -r asks for; undefined for "now"; null after printing an error. */
function touchTime(opts: Parsed, io: ProgramIO): number | undefined | null {
  const reference = opts.value('r');
  if (reference !== undefined) {
    const st = io.fs.stat(abs(io, reference));
    if (st.ok) return mtimeOf(st.value.node, io.now);
    io.stderr(
      io.userland === 'busybox'
        ? `touch: can't stat '${reference}': No such file or directory\n`
        : `touch: failed to get attributes of '${reference}': No such file or directory\n`,
    );
    return null;
  }
  const stamp = opts.value('t');
  const date = opts.value('d');
  const spec = stamp ?? date;
  if (spec === undefined) return undefined;
  const parsed =
    stamp !== undefined ? parseTouchStamp(stamp, io.now) : parseDateString(spec, io.now);
  if (parsed !== undefined) return parsed;
  io.stderr(
    io.userland === 'busybox'
      ? `touch: invalid date '${spec}'\n`
      : `touch: invalid date format '${spec}'\n`,
  );
  return null;
}

export const mkdir: Program = (argv, io) => {
  const opts = options(
    'mkdir',
    argv,
    { flags: 'pv', values: 'm', long: { parents: 'p', verbose: 'v', 'mode=': 'm' } },
    io,
  );
  if (!opts) return 1;
  if (opts.operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'mkdir'));
    return 1;
  }
  const base = 0o777 & ~(io.umask ?? 0o022);
  const spec = opts.value('m');
  const mode = spec === undefined ? base : applyMode(spec, 0o777, true, io.umask);
  if (mode === undefined) {
    io.stderr(
      io.userland === 'busybox'
        ? `mkdir: invalid mode '${spec}'\n`
        : `mkdir: invalid mode '${spec}'\n`,
    );
    return 1;
  }
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    let made;
    if (opts.has('p')) {
      const st = io.fs.stat(path);
      if (st.ok && st.value.node.kind === 'dir') continue;
      // Parents get the default mode (plus u+wx); -m applies to the last directory only.
      const parent = dirname(path);
      made =
        parent === path
          ? io.fs.stat(path)
          : io.fs.mkdir(parent, { parents: true, mode: base | 0o300, owner: ownerOf(io) });
      if (made.ok) made = io.fs.mkdir(path, { mode, owner: ownerOf(io) });
    } else made = io.fs.mkdir(path, { mode, owner: ownerOf(io) });
    if (!made.ok) {
      const shown = opts.has('p') && made.error === 'EACCES' ? firstMissing(io, name) : name;
      io.stderr(fileError(io.userland, 'mkdir.create', shown, made.error));
      status = 1;
      continue;
    }
    if (opts.has('v')) io.stdout(`mkdir: created directory '${name}'\n`);
  }
  return status;
};

/**
 * `mkdir -p` names the directory it could not make: the first missing one, which BusyBox
 * shows with the slash that follows it (`can't create directory '/a/'` for /a/b).
 */
function firstMissing(io: ProgramIO, name: string): string {
  const parts = name.split('/');
  let prefix = '';
  for (const [i, part] of parts.entries()) {
    prefix = i === 0 ? part : `${prefix}/${part}`;
    if (part === '' || io.fs.stat(abs(io, prefix)).ok) continue;
    const more = parts.slice(i + 1).some((p) => p !== '');
    return io.userland === 'busybox' && more ? `${prefix}/` : prefix;
  }
  return name;
}

export const rmdir: Program = (argv, io) => {
  const opts = options(
    'rmdir',
    argv,
    { flags: 'pv', long: { parents: 'p', 'ignore-fail-on-non-empty': 'ignore' } },
    io,
  );
  if (!opts) return 1;
  if (opts.operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'rmdir'));
    return 1;
  }
  let status = 0;
  for (const name of opts.operands) {
    const targets = [name];
    if (opts.has('p'))
      for (let d = name; d.includes('/') && dirname(d) !== d;)
        targets.push((d = d.slice(0, d.lastIndexOf('/')) || '/'));
    for (const target of targets) {
      if (target === '/' || target === '') break;
      const path = abs(io, target);
      const st = io.fs.lstat(path);
      const error = !st.ok ? st.error : st.value.node.kind !== 'dir' ? 'ENOTDIR' : undefined;
      const removed = error ? { ok: false as const, error } : io.fs.remove(path);
      if (!removed.ok) {
        if (!(removed.error === 'ENOTEMPTY' && opts.has('ignore'))) {
          io.stderr(fileError(io.userland, 'rmdir.remove', target, removed.error));
          status = 1;
        }
        break;
      }
    }
  }
  return status;
};

export const rm: Program = (argv, io) => {
  const opts = options(
    'rm',
    argv,
    {
      flags: 'rRfivdI',
      long: {
        recursive: 'r',
        force: 'f',
        verbose: 'v',
        'no-preserve-root': 'np',
        'preserve-root': 'pr',
        dir: 'd',
      },
    },
    io,
  );
  if (!opts) return 1;
  const recursive = opts.has('r') || opts.has('R');
  const force = opts.has('f');
  if (opts.operands.length === 0) {
    if (force) return 0;
    io.stderr(missingOperand(io.userland, 'rm'));
    return 1;
  }
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    if (path === '/' && recursive) {
      if (io.userland === 'gnu' && !opts.has('np')) {
        io.stderr(
          "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
        );
        status = 1;
        continue;
      }
      const names = io.fs.readdir('/');
      for (const child of names.ok ? names.value : [])
        io.fs.remove(`/${child}`, { recursive: true });
      continue;
    }
    const base = name.replace(/\/+$/, '').split('/').pop();
    if (base === '.' || base === '..') {
      io.stderr(
        io.userland === 'busybox'
          ? "rm: can't remove '.' or '..'\n"
          : `rm: refusing to remove '.' or '..' directory: skipping '${name}'\n`,
      );
      status = 1;
      continue;
    }
    const st = io.fs.lstat(path);
    if (!st.ok) {
      if (!force) {
        io.stderr(fileError(io.userland, 'rm.remove', name, st.error));
        status = 1;
      }
      continue;
    }
    if (st.value.node.kind === 'dir' && !recursive && !opts.has('d')) {
      io.stderr(fileError(io.userland, 'rm.dir', name));
      status = 1;
      continue;
    }
    const removed = io.fs.remove(path, { recursive });
    if (!removed.ok) {
      io.stderr(fileError(io.userland, 'rm.remove', name, removed.error));
      status = 1;
      continue;
    }
    if (opts.has('v'))
      io.stdout(
        io.userland === 'busybox'
          ? `removed '${name}'\n`
          : `removed ${st.value.node.kind === 'dir' ? 'directory ' : ''}'${name}'\n`,
      );
  }
  return status;
};
