import { describe, expect, it } from 'vitest';
import { compareApkVersions, parseConstraint, satisfies } from './constraint';

describe('apk version constraints', () => {
  it('read ==, =, >=, < and ~, with == the same as =', () => {
    expect(parseConstraint('su-exec==0.3-r0')).toEqual({
      name: 'su-exec',
      op: '=',
      version: '0.3-r0',
    });
    expect(parseConstraint('nginx>=1.26')?.op).toBe('>=');
    expect(parseConstraint('curl')).toBeUndefined();
  });

  it('compare numbers as numbers and the -r release last', () => {
    expect(compareApkVersions('1.10.0-r0', '1.9.9-r5')).toBe(1);
    expect(compareApkVersions('0.19.0-r3', '0.19.0-r10')).toBe(-1);
    expect(compareApkVersions('2.4-r0', '2.4-r0')).toBe(0);
    expect(satisfies('1.37.0-r19', { name: 'busybox', op: '~', version: '1.37' })).toBe(true);
    expect(satisfies('1.2.5-r10', { name: 'musl', op: '<', version: '1.2.5-r9' })).toBe(false);
  });
});
