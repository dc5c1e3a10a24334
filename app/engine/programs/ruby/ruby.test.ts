import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { debianTree } from '../testing/images';
import { gemProgram } from './gem';
import { listDir, readText, walkFiles, writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { BUILD_TOOLS, gems, officialRubyFs, RUBY_ENV } from '../testing/rubies';
import { shellRun } from '../testing/shell';
import { rubyProgram } from './ruby';
import { AbortSignal } from '../../shell/exec/signals';
import type { ServeRequest } from '../../shell/program';

const run = (fs: OverlayFs, argv: string[], env: Record<string, string> = {}) =>
  runProgram(rubyProgram, argv, fs, { env: { ...RUBY_ENV, ...env }, cwd: '/app' });

const RAILS_LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    bootsnap (1.18.4)
      msgpack (~> 1.2)
    msgpack (1.7.5)
    nio4r (2.7.4)
    propshaft (1.1.0)
      rack
    puma (6.5.0)
      nio4r (~> 2.0)
    rack (3.1.8)
    railties (8.0.1)
      rake (>= 12.2)
    rake (13.2.1)
    turbo-rails (2.0.11)
      railties (>= 7.1.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  bootsnap
  propshaft
  puma
  railties (= 8.0.1)
  turbo-rails

BUNDLED WITH
   2.6.2
`;

/** RAILS_LOCK with sprockets-rails (Sprockets 4) as the asset pipeline instead of Propshaft. */
const SPROCKETS_LOCK = RAILS_LOCK.replace(
  '    propshaft (1.1.0)\n      rack\n',
  '    concurrent-ruby (1.3.5)\n    logger (1.7.0)\n' +
    '    sprockets (4.2.2)\n      concurrent-ruby (~> 1.0)\n      logger\n      rack (>= 2.2.4, < 4)\n' +
    '    sprockets-rails (3.5.2)\n      sprockets (>= 3.0.0)\n',
).replace('  propshaft\n', '  sprockets-rails\n');

/** A small Rails app in /app (its bundle not yet installed); Propshaft unless `pipeline`. */
function railsApp(pipeline: 'propshaft' | 'sprockets-rails' = 'propshaft'): OverlayFs {
  const fs = officialRubyFs({ ...BUILD_TOOLS, '/usr/bin/env': { blob: 1000 } });
  writeText(
    fs,
    '/app/Gemfile',
    `source "https://rubygems.org"\ngem "railties", "8.0.1"\ngem "${pipeline}"\ngem "bootsnap"\ngem "turbo-rails"\ngem "puma"\n`,
  );
  writeText(fs, '/app/Gemfile.lock', pipeline === 'propshaft' ? RAILS_LOCK : SPROCKETS_LOCK);
  writeText(fs, '/app/config/application.rb', 'require_relative "boot"\n');
  writeText(fs, '/app/config/boot.rb', 'require "bundler/setup"\n');
  writeText(fs, '/app/app/assets/stylesheets/application.css', 'body { margin: 0 }\n');
  writeText(
    fs,
    '/app/bin/rails',
    '#!/usr/bin/env ruby\nAPP_PATH = File.expand_path("../config/application", __dir__)\nrequire_relative "../config/boot"\nrequire "rails/commands"\n',
    0o755,
  );
  return fs;
}

describe('ruby', () => {
  it("-v prints the image's Ruby as ruby -v does", () => {
    expect(run(officialRubyFs(), ['ruby', '-v']).stdout).toBe(
      'ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +PRISM [x86_64-linux]\n',
    );
  });

  it("-v names each release's real date and revision (ruby:3.3.5, ruby:3.2.2)", () => {
    const v = (version: string) =>
      run(officialRubyFs(), ['ruby', '-v'], { RUBY_VERSION: version }).stdout;
    expect(v('3.3.5')).toBe('ruby 3.3.5 (2024-09-03 revision ef084cc8f4) [x86_64-linux]\n');
    expect(v('3.2.2')).toBe('ruby 3.2.2 (2023-03-30 revision e51014f9c0) [x86_64-linux]\n');
  });

  it('-e prints literals and version constants, and notes code it does not interpret', () => {
    expect(run(officialRubyFs(), ['ruby', '-e', 'puts RUBY_VERSION; print "ok"']).stdout).toBe(
      '3.4.1\nok',
    );
    const other = run(officialRubyFs(), ['ruby', '-e', 'File.write("x", 1)']);
    expect(other.stdout).toBe('');
    expect(other.notes.join(' ')).toContain('does not interpret');
  });

  it('does not run application scripts, and says so', () => {
    const fs = officialRubyFs();
    writeText(fs, '/app/app.rb', 'puts "hello"\n');
    const result = run(fs, ['ruby', 'app.rb']);
    expect(result.code).toBe(0);
    expect(result.notes.join(' ')).toContain('application code');
    expect(run(fs, ['ruby', 'missing.rb']).stderr).toBe(
      'ruby: No such file or directory -- missing.rb (LoadError)\n',
    );
  });
});

describe('rails, rake and bootsnap in an app', () => {
  it('bin/rails refuses to boot before bundle install (bundler/setup)', () => {
    const result = shellRun('cd /app && ./bin/rails --version', railsApp(), gems, {
      env: RUBY_ENV,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /Could not find .*railties-8\.0\.1.* in locally installed gems \(Bundler::GemNotFound\)/,
    );
  });

  it('assets:precompile with Propshaft writes digested assets and .manifest.json', () => {
    const fs = railsApp();
    const result = shellRun(
      'cd /app && bundle install >/dev/null && ./bin/rails --version && SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile',
      fs,
      gems,
      { env: { ...RUBY_ENV, RAILS_ENV: 'production' } },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('Rails 8.0.1\n');
    const assets = listDir(fs, '/app/public/assets');
    expect(assets).toContain('.manifest.json');
    expect(assets.some((a) => /^application-[0-9a-f]{8}\.css$/.test(a))).toBe(true);
    expect(assets.some((a) => /^turbo\.min-[0-9a-f]{8}\.js$/.test(a))).toBe(true);
    expect(readText(fs, '/app/public/assets/.manifest.json')).toContain('"application.css":');
  });

  it('assets:precompile with Sprockets writes the link manifest as manifest-<digest>.js, then what it links, each text asset with its .gz', () => {
    const fs = railsApp('sprockets-rails');
    writeText(
      fs,
      '/app/app/assets/config/manifest.js',
      '//= link_tree ../images\n//= link_directory ../stylesheets .css\n',
    );
    writeText(fs, '/app/app/assets/stylesheets/admin/extra.css', 'p {}\n');
    writeText(fs, '/app/app/assets/images/logo.png', 'png');
    writeText(fs, '/app/app/assets/javascripts/unlinked.js', '1\n');
    const result = shellRun(
      'cd /app && bundle install >/dev/null && SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile',
      fs,
      gems,
      { env: { ...RUBY_ENV, RAILS_ENV: 'production' } },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const written = [
      ...result.stdout.matchAll(/INFO -- : Writing \/app\/public\/assets\/(\S+)/g),
    ].map((m) => (m[1] as string).replace(/-[0-9a-f]{64}/, '-H'));
    expect(written).toEqual([
      'manifest-H.js',
      'manifest-H.js.gz',
      'logo-H.png',
      'application-H.css',
      'application-H.css.gz',
      'turbo-H.js',
      'turbo-H.js.gz',
      'turbo.min-H.js',
      'turbo.min-H.js.gz',
    ]);
    const assets = listDir(fs, '/app/public/assets');
    const manifest = assets.find((a) => /^\.sprockets-manifest-[0-9a-f]{32}\.json$/.test(a));
    const json = JSON.parse(readText(fs, `/app/public/assets/${manifest}`) ?? '{}');
    const css = json.assets['application.css'] as string;
    expect(json.files[css]).toMatchObject({ logical_path: 'application.css', size: 19 });
    expect(json.files[css].integrity).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it("bundle exec rails (the gem's wrapper, not bin/rails) finds the app from the working directory", () => {
    const fs = railsApp();
    const result = shellRun(
      'cd /app && bundle install >/dev/null && bundle exec rails --version && SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile',
      fs,
      gems,
      { env: { ...RUBY_ENV, RAILS_ENV: 'production' } },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('Rails 8.0.1\n');
    expect(listDir(fs, '/app/public/assets')).toContain('.manifest.json');
  });

  it('assets:precompile in production needs a secret_key_base (or SECRET_KEY_BASE_DUMMY)', () => {
    const fs = railsApp();
    const result = shellRun(
      'cd /app && bundle install >/dev/null && ./bin/rails assets:precompile',
      fs,
      gems,
      {
        env: { ...RUBY_ENV, RAILS_ENV: 'production' },
      },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      "ArgumentError: Missing `secret_key_base` for 'production' environment",
    );
  });

  it('bundle exec bootsnap precompile --gemfile writes a compile cache entry per gem Ruby file', () => {
    const fs = railsApp();
    const result = shellRun(
      'cd /app && bundle install >/dev/null && bundle exec bootsnap precompile --gemfile',
      fs,
      gems,
      { env: RUBY_ENV },
    );
    expect(result.exitCode).toBe(0);
    const rubyFiles = walkFiles(fs, '/usr/local/bundle/gems').filter((f) => f.path.endsWith('.rb'));
    const cache = walkFiles(fs, '/app/tmp/cache/bootsnap/compile-cache-iseq');
    expect(cache.length).toBe(rubyFiles.length);
    expect(cache[0]?.path).toMatch(/compile-cache-iseq\/[0-9a-f]{2}\/[0-9a-f]{14}$/);
  });

  it('rails server boots Puma with YJIT on (Rails 7.2+) and returns at once, with a note', () => {
    const fs = railsApp();
    const result = shellRun(
      'cd /app && bundle install >/dev/null && ./bin/rails server -p 8080',
      fs,
      gems,
      {
        env: { ...RUBY_ENV, RAILS_ENV: 'production' },
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^=> Booting Puma\n=> Rails 8\.0\.1 application starting in production \n/,
    );
    expect(result.stdout).toContain('+YJIT +PRISM [x86_64-linux]\n');
    expect(result.stdout).toContain('* Listening on http://0.0.0.0:8080\n');
  });

  it('on Ruby 3.3 (no +PRISM) the booted description still shows +YJIT', () => {
    const result = shellRun(
      'cd /app && bundle install >/dev/null && ./bin/rails server',
      railsApp(),
      gems,
      { env: { ...RUBY_ENV, RUBY_VERSION: '3.3.5', RAILS_ENV: 'production' } },
    );
    expect(result.stdout).toContain(
      '* Ruby version: ruby 3.3.5 (2024-09-03 revision ef084cc8f4) +YJIT [x86_64-linux]\n',
    );
  });

  it('rails server in a container keeps serving, and says "Exiting" after puma’s goodbye', () => {
    const fs = railsApp();
    let served: ServeRequest | undefined;
    shellRun('cd /app && bundle install >/dev/null && ./bin/rails server', fs, gems, {
      env: RUBY_ENV,
      serve: (request) => {
        served = request;
        throw new AbortSignal('served');
      },
    });
    expect(served?.name).toBe('puma');
    expect(served?.stopLog?.map((line) => line.text).join('')).toBe(
      '- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: {time} ===\n- Goodbye!\nExiting\n',
    );
  });

  it('rake without a Rakefile aborts as rake does', () => {
    const fs = railsApp();
    shellRun('cd /app && bundle install', fs, gems, { env: RUBY_ENV });
    const result = shellRun('cd / && rake --version && rake', fs, gems, { env: RUBY_ENV });
    expect(result.stdout).toBe('rake, version 13.2.1\n');
    expect(result.stderr).toContain('rake aborted!\nNo Rakefile found');
  });
});

describe("a distribution's packaged ruby", () => {
  it("takes the release's Ruby and keeps gems in /var/lib/gems, executables in /usr/local/bin", () => {
    const fs = new OverlayFs([debianTree({ '/usr/bin/ruby': { blob: 14_000 } })]);
    expect(run(fs, ['ruby', '-v'], { RUBY_VERSION: '', GEM_HOME: '' }).stdout).toMatch(
      /^ruby 3\.3\.8 .*\[x86_64-linux\]\n$/,
    );
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin' };
    const result = runProgram(gemProgram(gems), ['gem', 'install', 'rackup'], fs, { env });
    expect(result.code).toBe(0);
    expect(walkFiles(fs, '/var/lib/gems/3.3.0/gems').length).toBeGreaterThan(0);
    expect(readText(fs, '/usr/local/bin/rackup')).toContain('#!/usr/bin/ruby\n');
  });
});
