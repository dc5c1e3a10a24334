/**
 * Text helpers that behave like the Go standard library functions BuildKit's parser uses
 * (unicode.IsSpace, strings.TrimSpace, strconv.Quote). JavaScript's own `trim()` and `\s`
 * disagree with Go on a few characters (U+FEFF, U+0085), and the parse-tree dump must match
 * Go's quoting byte for byte, so we never use the JavaScript versions for parser decisions.
 */

/** Go's unicode.IsSpace: Latin-1 spaces plus the Unicode White_Space property. */
export function isGoSpace(ch: string): boolean {
  const c = ch.codePointAt(0);
  if (c === undefined) return false;
  if (c <= 0xff) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  }
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The byte-oriented loops in BuildKit test single bytes; for ASCII that is the same test. */
export function isAsciiSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}

const LETTER = /^\p{L}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Go's unicode.IsLetter. */
export function isGoLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** Go's unicode.IsDigit (decimal digits of any script). */
export function isGoDigit(ch: string): boolean {
  return DECIMAL_DIGIT.test(ch);
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
export function goTrimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length) {
    const ch = String.fromCodePoint(s.codePointAt(i) ?? 0);
    if (!isGoSpace(ch)) break;
    i += ch.length;
  }
  return s.slice(i);
}

/** strings.TrimRightFunc(s, unicode.IsSpace). */
export function goTrimRightSpace(s: string): string {
  let end = s.length;
  while (end > 0) {
    const low = s.charCodeAt(end - 1);
    // Every Go space is in the Basic Multilingual Plane, so a single UTF-16 unit is enough.
    if (low >= 0xd800 && low <= 0xdfff) break;
    if (!isGoSpace(s.charAt(end - 1))) break;
    end--;
  }
  return s.slice(0, end);
}

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  return goTrimRightSpace(goTrimLeftSpace(s));
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * strconv.Quote: a double-quoted Go string literal. Printable runes stay as they are; control
 * characters become \a \b \f \n \r \t \v or \xNN; other unprintable runes become \uNNNN or
 * \UNNNNNNNN. A lone UTF-16 surrogate cannot come from UTF-8 input and is shown as U+FFFD.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    let c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    const r = String.fromCodePoint(c);
    if (r === '"' || r === '\\') {
      out += '\\' + r;
      continue;
    }
    if (PRINTABLE.test(r)) {
      out += r;
      continue;
    }
    switch (r) {
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + '"';
}

/** fmt.Sprintf("%q", []string{...}): `["a" "b"]`. */
export function goQuoteList(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}
