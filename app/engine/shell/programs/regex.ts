/**
 * POSIX regular expressions (basic and extended, as grep and sed take them) translated to
 * JavaScript RegExps: BRE's \( \) \{ \} \| \+ \?, bracket classes such as [[:space:]], and
 * GNU's \< \> word boundaries.
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
};

export type RegexResult = { ok: true; source: string } | { ok: false; error: string };

/** Translates a bracket expression at `start` ('['); returns the JS text and the end index. */
function bracket(pattern: string, start: number): { text: string; end: number } | undefined {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  if (pattern[i] === ']') {
    out += '\\]';
    i++;
  }
  for (; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === ']') return { text: out + ']', end: i };
    if (ch === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const cls = close > 0 ? CLASSES[pattern.slice(i + 2, close)] : undefined;
      if (cls !== undefined) {
        out += cls;
        i = close + 1;
        continue;
      }
    }
    out += ch === '\\' || ch === '[' ? `\\${ch}` : ch;
  }
  return undefined;
}

export function posixToJs(pattern: string, extended: boolean): RegexResult {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    const atStart = out === '' || out.endsWith('(') || out.endsWith('|');
    if (ch === '[') {
      const b = bracket(pattern, i);
      if (!b)
        return {
          ok: false,
          error: extended ? 'Unmatched [, [^, [:, [., or [=' : 'Unmatched [, [^, [:, [., or [=',
        };
      out += b.text;
      i = b.end;
      continue;
    }
    if (ch === '\\') {
      const next = pattern[i + 1];
      i++;
      if (next === undefined) return { ok: false, error: 'Trailing backslash' };
      if (next === '<' || next === '>') out += '\\b';
      else if (!extended && '(){}|+?'.includes(next)) out += next;
      else if (/[1-9wWsSbB]/.test(next)) out += `\\${next}`;
      else if (next === 'n') out += '\\n';
      else if (next === 't') out += '\\t';
      else out += /[A-Za-z0-9]/.test(next) ? next : `\\${next}`;
      continue;
    }
    if (!extended && '(){}|+?'.includes(ch)) {
      out += `\\${ch}`;
      continue;
    }
    if (ch === '*' && (atStart || out.endsWith('^'))) {
      out += '\\*';
      continue;
    }
    if (ch === '^' && !atStart) {
      out += '\\^';
      continue;
    }
    if (
      ch === '$' &&
      i !== pattern.length - 1 &&
      !(extended && (pattern[i + 1] === ')' || pattern[i + 1] === '|')) &&
      !(!extended && pattern.startsWith('\\)', i + 1))
    ) {
      out += '\\$';
      continue;
    }
    if (ch === '/') {
      out += '\\/';
      continue;
    }
    out += ch;
  }
  return { ok: true, source: out };
}

export function compile(
  pattern: string,
  opts: { extended: boolean; ignoreCase?: boolean; global?: boolean; fixed?: boolean },
): RegExp | string {
  const flags = `${opts.global ? 'g' : ''}${opts.ignoreCase ? 'i' : ''}`;
  if (opts.fixed) return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), flags);
  const translated = posixToJs(pattern, opts.extended);
  if (!translated.ok) return translated.error;
  try {
    return new RegExp(translated.source, flags);
  } catch {
    return 'Invalid regular expression';
  }
}
