import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../types';
import { fnv1a } from '../util/hash';
import { plausiblePackage } from './plausible';

const VERSION_SHAPES: Record<Ecosystem, RegExp> = {
  deb: /^\d+\.\d+\.\d+-\d+$/,
  apk: /^\d+\.\d+\.\d+-r\d+$/,
  pypi: /^\d+\.\d+\.\d+$/,
  npm: /^\d+\.\d+\.\d+$/,
  go: /^v\d+\.\d+\.\d+$/,
  rubygems: /^\d+\.\d+\.\d+$/,
};

const NAMES = Array.from({ length: 64 }, (_, i) => `made-up-package-${i}`);

describe('plausiblePackage', () => {
  it('has names whose hash sets the top bit among the ones tested (the case `>>` got wrong)', () => {
    expect(NAMES.some((n) => fnv1a(`deb:${n}`) >= 2 ** 31)).toBe(true);
  });

  for (const [ecosystem, shape] of Object.entries(VERSION_SHAPES) as [Ecosystem, RegExp][]) {
    it(`gives every ${ecosystem} stand-in a version of non-negative numbers`, () => {
      for (const name of NAMES) expect(plausiblePackage(ecosystem, name).version).toMatch(shape);
    });
  }

  it('keeps a version it is asked for', () => {
    expect(plausiblePackage('deb', 'frobnicate', '1.29.8-1~trixie').version).toBe(
      '1.29.8-1~trixie',
    );
  });

  it('lays unknown Debian packages out as the archive does packages without a file list', () => {
    const paths = (name: string) => plausiblePackage('deb', name).files.map((f) => f.path);
    expect(paths('libfrob7')).toContain('/usr/lib/x86_64-linux-gnu/libfrob.so.7.0.0');
    expect(paths('libfrob-dev')).toContain('/usr/include/frob/frob.h');
    expect(paths('frobnicate')).toContain('/usr/bin/frobnicate');
    expect(paths('docker-ce-cli')).toContain('/usr/bin/docker');
    for (const name of ['libfrob7', 'libfrob-dev', 'frobnicate', 'docker-ce-cli']) {
      const pkg = plausiblePackage('deb', name);
      expect(pkg.installedSize).toBe(pkg.files.reduce((sum, f) => sum + f.size, 0));
      expect(pkg.plausible).toBe(true);
    }
  });
});
