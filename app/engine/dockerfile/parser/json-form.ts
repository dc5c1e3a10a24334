/**
 * The exec (JSON array) form. BuildKit tries JSON first for RUN, CMD, ENTRYPOINT, SHELL,
 * HEALTHCHECK, COPY, ADD and VOLUME: if the text is not a valid JSON array it falls back to
 * the shell form silently, but a valid array holding anything other than strings (a number,
 * a nested array) is an error.
 */
import { goTrimLeftSpace } from '../go-text';

export const NOT_STRING_ARRAY =
  'when using JSON array syntax, arrays must be comprised of strings only';

export type JsonForm =
  { kind: 'array'; items: string[] } | { kind: 'not-json' } | { kind: 'not-strings' };

/** Go's JSON decoder replaces unpaired surrogate escapes (\ud800) with U+FFFD. */
function replaceLoneSurrogates(s: string): string {
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

export function parseJsonArray(text: string): JsonForm {
  const rest = goTrimLeftSpace(text);
  if (!rest.startsWith('[')) return { kind: 'not-json' };
  let value: unknown;
  try {
    value = JSON.parse(rest);
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(value)) return { kind: 'not-json' };
  const items: string[] = [];
  for (const item of value as unknown[]) {
    // Go cannot hold 1e999 in a float64: that is a decode error, hence shell form.
    if (typeof item === 'number' && !Number.isFinite(item)) return { kind: 'not-json' };
  }
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') return { kind: 'not-strings' };
    items.push(replaceLoneSurrogates(item));
  }
  return { kind: 'array', items };
}
