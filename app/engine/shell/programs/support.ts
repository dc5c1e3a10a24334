/**
 * Helpers the tools share: option parsing in the getopt style GNU and BusyBox use (options
 * may follow operands; `--` ends them; `-abc` bundles), paths relative to the process's
 * working directory, and reading named files or stdin.
 */
import type { FsError } from '../../fs/errors';
import { utf8Length, type LiveNode } from '../../fs/node';
import { resolvePath } from '../../fs/path';
import { fileError, invalidOption, type FileErrorKey } from '../messages';
import type { ProgramIO } from '../program';

export interface OptionSpec {
  /** Letters that take no value. */
  flags?: string;
  /** Letters that take a value (`-n 5`, `-n5`). */
  values?: string;
  /** Long names: to a letter (`recursive: 'r'`) or a name of their own; `=` suffix takes a value. */
  long?: Record<string, string>;
  /** Stop at the first operand (env, xargs, su: what follows is a command). */
  stopAtOperand?: boolean;
  /** Accept `-5` as a number operand (head -5, tail -5). */
  numbers?: boolean;
}

export interface Parsed {
  /** Options in the order given: [letter or long name, value or true]. */
  list: [string, string | true][];
  operands: string[];
  has(name: string): boolean;
  value(name: string): string | undefined;
  values(name: string): string[];
}

export type ParseOutcome = { ok: true; parsed: Parsed } | { ok: false; message: string };

export function parseOptions(
  tool: string,
  args: readonly string[],
  spec: OptionSpec,
  io: Pick<ProgramIO, 'userland'>,
): ParseOutcome {
  const list: [string, string | true][] = [];
  const operands: string[] = [];
  const flags = spec.flags ?? '';
  const values = spec.values ?? '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && spec.long) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const key = Object.keys(spec.long).find((k) => k.replace(/=$/, '') === name);
      if (key === undefined)
        return {
          ok: false,
          message: invalidOption(io.userland, tool, arg.slice(0, eq < 0 ? undefined : eq)),
        };
      const target = spec.long[key] as string;
      if (key.endsWith('=')) {
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined)
          return { ok: false, message: `${tool}: option '--${name}' requires an argument\n` };
        list.push([target, value]);
      } else list.push([target, true]);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !(spec.numbers && /^-[0-9]+$/.test(arg))) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string;
        if (values.includes(letter)) {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined) {
            return { ok: false, message: `${tool}: option requires an argument -- '${letter}'\n` };
          }
          list.push([letter, value]);
          break;
        }
        if (!flags.includes(letter))
          return { ok: false, message: invalidOption(io.userland, tool, `-${letter}`) };
        list.push([letter, true]);
      }
      continue;
    }
    operands.push(arg);
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i + 1));
      break;
    }
  }
  return {
    ok: true,
    parsed: {
      list,
      operands,
      has: (name) => list.some(([k]) => k === name),
      value: (name) => {
        const found = list.filter(([k]) => k === name).pop();
        return found && typeof found[1] === 'string' ? found[1] : undefined;
      },
      values: (name) =>
        list.filter(([k, v]) => k === name && typeof v === 'string').map(([, v]) => v as string),
    },
  };
}

/** Parses options or prints the error: `const opts = options(...); if (!opts) return 1;` */
export function options(
  tool: string,
  argv: readonly string[],
  spec: OptionSpec,
  io: ProgramIO,
): Parsed | undefined {
  const outcome = parseOptions(tool, argv.slice(1), spec, io);
  if (outcome.ok) return outcome.parsed;
  io.stderr(outcome.message);
  return undefined;
}

export function abs(io: Pick<ProgramIO, 'cwd'>, path: string): string {
  return resolvePath(io.cwd, path);
}

export interface InputText {
  name: string;
  text: string;
}

/**
 * The texts of the named files ('-' or none: stdin), printing `key`'s error for each that
 * cannot be read. `failed` tells the caller to exit 1.
 */
export function readInputs(
  io: ProgramIO,
  files: readonly string[],
  key: FileErrorKey,
): { inputs: InputText[]; failed: boolean } {
  if (files.length === 0) return { inputs: [{ name: '-', text: io.stdin }], failed: false };
  const inputs: InputText[] = [];
  let failed = false;
  for (const name of files) {
    if (name === '-') {
      inputs.push({ name, text: io.stdin });
      continue;
    }
    const read = readFileText(io, name);
    if ('error' in read) {
      io.stderr(fileError(io.userland, key, name, read.error));
      failed = true;
    } else inputs.push({ name, text: read.text });
  }
  return { inputs, failed };
}

/**
 * A file's text; binary content the simulation only knows by size reads as empty, with a note,
 * or as the text appended to it (its known tail), with a note that the rest is not modelled.
 */
export function readFileText(io: ProgramIO, name: string): { text: string } | { error: FsError } {
  const path = abs(io, name);
  if (path === '/dev/null') return { text: '' };
  const read = io.fs.readFile(path);
  if (!read.ok) return { error: read.error };
  const node = read.value.node;
  if (read.value.text === undefined && node.kind === 'file' && node.tail !== undefined) {
    noteUnknownStart(io, path, node.size, node.tail);
    return { text: node.tail };
  }
  if (read.value.text === undefined) {
    io.note(
      `${path} is binary content the simulation knows only by size (${read.value.size} bytes); its text reads as empty.`,
    );
    return { text: '' };
  }
  return { text: read.value.text };
}

/** Says that only the appended end of a size-only file is known (readers show just that part). */
export function noteUnknownStart(
  io: Pick<ProgramIO, 'note'>,
  path: string,
  size: number,
  tail: string,
): void {
  const known = utf8Length(tail);
  io.note(
    `${path} is known only by its size (${size} bytes) and the ${known} bytes of text appended to it; its earlier content is not modelled.`,
  );
}

/** Splits text into lines without the trailing empty piece of a final newline. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function joinLines(items: readonly string[]): string {
  return items.length === 0 ? '' : items.join('\n') + '\n';
}

export function ownerOf(io: ProgramIO): { uid: number; gid: number } {
  return { uid: io.user.uid, gid: io.user.gid };
}

/**
 * Writes a file the way a process does: a new file gets the process's owner and
 * `mode & ~umask`; an existing one keeps its owner and mode.
 */
export function writeText(
  io: ProgramIO,
  path: string,
  text: string,
  opts: { append?: boolean; mode?: number } = {},
) {
  const exists = io.fs.stat(path).ok;
  return io.fs.writeFile(
    path,
    { text },
    exists
      ? { append: opts.append ?? false }
      : { mode: (opts.mode ?? 0o666) & ~(io.umask ?? 0o022), owner: ownerOf(io) },
  );
}

/** Every path in the subtree at `path` (itself first), without following symlinks inside. */
export function subtreePaths(io: ProgramIO, path: string): { path: string; node: LiveNode }[] {
  const out: { path: string; node: LiveNode }[] = [];
  const st = io.fs.lstat(path);
  if (!st.ok) return out;
  const root = st.value.node.kind === 'symlink' ? st.value.node : io.fs.tree(path);
  const start = 'kind' in root ? root : root.ok ? root.value : undefined;
  if (!start) return out;
  const visit = (p: string, node: LiveNode): void => {
    out.push({ path: p, node });
    if (node.kind !== 'dir') return;
    for (const name of Object.keys(node.children).sort()) {
      const child = node.children[name];
      if (child && child.kind !== 'whiteout') visit(p === '/' ? `/${name}` : `${p}/${name}`, child);
    }
  };
  visit(path, start);
  return out;
}
