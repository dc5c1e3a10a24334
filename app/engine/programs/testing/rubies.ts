/**
 * Test support: the official ruby image's layout (Ruby 3.4.1 under /usr/local, GEM_HOME and
 * BUNDLE_APP_CONFIG at /usr/local/bundle, gemrc's --no-document) and a catalog holding the
 * real gem table, so Bundler tests resolve the same gems a build does.
 */
import gemLines from '../../catalog/data/lang/rubygems';
import { expandGem, parseGemLines } from '../../catalog/ecosystems/rubygems';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog } from './fake-catalog';
import { debianTree, type TreeSpec } from './images';

export const RUBY_ENV = {
  PATH: '/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  RUBY_VERSION: '3.4.1',
  GEM_HOME: '/usr/local/bundle',
  BUNDLE_SILENCE_ROOT_WARNING: '1',
  BUNDLE_APP_CONFIG: '/usr/local/bundle',
};

/** The ruby:3.4.1-slim files the gem tools read; `extra` adds build tools or an app. */
export function officialRubyFs(extra: TreeSpec = {}): OverlayFs {
  return new OverlayFs([
    debianTree({
      '/usr/local/bin/ruby': { blob: 16_160 },
      '/usr/local/bin/gem': { blob: 600 },
      '/usr/local/bin/bundle': { blob: 600 },
      '/usr/local/lib/libruby.so.3.4.1': { blob: 18_000_000, mode: 0o644 },
      '/usr/local/lib/ruby/3.4.0/rubygems.rb': 'module Gem; end\n',
      '/usr/local/lib/ruby/gems/3.4.0/specifications/default/bundler-2.6.2.gemspec':
        'Gem::Specification.new\n',
      '/usr/local/etc/gemrc': 'install: --no-document\nupdate: --no-document\n',
      '/usr/local/bundle/': '',
      '/app/': '',
      '/root/': '',
      ...extra,
    }),
  ]);
}

/** build-essential's tools, as far as mkmf looks for them. */
export const BUILD_TOOLS: TreeSpec = {
  '/usr/bin/gcc': { blob: 1_000_000 },
  '/usr/bin/make': { blob: 250_000 },
};

export const gems = fakeCatalog(
  [...parseGemLines(gemLines).values()].map((record) => expandGem(record)),
);
