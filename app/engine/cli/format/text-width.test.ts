import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth } from './text-width';

describe('displayWidth', () => {
  it('counts ASCII and Latin letters as one column each', () => {
    expect(displayWidth('busybox')).toBe(7);
    expect(displayWidth('é…')).toBe(2);
  });
  it('counts CJK, Hangul, fullwidth forms and emoji as two', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('한')).toBe(2);
    expect(displayWidth('Ａ')).toBe(2);
    expect(displayWidth('🐳')).toBe(2);
  });
  it('counts combining marks and zero-width spaces as nothing', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(charWidth('\u200b')).toBe(0);
  });
  it('counts a tab as one column, as docker truncation does', () => {
    expect(charWidth('\t')).toBe(1);
  });
});
