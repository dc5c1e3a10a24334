import { describe, expect, it } from 'vitest';
import { removalOrder } from './removal-order';

/** Alpine 3.7: `apk add --virtual .build-deps curl make wget`, in install order. */
const DEPS: Record<string, string[]> = {
  'ca-certificates': [],
  libssh2: [],
  libcurl: ['ca-certificates', 'libssh2'],
  curl: ['ca-certificates', 'libcurl'],
  make: [],
  wget: [],
  '.build-deps': ['curl', 'make', 'wget'],
};

describe('apk del order', () => {
  it('purges the named package first and each package after everything that needs it', () => {
    expect(removalOrder(Object.keys(DEPS), ['.build-deps'], (n) => DEPS[n] ?? [])).toEqual([
      '.build-deps',
      'curl',
      'make',
      'wget',
      'libcurl',
      'ca-certificates',
      'libssh2',
    ]);
  });

  it('still lists every package when dependencies form a cycle', () => {
    const cyclic: Record<string, string[]> = { a: ['b'], b: ['a'], top: ['a'] };
    const order = removalOrder(['a', 'b', 'top'], ['top'], (n) => cyclic[n] ?? []);
    expect(order[0]).toBe('top');
    expect([...order].sort()).toEqual(['a', 'b', 'top']);
  });
});
