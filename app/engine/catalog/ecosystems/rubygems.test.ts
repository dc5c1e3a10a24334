import { describe, expect, it } from 'vitest';
import gemLines from '../data/lang/rubygems';
import { expandGem, parseGemLines } from './rubygems';

const records = parseGemLines(gemLines);

describe('rubygems catalog', () => {
  it('states requirements as gemspecs do, "(=)" meaning the gem\'s own version', () => {
    const rails = records.get('rails')!;
    expect(rails.details.requirements.actionpack).toBe(`= ${rails.version}`);
    expect(rails.details.requirements.bundler).toBe('>= 1.15.0');
    expect(records.get('activesupport')!.details.requirements.i18n).toBe('>= 1.6, < 2');
    expect(records.get('bootsnap')!.details.requirements.msgpack).toBe('~> 1.2');
  });

  it('lists only dependencies the catalog also holds', () => {
    for (const record of records.values())
      for (const dep of record.depends)
        expect(records.has(dep), `${record.name} → ${dep}`).toBe(true);
  });

  it('marks compiled gems, the headers they need, and precompiled platform gems', () => {
    expect(records.get('pg')!.details.extension).toEqual({ headers: ['libpq-fe.h'] });
    expect(records.get('puma')!.details.extension).toEqual({ headers: [] });
    expect(records.get('nokogiri')!.details.platforms).toContain('x86_64-linux-gnu');
    expect(records.get('nokogiri')!.details.sourceOnly).toEqual(['mini_portile2']);
    expect(records.get('rack')!.details.extension).toBeUndefined();
  });

  it('expands a gem into files under its folder whose sizes add up to the installed size', () => {
    const pkg = expandGem(records.get('railties')!);
    expect(pkg.ecosystem).toBe('rubygems');
    expect(pkg.bin).toEqual({ rails: 'exe/rails' });
    expect(pkg.files.find((f) => f.path === 'exe/rails')?.mode).toBe(0o755);
    expect(pkg.installedSize).toBe(pkg.files.reduce((sum, f) => sum + f.size, 0));
    expect(pkg.installedSize).toBeGreaterThan(1_400_000);
    expect(pkg.downloadSize).toBeLessThan(pkg.installedSize);
  });

  it('gives a gem without listed files its lib entry point and version file', () => {
    const pkg = expandGem(records.get('base64')!);
    expect(pkg.files.map((f) => f.path)).toEqual([
      'lib/base64.rb',
      'lib/base64/version.rb',
      'README.md',
      'LICENSE',
    ]);
  });
});
