/**
 * Path patterns as Docker uses them: Go's filepath.Match for COPY/ADD sources (`*` and `?`
 * never cross `/`, `[a-z]` classes, `[^...]` negation) and .dockerignore rules, which add
 * `**` (any number of directories) and `!` exceptions, the last matching rule winning, and
 * exclude a path when it or any parent directory matches.
 */

function classToRegex(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let source = '[';
  if (pattern[i] === '^' || pattern[i] === '!') {
    source += '^';
    i++;
  }
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === ']' && !first) return { source: source + ']', end: i };
    first = false;
    if (c === '\\' && i + 1 < pattern.length) {
      source += '\\' + pattern[++i];
      continue;
    }
    source += c === '[' || c === '^' ? '\\' + c : c;
  }
  return undefined;
}

/** Compiles a pattern to an anchored RegExp; `doubleStar` enables `**` (dockerignore). */
export function patternToRegex(pattern: string, doubleStar = false): RegExp | undefined {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (doubleStar && pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const cls = classToRegex(pattern, i);
      if (!cls) return undefined; // ErrBadPattern
      source += cls.source;
      i = cls.end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      source += escapeRegex(pattern[++i] as string);
    } else source += escapeRegex(c);
  }
  return new RegExp(source + '$');
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** filepath.Match on a whole relative path. */
export function globMatch(pattern: string, path: string): boolean {
  return patternToRegex(pattern)?.test(path) ?? false;
}

interface IgnoreRule {
  regex: RegExp;
  exclusion: boolean;
}

/** Parsed .dockerignore: blank lines and `#` comments skipped, patterns cleaned. */
export class DockerIgnore {
  private readonly rules: IgnoreRule[];

  constructor(text: string) {
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const exclusion = line.startsWith('!');
      if (exclusion) line = line.slice(1).trim();
      const cleaned = cleanPattern(line);
      if (cleaned === '') continue;
      const regex = patternToRegex(cleaned, true);
      if (regex) this.rules.push({ regex, exclusion });
    }
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether a relative path ("src/app.py") is left out of the build context. */
  excludes(path: string): boolean {
    const parts = path.split('/');
    let excluded = false;
    for (const rule of this.rules) {
      // A rule matches the path itself or any of its parent directories.
      let matched = false;
      for (let n = parts.length; n >= 1 && !matched; n--)
        matched = rule.regex.test(parts.slice(0, n).join('/'));
      if (matched) excluded = !rule.exclusion;
    }
    return excluded;
  }
}

/** Go's filepath.Clean on a pattern, then the leading `/` dropped (context-relative). */
export function cleanPattern(pattern: string): string {
  const parts: string[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
