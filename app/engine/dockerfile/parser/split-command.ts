/**
 * Splits an instruction line into keyword, builder flags and the rest, as BuildKit's
 * splitCommand and extractBuilderFlags do. Flags are the leading words that start with `--`;
 * a bare `--` ends them. Quotes inside a flag are removed and `\` escapes one character
 * there, whatever the escape directive says (BuildKit hard-codes the backslash here).
 */
import { goTrimSpace, isAsciiSpace } from '../go-text';

export interface SplitCommand {
  /** The keyword as written. */
  keyword: string;
  flags: string[];
  /** The arguments after the flags, trimmed. */
  rest: string;
}

const KEYWORD_SEPARATOR = /[\t\v\f\r ]+/;

export function splitCommand(line: string): SplitCommand {
  const trimmed = goTrimSpace(line);
  const match = KEYWORD_SEPARATOR.exec(trimmed);
  if (!match) return { keyword: trimmed, flags: [], rest: '' };
  const keyword = trimmed.slice(0, match.index);
  const { rest, flags } = extractBuilderFlags(trimmed.slice(match.index + match[0].length));
  return { keyword, flags, rest: goTrimSpace(rest) };
}

/**
 * BuildKit walks the bytes of the line here and asks unicode.IsSpace of each byte; for text
 * whose non-ASCII characters never encode to the bytes 0x85 or 0xA0 that is the same as
 * testing ASCII whitespace on characters, which is what we do.
 */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  const n = line.length;
  for (let pos = 0; pos <= n; pos++) {
    const ch = pos < n ? line.charAt(pos) : '';
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isAsciiSpace(ch)) continue;
      // Only words that start with -- are flags; anything else starts the arguments.
      if (ch !== '-' || pos + 1 === n || line.charAt(pos + 1) !== '-') {
        return { rest: line.slice(pos), flags };
      }
      phase = 'word';
    }
    if (pos === n) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === 'word') {
      if (isAsciiSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { rest: line.slice(pos), flags };
        if (blankOK || word.length > 0) flags.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === n) continue; // a backslash at the very end is dropped
        pos++;
        word += line.charAt(pos);
        continue;
      }
      word += ch;
      continue;
    }
    // Inside quotes.
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === n) {
        phase = 'word';
        continue;
      }
      pos++;
      word += line.charAt(pos);
      continue;
    }
    word += ch;
  }
  return { rest: '', flags };
}
