/**
 * Finding the program behind a command name: search PATH for an executable file, then decide
 * what running it means. A registered Program models a real binary (found under the name it
 * was called by, or under the name a symlink points to: python3 -> python3.12); a `#!`
 * shell script is interpreted; a text file without `#!` runs in sh, as dash does; a binary
 * the simulation has no model of runs as a no-op with a note.
 */
import type { FileSystem } from '../../fs/filesystem';
import { basename, resolvePath } from '../../fs/path';
import { mayExecute } from '../access';
import type { ProgramEntry, ProgramRegistry } from '../program';

export type Resolution =
  | { kind: 'program'; entry: ProgramEntry; path: string | undefined }
  /** `interpreter` is empty for a text file without `#!` (run by sh). */
  | { kind: 'script'; path: string; interpreter: string[] }
  | { kind: 'unmodelled'; path: string }
  | { kind: 'not-found' }
  | { kind: 'denied'; path: string; directory: boolean };

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);

export function findOnPath(
  fs: FileSystem,
  name: string,
  pathVar: string | undefined,
  cwd: string,
): string | undefined {
  for (const dir of (pathVar ?? DEFAULT_PATH).split(':')) {
    const candidate = resolvePath(cwd, `${dir || '.'}/${name}`);
    const st = fs.stat(candidate);
    if (st.ok && mayExecute(fs, st.value.node)) return candidate;
  }
  return undefined;
}

export function resolveCommand(
  fs: FileSystem,
  programs: ProgramRegistry,
  name: string,
  pathVar: string | undefined,
  cwd: string,
): Resolution {
  if (name.includes('/')) return classify(fs, programs, resolvePath(cwd, name), name);
  if (name === '') return { kind: 'not-found' };
  const found = findOnPath(fs, name, pathVar, cwd);
  if (found) return classify(fs, programs, found, name);
  const entry = programs.get(name);
  return entry?.always ? { kind: 'program', entry, path: undefined } : { kind: 'not-found' };
}

function classify(
  fs: FileSystem,
  programs: ProgramRegistry,
  path: string,
  name: string,
): Resolution {
  const st = fs.stat(path);
  if (!st.ok)
    return st.error === 'EACCES'
      ? { kind: 'denied', path, directory: false }
      : { kind: 'not-found' };
  const node = st.value.node;
  if (node.kind === 'dir') return { kind: 'denied', path, directory: true };
  // execve(2) needs an x bit the process may use (root: any x bit).
  if (node.kind !== 'file' || !mayExecute(fs, node))
    return { kind: 'denied', path, directory: false };
  const entry = programs.get(basename(name)) ?? programs.get(basename(st.value.path));
  const text = node.text;
  if (text !== undefined && text.startsWith('#!')) {
    const interpreter = shebang(text);
    const interpreterName = basename(interpreter[interpreter[0]?.endsWith('/env') ? 1 : 0] ?? '');
    if (!entry || SHELLS.has(interpreterName)) return { kind: 'script', path, interpreter };
  }
  if (entry) return { kind: 'program', entry, path };
  if (text !== undefined) return { kind: 'script', path, interpreter: [] };
  return { kind: 'unmodelled', path };
}

/** `#!/usr/bin/env bash` -> ["/usr/bin/env", "bash"]; Linux passes the rest as one argument. */
export function shebang(text: string): string[] {
  const line = text.slice(2, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).trim();
  const space = line.search(/[ \t]/);
  if (space < 0) return line ? [line] : [];
  const rest = line.slice(space).trim();
  return rest ? [line.slice(0, space), rest] : [line.slice(0, space)];
}
