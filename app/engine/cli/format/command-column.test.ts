import { describe, expect, it } from 'vitest';
import { commandColumn, ellipsis, goQuote } from './command-column';

describe('commandColumn (observed with docker 28.2.2 ps)', () => {
  it('keeps a 20-column command whole', () => {
    expect(commandColumn('sleep 36000000000000', false)).toBe('"sleep 36000000000000"');
  });
  it('cuts a longer command to 19 columns and an ellipsis, then quotes it', () => {
    expect(commandColumn('sh -c \'echo "hi\tx" é\'', false)).toBe('"sh -c \'echo \\"hi\\tx\\" …"');
  });
  it('counts wide characters as two columns', () => {
    expect(commandColumn('echo 日本語日本語日本語日本語', false)).toBe('"echo 日本語日本語日…"');
  });
  it('keeps everything with --no-trunc', () => {
    expect(commandColumn('echo 日本語日本語日本語日本語', true)).toBe(
      '"echo 日本語日本語日本語日本語"',
    );
  });
});

describe('ellipsis', () => {
  it('handles tiny widths', () => {
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 2)).toBe('a…');
    expect(ellipsis('abc', 3)).toBe('abc');
  });
});

describe('goQuote', () => {
  it('escapes quotes, backslashes and control characters as Go does', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\n\r\t\x07\x1b\x7f')).toBe('"\\n\\r\\t\\a\\x1b\\x7f"');
  });
  it('keeps printable non-ASCII text and escapes invisible code points', () => {
    expect(goQuote('é日')).toBe('"é日"');
    expect(goQuote('\u00a0\u200b')).toBe('"\\u00a0\\u200b"');
  });
});
