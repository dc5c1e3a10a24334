import { describe, expect, it } from 'vitest';
import { containerIdColumn, imageIdColumn, truncateId, withSha256Prefix } from './ids';

const HEX = '56c02f2534bb5f4cd2a1b0d7e1f6c3a8b9e0d1c2f3a4b5c6d7e8f9a0b1c2d3e4';

describe('truncateId', () => {
  it('keeps the first 12 hex digits', () => {
    expect(truncateId(HEX)).toBe('56c02f2534bb');
  });
  it('drops the sha256: prefix first', () => {
    expect(truncateId(`sha256:${HEX}`)).toBe('56c02f2534bb');
  });
  it('leaves short ids whole', () => {
    expect(truncateId('abc')).toBe('abc');
  });
});

describe('id columns', () => {
  it('show the full digest with --no-trunc', () => {
    expect(imageIdColumn(`sha256:${HEX}`, true)).toBe(`sha256:${HEX}`);
    expect(imageIdColumn(`sha256:${HEX}`, false)).toBe('56c02f2534bb');
    expect(containerIdColumn(HEX, true)).toBe(HEX);
    expect(containerIdColumn(HEX, false)).toBe('56c02f2534bb');
  });
  it('adds a sha256: prefix only when missing', () => {
    expect(withSha256Prefix(HEX)).toBe(`sha256:${HEX}`);
    expect(withSha256Prefix(`sha256:${HEX}`)).toBe(`sha256:${HEX}`);
  });
});
