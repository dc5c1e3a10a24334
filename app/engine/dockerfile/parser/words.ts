/**
 * Splits ENV, LABEL and ARG arguments into words the way BuildKit's parseWords does: on
 * unquoted whitespace, KEEPING quotes and escapes in the words (the builder removes them
 * later, when it expands variables). An escape token at the very end is dropped.
 */
import { isGoSpace } from '../go-text';

export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    const atEnd = pos === chars.length;
    let ch = chars[pos] ?? '';
    if (phase === 'spaces') {
      if (atEnd) break;
      if (isGoSpace(ch)) continue;
      phase = 'word';
    }
    if (atEnd) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === chars.length) continue;
        // Outside quotes an escape keeps itself and the next character, even a quote.
        word += ch;
        pos++;
        ch = chars[pos] ?? '';
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    // Inside single quotes nothing can be escaped.
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos] ?? '';
    }
    word += ch;
  }
  return words;
}
