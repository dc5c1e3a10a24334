/** Word helpers for the parser: assignments (`NAME=value`) and heredoc delimiters. */
import type { Assignment, Word, WordPart } from './ast';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export function asAssignment(word: Word): Assignment | undefined {
  const [first, ...rest] = word.parts;
  if (first?.type !== 'literal') return undefined;
  const match = ASSIGNMENT.exec(first.text);
  if (!match) return undefined;
  const name = match[1] as string;
  const remainder = first.text.slice(match[0].length);
  const parts: WordPart[] = remainder ? [{ type: 'literal', text: remainder }, ...rest] : rest;
  return { name, value: { parts, raw: word.raw.slice(match[0].length) } };
}

/** The text of a word with quotes removed and nothing expanded (heredoc delimiters). */
export function literalText(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      if (part.type === 'literal' || part.type === 'quoted') return part.text;
      if (part.type === 'double') return literalText(part.parts);
      if (part.type === 'param') return '$' + part.name;
      return '';
    })
    .join('');
}
