/**
 * Shell pattern matching (`case`, `${x%pat}`, globs). A pattern here is text in which a
 * backslash makes the next character literal: expansion escapes every quoted character that
 * way, so `case $x in "*")` matches only a star.
 */

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
  word: 'A-Za-z0-9_',
};

const cache = new Map<string, RegExp>();

/** Escapes a literal string so that it matches only itself as a pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** Whether the pattern has an unescaped `*`, `?` or `[`: only those need matching. */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** The pattern with its escapes removed: the literal text it stands for. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** The regular expression source of a pattern, unanchored. */
export function patternSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i] as string);
    } else if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === '[') {
      const bracket = bracketSource(pattern, i);
      if (bracket) {
        out += bracket.source;
        i = bracket.end;
      } else out += '\\[';
    } else out += escapeRegExp(ch);
  }
  return out;
}

/** A bracket expression starting at `start` (the `[`), or undefined if it never closes. */
function bracketSource(
  pattern: string,
  start: number,
): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (ch === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const cls = close > 0 ? CLASSES[pattern.slice(i + 2, close)] : undefined;
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (ch === '\\' && i + 1 < pattern.length) body += escapeClassChar(pattern[++i] as string);
    else if (ch === '-' && body !== '' && pattern[i + 1] !== ']') body += '-';
    else body += escapeClassChar(ch);
  }
  return undefined;
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

/** The anchored RegExp of a whole-string match. */
export function patternRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(`^(?:${patternSource(pattern)})$`, 'u');
    } catch {
      re = new RegExp(`^${[...unescapePattern(pattern)].map(escapeRegExp).join('')}$`, 'u');
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

export function matchPattern(pattern: string, text: string): boolean {
  if (!hasGlobChars(pattern)) return unescapePattern(pattern) === text;
  return patternRegExp(pattern).test(text);
}

/** `${x#pat}` and friends: removes the shortest or longest matching prefix or suffix. */
export function trimPattern(
  value: string,
  pattern: string,
  side: 'prefix' | 'suffix',
  longest: boolean,
): string {
  const n = value.length;
  if (side === 'prefix') {
    for (let k = 0; k <= n; k++) {
      const len = longest ? n - k : k;
      if (matchPattern(pattern, value.slice(0, len))) return value.slice(len);
    }
  } else {
    for (let k = 0; k <= n; k++) {
      const start = longest ? k : n - k;
      if (matchPattern(pattern, value.slice(start))) return value.slice(0, start);
    }
  }
  return value;
}

/** bash's `${x/pat/rep}`: replaces the first (or every) longest match; `#`/`%` anchor it. */
export function replacePattern(
  value: string,
  pattern: string,
  replacement: string,
  mode: 'first' | 'all' | 'prefix' | 'suffix',
): string {
  if (pattern === '') return value;
  const source = patternSource(pattern);
  let re: RegExp;
  try {
    if (mode === 'prefix') re = new RegExp(`^(?:${source})`, 'u');
    else if (mode === 'suffix') re = new RegExp(`(?:${source})$`, 'u');
    else re = new RegExp(source, mode === 'all' ? 'gu' : 'u');
  } catch {
    return value;
  }
  return value.replace(re, () => replacement);
}
