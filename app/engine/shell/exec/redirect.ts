/**
 * Redirections: `>`, `>>`, `<`, `2>&1`, `&>`, heredocs. Opening happens before the command
 * runs, so `> file` creates or truncates the file even if the command then fails, and a
 * missing directory fails the command with the shell's own wording.
 */
import { STRERROR, type FsError } from '../../fs/errors';
import { accessOf, WRITE } from '../access';
import type { Redirect } from '../ast';
import { resolvePath, dirname } from '../../fs/path';
import { ExpansionError } from '../expand/host';
import { redirectFailureStatus } from './diagnostics';
import { contentToPipe } from '../pipe-content';
import { emptySource, fileSink, NULL_SINK, stringSource, type Fd, type Fds } from './io';
import type { Shell } from './shell';

export type Opened = { ok: true; fds: Map<number, Fd> } | { ok: false; status: number };

/**
 * Why a redirection failed. `open` and `create` carry any other errno, worded by strerror as
 * dash and ash word it (`cannot create /etc/x: Permission denied`, `Read-only file system`).
 */
type Failure =
  'nodir' | 'isdir' | 'noent' | 'badfd' | 'exists' | { open: FsError } | { create: FsError };

export function openRedirects(sh: Shell, redirects: readonly Redirect[], fds: Fds): Opened {
  if (redirects.length === 0) return { ok: true, fds: new Map(fds) };
  const next = new Map(fds);
  const ex = sh.expander();
  for (const r of redirects) {
    if (r.kind === 'heredoc') {
      let text: string;
      try {
        text = r.doc.quoted
          ? r.doc.body.map((p) => ('text' in p ? p.text : '')).join('')
          : ex.quotedString(r.doc.body);
      } catch (error) {
        if (error instanceof ExpansionError) sh.expansionFailure(error);
        throw error;
      }
      next.set(r.fd ?? 0, { source: stringSource(text) });
      continue;
    }
    let target: string;
    try {
      target = ex.string(r.target, true);
    } catch (error) {
      if (error instanceof ExpansionError) sh.expansionFailure(error);
      throw error;
    }
    const failure = open(sh, r.op, r.fd, target, next);
    if (failure) {
      sh.error(message(sh, failure, target));
      return { ok: false, status: redirectFailureStatus(sh.dialect) };
    }
  }
  return { ok: true, fds: next };
}

function open(
  sh: Shell,
  op: string,
  fdNumber: number | undefined,
  target: string,
  fds: Map<number, Fd>,
): Failure | undefined {
  if (op === '>&' || op === '<&') {
    const fd = fdNumber ?? (op === '>&' ? 1 : 0);
    if (target === '-') {
      fds.delete(fd);
      return undefined;
    }
    if (/^[0-9]+$/.test(target)) {
      const source = fds.get(Number(target));
      if (!source) return 'badfd';
      fds.set(fd, source);
      return undefined;
    }
    if (op === '<&') return 'badfd';
    // bash's `>& file` is `&> file`.
    return open(sh, '&>', undefined, target, fds);
  }
  if (op === '<<<') {
    fds.set(fdNumber ?? 0, { source: stringSource(target + '\n') });
    return undefined;
  }
  if (op === '<' || op === '<>') {
    const fd = fdNumber ?? 0;
    if (target === '/dev/null' || target === '/dev/zero') {
      fds.set(fd, { source: emptySource() });
      return undefined;
    }
    if (target === '/dev/stdin') return undefined;
    const path = resolvePath(sh.state.cwd, target);
    const read = sh.fs.readFile(path);
    if (!read.ok) {
      if (read.error === 'ENOENT' && op === '<>')
        return create(sh, path, false) ?? open(sh, '<', fd, target, fds);
      if (read.error === 'EISDIR') return 'isdir';
      return read.error === 'ENOENT' || read.error === 'ENOTDIR' ? 'noent' : { open: read.error };
    }
    // Binary content flows on as a blob (`wc -c < app.tgz`, `tar -xz < app.tgz`).
    const node = read.value.node;
    const text =
      read.value.text ??
      (node.kind === 'file'
        ? contentToPipe({ blob: node.blob ?? 'unknown', size: node.size })
        : '');
    fds.set(fd, { source: stringSource(text) });
    return undefined;
  }
  // Output: >, >|, >>, &>, &>>
  const append = op === '>>' || op === '&>>';
  const both = op === '&>' || op === '&>>';
  let out: Fd;
  if (target === '/dev/null' || target === '/dev/zero') out = { sink: NULL_SINK };
  else if (target === '/dev/stdout' || target === '/dev/fd/1')
    out = fds.get(1) ?? { sink: NULL_SINK };
  else if (target === '/dev/stderr' || target === '/dev/fd/2')
    out = fds.get(2) ?? { sink: NULL_SINK };
  else if (target === '/dev/tty' || target === '/dev/console')
    out = { sink: { write: (t) => sh.rt.write('stdout', t) } };
  else {
    const path = resolvePath(sh.state.cwd, target);
    const existing = sh.fs.stat(path);
    if (!existing.ok && existing.error === 'EACCES') return { create: existing.error };
    if (existing.ok && existing.value.node.kind === 'dir') return 'isdir';
    if (existing.ok && op === '>' && sh.state.flags.noclobber) return 'exists';
    const failed = !existing.ok || !append ? create(sh, path, existing.ok) : appendable(sh, path);
    if (failed) return failed;
    out = { sink: fileSink(sh.fs, path) };
  }
  if (both) {
    fds.set(1, out);
    fds.set(2, out);
  } else fds.set(fdNumber ?? 1, out);
  return undefined;
}

/** Creates or truncates a file for writing, owned by the shell's user. */
function create(sh: Shell, path: string, exists: boolean): Failure | undefined {
  const fs = sh.fs;
  const parent = fs.stat(dirname(path));
  if (!parent.ok || parent.value.node.kind !== 'dir') return 'nodir';
  const user = sh.state.user;
  const written = fs.writeFile(
    path,
    { text: '' },
    exists ? {} : { mode: 0o666 & ~sh.state.umask, owner: { uid: user.uid, gid: user.gid } },
  );
  if (!written.ok) {
    if (written.error === 'EISDIR') return 'isdir';
    return written.error === 'ENOENT' || written.error === 'ENOTDIR'
      ? 'nodir'
      : { create: written.error };
  }
  return undefined;
}

/** `>>` opens an existing file for writing without truncating it: w permission is checked. */
function appendable(sh: Shell, path: string): Failure | undefined {
  const checked = accessOf(sh.fs, path, WRITE);
  return checked && !checked.ok ? { create: checked.error } : undefined;
}

function message(sh: Shell, failure: Failure, target: string): string {
  const dialect = sh.dialect;
  if (failure === 'badfd')
    return dialect === 'ash'
      ? `can't duplicate ${target}: Bad file descriptor`
      : `${target}: Bad file descriptor`;
  const ash = dialect === 'ash';
  if (typeof failure === 'object') {
    const [verb, error] = 'open' in failure ? ['open', failure.open] : ['create', failure.create];
    if (dialect === 'bash') return `${target}: ${STRERROR[error]}`;
    return `${ash ? "can't" : 'cannot'} ${verb} ${target}: ${STRERROR[error]}`;
  }
  if (dialect === 'bash') {
    const reason = {
      nodir: 'No such file or directory',
      isdir: 'Is a directory',
      noent: 'No such file or directory',
      exists: 'cannot overwrite existing file',
    }[failure];
    return `${target}: ${reason}`;
  }
  switch (failure) {
    case 'noent':
      return ash ? `can't open ${target}: no such file` : `cannot open ${target}: No such file`;
    case 'nodir':
      return ash
        ? `can't create ${target}: nonexistent directory`
        : `cannot create ${target}: Directory nonexistent`;
    case 'isdir':
      return ash
        ? `can't create ${target}: Is a directory`
        : `cannot create ${target}: Is a directory`;
    case 'exists':
      return ash ? `can't create ${target}: File exists` : `cannot create ${target}: File exists`;
  }
}
