/**
 * Tab completion, bash-style: the word under the cursor is completed from what fits its
 * place: a command name first, docker's subcommands after `docker`, container names after
 * `docker stop`, image names after `docker run`, and paths everywhere else. One match is
 * completed (with a space, or a slash for a folder); several are completed to their common
 * prefix and listed.
 */

export interface DirEntry {
  name: string;
  dir: boolean;
}

export interface CompletionContext {
  /** Programs and builtins the shell can run. */
  commands: readonly string[];
  containers: readonly string[];
  /** Image references: `app`, `app:latest`, `python:3.14-slim`. */
  images: readonly string[];
  /** Lists a folder given as typed (relative to the cwd, or `~/...`, or absolute); null if none. */
  listDir(path: string): DirEntry[] | null;
}

export interface Completion {
  /** The whole line after completing, and where the cursor goes. */
  line: string;
  cursor: number;
  /** Every candidate, when more than one fits (to show to the person). */
  options: string[];
}

const words = (list: string): string[] => list.split(' ');

export const DOCKER_COMMANDS = words(
  'attach build builder commit container cp create diff events exec export history image images import info inspect kill load login logout logs network pause port ps pull push rename restart rm rmi run save search start stats stop system tag top unpause update version volume wait',
);

const GROUPS: Record<string, string[]> = {
  container: words(
    'attach commit cp create diff exec export inspect kill logs ls pause port prune rename restart rm run start stats stop top unpause update wait',
  ),
  image: words('build history import inspect load ls prune pull push rm save tag'),
  volume: words('create inspect ls prune rm'),
  network: words('connect create disconnect inspect ls prune rm'),
  system: words('df events info prune'),
  builder: words('build prune'),
};

const CONTAINER_ARGS = new Set(
  words(
    'attach commit cp diff exec export inspect kill logs pause port rename restart rm start stats stop top unpause update wait',
  ),
);
const IMAGE_ARGS = new Set(
  words(
    'run create rmi history tag push save image-rm image-history image-inspect image-tag image-push image-save',
  ),
);
/** Subcommands that take any number of names (`docker rm a b c`). */
const MANY_ARGS = new Set(
  words(
    'inspect kill pause restart rm rmi start stop unpause image-rm image-save save tag image-tag',
  ),
);
/** Options whose value is the next word (so that word is not the image or container). */
const VALUE_OPTIONS = new Set(
  words(
    '-e --env -v --volume --name -p --publish -w --workdir -u --user --mount --network --entrypoint -l --label --restart -h --hostname --platform --env-file -t --tag -f --file --target --build-arg --format',
  ),
);

function commonPrefix(list: readonly string[]): string {
  let prefix = list[0] ?? '';
  for (const w of list) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The positional words of a docker command line, with the options and their values left out. */
function positionals(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as string;
    if (w.startsWith('-')) {
      // `build -t app .` takes a value, but `run -t` is a flag: only `build`'s -t does.
      const takesValue = VALUE_OPTIONS.has(w) && !(w === '-t' && out[0] !== 'build');
      if (takesValue && !w.includes('=')) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

type Source = { kind: 'words'; words: readonly string[] } | { kind: 'path' } | { kind: 'none' };

function sourceFor(before: readonly string[], word: string, ctx: CompletionContext): Source {
  if (before.length === 0)
    return word.includes('/') ? { kind: 'path' } : { kind: 'words', words: ctx.commands };
  if (before[0] !== 'docker') return { kind: 'path' };
  if (word.startsWith('-')) return { kind: 'none' };
  const pos = positionals(before.slice(1));
  const [first, second] = pos;
  if (first === undefined) return { kind: 'words', words: DOCKER_COMMANDS };
  const group = GROUPS[first];
  if (group && second === undefined) return { kind: 'words', words: group };
  const sub = group ? `${first === 'container' ? '' : `${first}-`}${second}` : first;
  const argIndex = pos.length - (group ? 2 : 1);
  const fits = argIndex === 0 || MANY_ARGS.has(sub);
  if (fits && CONTAINER_ARGS.has(sub)) return { kind: 'words', words: ctx.containers };
  if (fits && IMAGE_ARGS.has(sub)) return { kind: 'words', words: ctx.images };
  return { kind: 'path' };
}

function pathCandidates(
  word: string,
  ctx: CompletionContext,
): { all: string[]; dirs: Set<string> } {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  const entries = ctx.listDir(dirPart === '' ? '.' : dirPart) ?? [];
  const dirs = new Set<string>();
  const all: string[] = [];
  for (const e of entries) {
    if (!e.name.startsWith(prefix) || (e.name.startsWith('.') && !prefix.startsWith('.'))) continue;
    all.push(dirPart + e.name);
    if (e.dir) dirs.add(dirPart + e.name);
  }
  return { all: all.sort(), dirs };
}

export function complete(line: string, cursor: number, ctx: CompletionContext): Completion | null {
  const head = line.slice(0, cursor);
  const tail = line.slice(cursor);
  const start = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1;
  const word = head.slice(start);
  // Only the command after the last operator matters: `cd src && docker st<Tab>`.
  const segment =
    head
      .slice(0, start)
      .split(/&&|\|\||[|;]/)
      .at(-1) ?? '';
  const before = segment.trim() === '' ? [] : segment.trim().split(/\s+/);
  const source = sourceFor(before, word, ctx);
  let candidates: string[];
  let dirs = new Set<string>();
  if (source.kind === 'none') return null;
  if (source.kind === 'words')
    candidates = [...new Set(source.words)].filter((w) => w.startsWith(word)).sort();
  else ({ all: candidates, dirs } = pathCandidates(word, ctx));
  if (candidates.length === 0) return null;
  const only = candidates.length === 1 ? (candidates[0] as string) : null;
  const completed = only ? only + (dirs.has(only) ? '/' : ' ') : commonPrefix(candidates);
  const next = head.slice(0, start) + completed;
  return {
    line: next + tail,
    cursor: next.length,
    options: only ? [] : candidates.map((c) => (dirs.has(c) ? `${c}/` : c)),
  };
}
