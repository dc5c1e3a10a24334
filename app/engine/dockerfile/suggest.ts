/**
 * "Did you mean …?" suggestions as BuildKit makes them: the closest option by Levenshtein
 * distance, if closer than 3 edits. Go walks a map there, so ties are settled by chance; we
 * settle them by the order of the options given, which callers keep alphabetical.
 */

export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** Keeps the case of what the user typed when it was all lower or all upper case. */
function matchCase(option: string, typed: string): string {
  if (typed === typed.toLowerCase()) return option.toLowerCase();
  if (typed === typed.toUpperCase()) return option.toUpperCase();
  return option;
}

/** The suggestion for `value`, or undefined (also when value is exactly an option). */
export function suggest(
  value: string,
  options: readonly string[],
  caseSensitive: boolean,
): string | undefined {
  const typed = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let best = 3;
  for (const raw of options) {
    const option = caseSensitive ? raw : raw.toLowerCase();
    if (option === typed) return undefined;
    const distance = levenshtein(typed, option);
    if (distance < best) {
      match = caseSensitive ? option : matchCase(option, value);
      best = distance;
    }
  }
  return match;
}

/** Appends BuildKit's " (did you mean X?)" when there is a close option. */
export function withSuggestion(
  message: string,
  value: string,
  options: readonly string[],
  caseSensitive: boolean,
): string {
  const match = suggest(value, options, caseSensitive);
  return match === undefined ? message : `${message} (did you mean ${match}?)`;
}
