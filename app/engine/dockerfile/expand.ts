/**
 * Variable expansion for instruction arguments, as the build does it after parsing:
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`,
 * `${VAR:?message}`, `${VAR?message}`, `${VAR#pat}`, `${VAR%pat}`, `${VAR/pat/repl}`, with
 * quote removal and escapes. RUN, CMD and ENTRYPOINT are not expanded by the builder: the
 * shell inside the container does that at run time.
 */
import { lexShellWord, type EnvLookup } from './shell/lexer';

export type { EnvLookup } from './shell/lexer';

export interface ExpandOptions {
  /** The Dockerfile's escape token (`\` unless `# escape=` says otherwise). */
  escapeToken?: string;
}

export type ExpandResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Expands one word; the result keeps its inner spaces (BuildKit's ProcessWord). */
export function expandWord(
  word: string,
  lookup: EnvLookup,
  opts: ExpandOptions = {},
): ExpandResult<string> {
  const result = lexShellWord(word, lookup, { escapeToken: opts.escapeToken ?? '\\' });
  return result.ok ? { ok: true, value: result.value.word } : result;
}

/**
 * Expands, then splits on unquoted whitespace (BuildKit's ProcessWords). Quoted text and the
 * values of variables inside quotes stay one word; an unquoted variable's value is split.
 */
export function expandWords(
  word: string,
  lookup: EnvLookup,
  opts: ExpandOptions = {},
): ExpandResult<string[]> {
  const result = lexShellWord(word, lookup, { escapeToken: opts.escapeToken ?? '\\' });
  return result.ok ? { ok: true, value: result.value.words } : result;
}

/** Like expandWord, and also names the variables that were referenced but not set. */
export function expandWordReportingUnset(
  word: string,
  lookup: EnvLookup,
  opts: ExpandOptions = {},
): ExpandResult<{ value: string; unset: string[] }> {
  const result = lexShellWord(word, lookup, { escapeToken: opts.escapeToken ?? '\\' });
  if (!result.ok) return result;
  return { ok: true, value: { value: result.value.word, unset: result.value.unmatched } };
}

/** How BuildKit shows an instruction's variables in its progress line. */
export type DisplayMode =
  /**
   * RUN: the text goes to a shell, so variables the build knows are substituted but quotes
   * stay and unset variables (an ARG without a value too) stay as written.
   */
  | 'shell'
  /** COPY, ADD, WORKDIR: expanded as the builder expands their arguments (quotes removed). */
  | 'expanded';

/**
 * An instruction as BuildKit names its step (`#5 [2/4] RUN echo hi`): the whole instruction
 * as written (continuations joined, flags kept) with variables substituted for display and
 * the keyword upper-cased. Escapes are processed in both modes; text that fails to expand
 * (a bad substitution) is shown as written. Observed with Docker Engine 20.10:
 * `RUN echo $A "$E" '$A' ${U} \$A` shows `RUN echo fromarg "from env" '$A' ${U} $A` for
 * A=fromarg, E="from env" and a valueless `ARG U`; `COPY "f" '$A' /x/$NOPE/` shows
 * `COPY f $A /x//`.
 */
export function displayInstruction(
  original: string,
  lookup: EnvLookup,
  mode: DisplayMode,
  opts: ExpandOptions = {},
): string {
  const result = lexShellWord(original, lookup, {
    escapeToken: opts.escapeToken ?? '\\',
    ...(mode === 'shell' ? { rawQuotes: true, skipUnsetEnv: true } : {}),
  });
  // Whitespace at the end of the line is not part of the step's name (20.10 oracle: `RUN ls . `
  // shows as `RUN ls .`).
  const text = (result.ok ? result.value.word : original).trimEnd();
  // Only the text before the first space is the keyword (BuildKit splits on one space).
  const space = text.indexOf(' ');
  return space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
}

/**
 * The instructions whose arguments the builder expands with build args and ENV values
 * (Docker's "Environment replacement" list). ONBUILD's trigger is expanded when it runs in
 * the child build, as the instruction it wraps.
 */
export const ENV_REPLACEMENT_INSTRUCTIONS: readonly string[] = [
  'ADD',
  'COPY',
  'ENV',
  'EXPOSE',
  'FROM',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
  'ONBUILD',
  'ARG',
];

/** Whether the builder expands variables in this instruction's arguments. */
export function supportsEnvReplacement(keyword: string): boolean {
  return ENV_REPLACEMENT_INSTRUCTIONS.includes(keyword.toUpperCase());
}
