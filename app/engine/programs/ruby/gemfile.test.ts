import { describe, expect, it } from 'vitest';
import { appliesHere, parseGemfile } from './gemfile';
import { parseLockfile, writeLockfile } from './lockfile';

const RAILS_GEMFILE = `source "https://rubygems.org"

# Bundle edge Rails instead: gem "rails", github: "rails/rails", branch: "main"
gem "rails", "~> 8.0.1"
gem "puma", ">= 5.0"
gem "tzinfo-data", platforms: %i[ windows jruby ]
gem "bootsnap", require: false

group :development, :test do
  gem "debug", platforms: %i[ mri windows ], require: "debug/prelude"
end

group :test do
  gem "capybara"
end
`;

describe('Gemfile', () => {
  it('reads gems with their requirements, groups and platforms', () => {
    const gemfile = parseGemfile(RAILS_GEMFILE);
    expect(gemfile.sources).toEqual(['https://rubygems.org']);
    expect(gemfile.dependencies.map((d) => d.name)).toEqual([
      'rails',
      'puma',
      'tzinfo-data',
      'bootsnap',
      'debug',
      'capybara',
    ]);
    const [rails, puma, tzdata, , debug, capybara] = gemfile.dependencies;
    expect(rails?.requirements).toEqual(['~> 8.0.1']);
    expect(puma?.groups).toEqual(['default']);
    expect(debug?.groups).toEqual(['development', 'test']);
    expect(capybara?.groups).toEqual(['test']);
    expect(tzdata?.platforms).toEqual(['windows', 'jruby']);
  });

  it('leaves out gems limited to other platforms (tzinfo-data on Windows) but keeps mri ones', () => {
    const gemfile = parseGemfile(RAILS_GEMFILE);
    const here = gemfile.dependencies.filter(appliesHere).map((d) => d.name);
    expect(here).not.toContain('tzinfo-data');
    expect(here).toContain('debug');
  });
});

describe('Gemfile.lock', () => {
  const LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.18.1-x86_64-linux-gnu)
      racc (~> 1.4)
    racc (1.8.1)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  nokogiri (>= 1.15)

BUNDLED WITH
   2.6.2
`;

  it('reads specs with platforms and dependency requirements', () => {
    const lock = parseLockfile(LOCK);
    expect(lock?.specs[0]).toEqual({
      name: 'nokogiri',
      version: '1.18.1',
      platform: 'x86_64-linux-gnu',
      dependencies: { racc: '~> 1.4' },
    });
    expect(lock?.dependencies).toEqual({ nokogiri: '>= 1.15' });
    expect(lock?.bundledWith).toBe('2.6.2');
  });

  it('writes what it reads back in the same layout', () => {
    expect(writeLockfile(parseLockfile(LOCK)!)).toBe(LOCK);
  });

  it('is not a lockfile without a GEM section', () => {
    expect(parseLockfile('hello\n')).toBeUndefined();
  });
});
