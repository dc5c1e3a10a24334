/**
 * Shell wildcard patterns for ${VAR#pat}, ${VAR%pat} and ${VAR/pat/repl}, as BuildKit's lexer
 * implements them: `*` and `?` are wildcards, `\*`, `\?` and `\\` are literal, there are no
 * bracket expressions. The pattern becomes a regular expression; Go's `.` does not match a
 * newline, so neither does ours.
 */

export class PatternError extends Error {}

const REGEX_SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

export function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  const star = greedy ? '[^\\n]*' : '[^\\n]*?';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i] as string;
    if (tok === '*') {
      out += star;
      continue;
    }
    if (tok === '?') {
      out += '[^\\n]';
      continue;
    }
    if (tok === '\\') {
      const peek = chars[i + 1];
      // `}` and `/` are escaped only to get them past the ${...} parser.
      if (peek === '}' || peek === '/') continue;
      i++;
      if (peek !== '*' && peek !== '?' && peek !== '\\') {
        throw new PatternError(`invalid escape '\\${peek ?? '\uFFFD'}'`);
      }
      out += '\\' + peek;
      continue;
    }
    out += REGEX_SPECIAL.has(tok) ? '\\' + tok : tok;
  }
  return new RegExp(out, 'u');
}

/** Removes the shortest (or, greedy, longest) prefix of `value` that matches `pattern`. */
export function trimPatternPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = shellPatternToRegex(pattern, greedy, true).exec(value);
  return match ? value.slice(match.index + match[0].length) : value;
}

/** Reverses a pattern by code point, keeping each escape in front of the rune it escapes. */
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last;) {
    const tok = runes[i] as string;
    const outIdx = last - i;
    if (tok === '\\' && i !== last) {
      out[outIdx - 1] = tok;
      out[outIdx] = runes[i + 1] as string;
      i += 2;
    } else {
      out[outIdx] = tok;
      i++;
    }
  }
  return out.join('');
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join('');
}

/**
 * Removes the shortest (or longest) matching suffix. Regular expressions find leftmost matches
 * only, so, like BuildKit, we reverse both the pattern and the value and trim a prefix.
 */
export function trimPatternSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPatternPrefix(reversePattern(pattern), reverseString(value), greedy));
}

/**
 * Go's Regexp.ReplaceAllString expands `$name` and `${name}` in the replacement. Our patterns
 * have no capture groups, so every reference expands to nothing; `$$` is a literal `$`.
 */
function expandGoTemplate(template: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    let j = dollar + 1;
    if (template[j] === '$') {
      out += '$';
      i = j + 1;
      continue;
    }
    const braced = template[j] === '{';
    if (braced) j++;
    const nameStart = j;
    while (j < template.length && /[\p{L}\p{Nd}_]/u.test(template[j] as string)) j++;
    const named = j > nameStart;
    if (!named || (braced && template[j] !== '}')) {
      out += '$'; // malformed reference: the `$` stays as text
      i = dollar + 1;
      continue;
    }
    i = braced ? j + 1 : j;
  }
  return out;
}

/** ${VAR/pattern/replacement} (first match) and ${VAR//pattern/replacement} (every match). */
export function replacePattern(
  value: string,
  pattern: string,
  replacement: string,
  all: boolean,
): string {
  const re = shellPatternToRegex(pattern, true, false);
  if (!all) {
    const match = re.exec(value);
    if (!match) return value;
    return value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length);
  }
  const expanded = expandGoTemplate(replacement);
  const global = new RegExp(re.source, 'gu');
  let out = '';
  let last = 0;
  let previousEnd = -1;
  for (let match = global.exec(value); match; match = global.exec(value)) {
    const start = match.index;
    const end = start + match[0].length;
    // Go skips an empty match right after the previous match.
    if (!(match[0].length === 0 && start === previousEnd)) {
      out += value.slice(last, start) + expanded;
      last = end;
    }
    previousEnd = end;
    if (match[0].length === 0) global.lastIndex = advance(value, global.lastIndex);
  }
  return out + value.slice(last);
}

function advance(s: string, index: number): number {
  const c = s.codePointAt(index);
  return index + (c !== undefined && c > 0xffff ? 2 : 1);
}
