import { describe, expect, it } from 'vitest';
import { fakeCatalog } from './testing/fake-catalog';
import { packagePrograms } from './index';

describe('packagePrograms', () => {
  it('registers each tool under the names images install it as, none of them always present', () => {
    const programs = packagePrograms(fakeCatalog([]), 'trixie');
    for (const name of [
      'apt-get',
      'apt',
      'apt-mark',
      'dpkg',
      'dpkg-query',
      'apk',
      'pip',
      'pip3.14',
      'python3.13',
      'node',
      'npm',
      'npx',
      'yarn',
      'corepack',
      'go',
      'curl',
      'wget',
    ]) {
      expect(programs.has(name), name).toBe(true);
    }
    expect([...programs.values()].some((entry) => entry.always)).toBe(false);
  });
});
