import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { officialRubyFs, RUBY_ENV } from '../testing/rubies';
import { jekyll } from './jekyll';

const SITE = {
  '/srv/site/_config.yml': 'title: Blog\n',
  '/srv/site/Gemfile': 'source "https://rubygems.org"\n',
  '/srv/site/index.md': '---\nlayout: home\n---\nHello\n',
  '/srv/site/about.html': '---\ntitle: About\n---\n<p>About</p>\n',
  '/srv/site/robots.txt': 'User-agent: *\n',
  '/srv/site/_posts/2025-01-02-welcome.md': '---\ntitle: Welcome\n---\nHi\n',
  '/srv/site/_drafts/wip.md': '---\n---\n',
};

describe('jekyll build', () => {
  it("renders pages and posts where Jekyll puts them, copies static files, and prints Jekyll's log", () => {
    const fs = officialRubyFs(SITE);
    const result = runProgram((argv, io) => jekyll(io, argv.slice(1)), ['jekyll', 'build'], fs, {
      env: RUBY_ENV,
      cwd: '/srv/site',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Configuration file: \/srv\/site\/_config\.yml\n {12}Source: \/srv\/site\n {7}Destination: \/srv\/site\/_site\n Incremental build: disabled\. Enable with --incremental\n {6}Generating\.\.\. \n {20}done in \d\.\d{3} seconds\.\n Auto-regeneration: disabled\. Use --watch to enable\.\n$/,
    );
    expect(fs.stat('/srv/site/_site/index.html').ok).toBe(true);
    expect(fs.stat('/srv/site/_site/about.html').ok).toBe(true);
    expect(fs.stat('/srv/site/_site/2025/01/02/welcome.html').ok).toBe(true);
    expect(readText(fs, '/srv/site/_site/robots.txt')).toBe('User-agent: *\n');
    expect(fs.stat('/srv/site/_site/Gemfile').ok).toBe(false);
    expect(fs.stat('/srv/site/_site/_drafts').ok).toBe(false);
    expect(fs.stat('/srv/site/_site/_config.yml').ok).toBe(false);
  });
});

describe('the gem catalog', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('has jekyll with its executable, and the minima theme', () => {
    const gem = catalog.package('rubygems', 'jekyll');
    expect(gem?.plausible).toBeUndefined();
    expect(JSON.stringify(gem)).toContain('exe/jekyll');
    expect(catalog.package('rubygems', 'minima')?.depends).toEqual(
      expect.arrayContaining([expect.stringMatching(/^jekyll/)]),
    );
  });
});
