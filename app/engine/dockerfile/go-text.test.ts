import { describe, expect, it } from 'vitest';
import { goQuote, goQuoteList, goTrimSpace, isGoSpace } from './go-text';

describe('goQuote (Go strconv.Quote)', () => {
  it('escapes quotes, backslashes and C escapes', () => {
    expect(goQuote('a"b\\c\n\t\r\x07\b\f\v')).toBe('"a\\"b\\\\c\\n\\t\\r\\a\\b\\f\\v"');
  });

  it('writes other control bytes as \\xNN and DEL as \\x7f', () => {
    expect(goQuote('\x00\x1b\x7f')).toBe('"\\x00\\x1b\\x7f"');
  });

  it('keeps printable Unicode and escapes unprintable runes as \\u or \\U', () => {
    expect(goQuote('♥☃é')).toBe('"♥☃é"');
    expect(goQuote('\u00a0\u200b\u2028')).toBe('"\\u00a0\\u200b\\u2028"');
    expect(goQuote('\u{e0001}')).toBe('"\\U000e0001"');
  });

  it('formats a list as %q does', () => {
    expect(goQuoteList(['--a=1', 'b c'])).toBe('["--a=1" "b c"]');
  });
});

describe('Go whitespace', () => {
  it('counts NEL and NBSP as spaces but not the BOM', () => {
    expect(isGoSpace('\u0085')).toBe(true);
    expect(isGoSpace('\u00a0')).toBe(true);
    expect(isGoSpace('\ufeff')).toBe(false);
    expect(goTrimSpace('\ufeff x \u3000')).toBe('\ufeff x');
  });
});
