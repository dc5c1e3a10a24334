/**
 * Finds heredoc openers (`<<EOF`, `<<-EOF`, `<<'EOF'`, `2<<"EOF"`) in an instruction line, as
 * BuildKit does: it splits the line into shell words (keeping quotes and escapes, leaving
 * variables alone) and looks at each word. A delimiter with any quoted part disables
 * expansion of the body. Only RUN, COPY and ADD in shell form (and those under ONBUILD) can
 * carry heredocs.
 */
import { lexShellWord } from '../shell/lexer';

export interface HeredocOpener {
  name: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor?: number;
}

const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
const noEnv = (): undefined => undefined;

function countQuotes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '"' || ch === "'") n++;
  return n;
}

export type OpenerResult =
  { ok: true; value: HeredocOpener | undefined } | { ok: false; error: string };

/** Parses one word as a heredoc opener; `undefined` when it is not one. */
export function parseHeredocWord(word: string): OpenerResult {
  const match = HEREDOC_WORD.exec(word);
  if (!match) return { ok: true, value: undefined };
  const [, digits = '', dash = '', rest = ''] = match;
  if (rest === '') return { ok: true, value: undefined };
  // Lex the delimiter with and without quote removal: a difference means it was quoted.
  const plain = lexShellWord(rest, noEnv, { skipUnsetEnv: true });
  if (!plain.ok) return plain;
  if (plain.value.words.length !== 1) return { ok: true, value: undefined };
  const raw = lexShellWord(rest, noEnv, { skipUnsetEnv: true, rawQuotes: true });
  if (!raw.ok) return raw;
  if (raw.value.words.length !== plain.value.words.length) {
    return {
      ok: false,
      error: `internal lexing of heredoc produced inconsistent results: ${rest}`,
    };
  }
  const name = plain.value.words[0] as string;
  const rawName = raw.value.words[0] as string;
  const opener: HeredocOpener = {
    name,
    expand: countQuotes(name) === countQuotes(rawName),
    chomp: dash === '-',
  };
  const fd = Number(digits);
  if (digits !== '' && Number.isSafeInteger(fd)) opener.fileDescriptor = fd;
  return { ok: true, value: opener };
}

/** All heredoc openers of a line, in order. */
export function heredocOpenersInLine(
  line: string,
): { ok: true; value: HeredocOpener[] } | { ok: false; error: string } {
  const lexed = lexShellWord(line, noEnv, {
    rawQuotes: true,
    rawEscapes: true,
    skipUnsetEnv: true,
  });
  // BuildKit ignores a lexing error here: a line it cannot lex simply has no heredocs.
  if (!lexed.ok) return { ok: true, value: [] };
  const openers: HeredocOpener[] = [];
  for (const word of lexed.value.words) {
    const parsed = parseHeredocWord(word);
    if (!parsed.ok) return parsed;
    if (parsed.value) openers.push(parsed.value);
  }
  return { ok: true, value: openers };
}

/** `<<-` bodies lose the leading tabs of every line. */
export function chompHeredocContent(content: string): string {
  // Only after \n: JavaScript's multiline ^ would also match after a lone \r, Go's does not.
  return content.replace(/(^|\n)\t+/g, '$1');
}
