/**
 * History rows as people wrote them. `docker history` records what the builder ran
 * (`RUN /bin/sh -c pip install ... # buildkit`, `/bin/sh -c #(nop)  CMD ["python3"]` from the
 * legacy builder); the layer stack shows the Dockerfile instruction instead, and matches it
 * against the editor's instructions through a normal form both sides reduce to.
 */

/** Instructions that can add a filesystem layer (WORKDIR too, under BuildKit). */
export const FILESYSTEM_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

const BUILDKIT_SUFFIX = /\s+# buildkit$/;
const LEGACY_NOP = /^\/bin\/sh -c #\(nop\)\s+/;
const LEGACY_RUN = /^\/bin\/sh -c /;
/** `RUN |2 A=1 B=2 /bin/sh -c ...`: the build args a RUN saw, recorded before the shell. */
const RUN_ARGS = /^RUN \|\d+ (?:\S+=\S*\s)*?(?=\/bin\/sh -c |\S*sh -c |\[)/;
const RUN_SHELL = /^RUN \/bin\/sh -c /;

/** `RUN /bin/sh -c pip install x # buildkit` → `RUN pip install x`. */
export function displayInstruction(createdBy: string): string {
  let text = createdBy.trim().replace(BUILDKIT_SUFFIX, '');
  if (LEGACY_NOP.test(text)) text = text.replace(LEGACY_NOP, '');
  else if (LEGACY_RUN.test(text)) text = 'RUN ' + text.replace(LEGACY_RUN, '');
  text = text.replace(RUN_ARGS, 'RUN ').replace(RUN_SHELL, 'RUN ');
  return text;
}

const KEYWORDS: ReadonlySet<string> = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);

/** The upper-case keyword of an instruction ("" for rows that are not one, like `# debian.sh`). */
export function keywordOf(instruction: string): string {
  const word = /^([A-Za-z]+)(?:\s|$)/.exec(instruction.trim())?.[1]?.toUpperCase() ?? '';
  return KEYWORDS.has(word) ? word : '';
}

/** `["python", "main.py"]` and `["python" "main.py"]` (history's form) both → `["python" "main.py"]`. */
function normalJsonList(args: string): string | undefined {
  if (!args.startsWith('[') || !args.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string'))
      return `[${parsed.map((p) => JSON.stringify(p)).join(' ')}]`;
  } catch {
    // History's own form has no commas: read it word by word.
    const words = args.slice(1, -1).match(/"(?:[^"\\]|\\.)*"/g);
    if (words) return `[${words.join(' ')}]`;
  }
  return undefined;
}

/** `ENV A 1` (legacy form) → `ENV A=1`, as history records it. */
function normalKeyValue(keyword: string, args: string): string {
  if (!['ENV', 'LABEL'].includes(keyword) || args.includes('=')) return args;
  const space = args.search(/\s/);
  return space < 0 ? args : `${args.slice(0, space)}=${args.slice(space).trim()}`;
}

/**
 * The form an editor instruction and a history row share when they are the same step:
 * keyword upper-cased, whitespace collapsed, JSON lists without commas, `--from` dropped
 * (history does not keep it), legacy `ENV A 1` as `ENV A=1`.
 */
export function instructionKey(instruction: string): string {
  const flat = displayInstruction(instruction.replace(/\\\r?\n/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const keyword = keywordOf(flat);
  if (!keyword) return flat;
  let args = flat.slice(keyword.length).trim();
  if (keyword === 'COPY' || keyword === 'ADD') args = args.replace(/(^|\s)--from=\S+/g, '').trim();
  args = normalJsonList(args) ?? normalKeyValue(keyword, args);
  return `${keyword} ${args}`.trim();
}

/** The stage a `COPY --from=NAME` reads from (lower-cased, as BuildKit names stages), if any. */
export function copyFromStage(instruction: string): string | undefined {
  const match = /^(?:COPY|ADD)\s.*?--from=(\S+)/i.exec(instruction.replace(/\s+/g, ' '));
  return match?.[1]?.toLowerCase();
}
