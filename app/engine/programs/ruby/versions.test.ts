import { describe, expect, it } from 'vitest';
import { compareGemVersions, modelledVersion, satisfiesAll } from './versions';

describe('gem versions', () => {
  it('compares segments as numbers and puts prereleases before releases', () => {
    expect(compareGemVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareGemVersions('8.0.0.rc1', '8.0.0')).toBe(-1);
    expect(compareGemVersions('2.0', '2.0.0')).toBe(0);
  });

  it('reads ~> as RubyGems does: "~> 2.6" allows 2.9 but not 3.0; "~> 2.6.1" stops before 2.7', () => {
    expect(satisfiesAll('2.9.0', ['~> 2.6'])).toBe(true);
    expect(satisfiesAll('3.0.0', ['~> 2.6'])).toBe(false);
    expect(satisfiesAll('2.6.9', ['~> 2.6.1'])).toBe(true);
    expect(satisfiesAll('2.7.0', ['~> 2.6.1'])).toBe(false);
  });

  it('takes several constraints in one requirement and across requirements', () => {
    expect(satisfiesAll('1.3.4', ['~> 1.0, >= 1.3.1'])).toBe(true);
    expect(satisfiesAll('1.3.0', ['~> 1.0, >= 1.3.1'])).toBe(false);
    expect(satisfiesAll('1.16.5', ['>= 1.15.7', '!= 1.16.5'])).toBe(false);
    expect(satisfiesAll('1.0', ['not a version'])).toBe(false);
  });

  it('models the version a requirement names when the catalog version does not fit', () => {
    expect(modelledVersion(['~> 8.0.1'])).toBe('8.0.1');
    expect(modelledVersion(['>= 2.1', '~> 2.5.0'])).toBe('2.5.0');
    expect(modelledVersion(['< 1'])).toBeUndefined();
  });

  it('models a whole release for a two-segment requirement (~> 4.3 is 4.3.0), not for an exact one', () => {
    expect(modelledVersion(['~> 4.3'])).toBe('4.3.0');
    expect(modelledVersion(['>= 2'])).toBe('2.0.0');
    expect(modelledVersion(['= 4.3'])).toBe('4.3');
  });
});
