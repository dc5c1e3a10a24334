import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { exists, readText, writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { BUILD_TOOLS, gems, officialRubyFs, RUBY_ENV } from '../testing/rubies';
import { shellRun } from '../testing/shell';
import { bundleProgram } from './bundle';

const bundle = bundleProgram(gems);
const run = (fs: OverlayFs, line: string, env: Record<string, string> = {}) =>
  runProgram(bundle, line.split(' '), fs, { env: { ...RUBY_ENV, ...env }, cwd: '/app' });

function app(gemfile: string, extra = BUILD_TOOLS): OverlayFs {
  const fs = officialRubyFs(extra);
  writeText(fs, '/app/Gemfile', `source "https://rubygems.org"\n\n${gemfile}`);
  return fs;
}

const SINATRA_LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    base64 (0.2.0)
    logger (1.6.4)
    mustermann (3.0.3)
      ruby2_keywords (~> 0.0.1)
    nokogiri (1.18.1-x86_64-linux-gnu)
      racc (~> 1.4)
    racc (1.8.1)
    rack (3.1.8)
    rack-protection (4.1.1)
      base64 (>= 0.1.0)
      logger (>= 1.6.0)
      rack (>= 3.0.0, < 4)
    rack-session (2.0.0)
      rack (>= 3.0.0)
    ruby2_keywords (0.0.5)
    sinatra (4.1.1)
      logger (>= 1.6.0)
      mustermann (~> 3.0)
      rack (>= 3.0.0, < 4)
      rack-protection (= 4.1.1)
      rack-session (>= 2.0.0, < 3)
      tilt (~> 2.0)
    tilt (2.5.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  nokogiri
  sinatra

BUNDLED WITH
   2.6.2
`;

describe('bundle install', () => {
  it('resolves a Gemfile without a lockfile, installs into GEM_HOME and writes Gemfile.lock', () => {
    const fs = app('gem "sinatra"\ngem "puma"\n');
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Fetching gem metadata from https:\/\/rubygems\.org\/\.+\nResolving dependencies\.\.\.\n/,
    );
    expect(result.stdout).toContain('Fetching rack 3.2.4\nInstalling rack 3.2.4\n');
    expect(result.stdout).toContain('Installing puma 7.1.0 with native extensions\n');
    expect(result.stdout).toMatch(
      /Bundle complete! 2 Gemfile dependencies, 12 gems now installed\.\nUse `bundle info \[gemname\]` to see where a bundled gem is installed\.\n$/,
    );
    expect(exists(fs, '/usr/local/bundle/gems/sinatra-4.2.1/lib/sinatra.rb')).toBe(true);
    expect(exists(fs, '/usr/local/bundle/specifications/rack-3.2.4.gemspec')).toBe(true);
    expect(exists(fs, '/usr/local/bundle/cache/rack-3.2.4.gem')).toBe(true);
    expect(
      exists(fs, '/usr/local/bundle/extensions/x86_64-linux/3.4.0/puma-7.1.0/gem.build_complete'),
    ).toBe(true);
    expect(readText(fs, '/usr/local/bundle/bin/puma')).toContain(
      "load Gem.activate_bin_path('puma', 'puma', version)",
    );
    const lock = readText(fs, '/app/Gemfile.lock') ?? '';
    expect(lock).toContain('    sinatra (4.2.1)\n      logger (>= 1.6.0)\n');
    expect(lock).toContain('DEPENDENCIES\n  puma\n  sinatra\n');
    expect(lock).toMatch(/BUNDLED WITH\n {3}2\.6\.2\n$/);
  });

  it('installs the locked versions and platform gems, and uses default gems Ruby ships', () => {
    const fs = app('gem "sinatra"\ngem "nokogiri"\n');
    writeText(fs, '/app/Gemfile.lock', SINATRA_LOCK);
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Resolving dependencies');
    expect(result.stdout).toContain('Installing sinatra 4.1.1\n');
    expect(result.stdout).toContain('Installing nokogiri 1.18.1 (x86_64-linux-gnu)\n');
    expect(result.stdout).toContain('Using logger 1.6.4\n');
    expect(result.stdout).toContain('Installing racc 1.8.1 with native extensions\n');
    expect(
      exists(fs, '/usr/local/bundle/gems/nokogiri-1.18.1-x86_64-linux-gnu/lib/nokogiri.rb'),
    ).toBe(true);
    expect(readText(fs, '/app/Gemfile.lock')).toBe(SINATRA_LOCK);
    expect(result.notes.join(' ')).toMatch(
      /base64 0\.2\.0, mustermann 3\.0\.3, .*modelled with the files/,
    );
  });

  it('in deployment mode with a path installs under <path>/ruby/<abi>, leaves out groups and says so', () => {
    const fs = app('gem "rack"\ngroup :development do\n  gem "debug"\nend\n');
    writeText(
      fs,
      '/app/Gemfile.lock',
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    debug (1.10.0)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  debug\n  rack\n\nBUNDLED WITH\n   2.6.2\n',
    );
    const env = {
      BUNDLE_DEPLOYMENT: '1',
      BUNDLE_PATH: '/usr/local/bundle',
      BUNDLE_WITHOUT: 'development',
    };
    const result = run(fs, 'bundle install', env);
    expect(result.code).toBe(0);
    expect(exists(fs, '/usr/local/bundle/ruby/3.4.0/gems/rack-3.1.8/lib/rack.rb')).toBe(true);
    expect(exists(fs, '/usr/local/bundle/ruby/3.4.0/gems/debug-1.10.0')).toBe(false);
    expect(result.stdout).toMatch(
      /Bundle complete! 2 Gemfile dependencies, 2 gems now installed\.\nGems in the group 'development' were not installed\.\nBundled gems are installed into `\/usr\/local\/bundle`\n$/,
    );
  });

  it('refuses a Gemfile that no longer matches the lockfile in frozen mode', () => {
    const fs = app('gem "sinatra"\ngem "nokogiri"\ngem "puma"\n');
    writeText(fs, '/app/Gemfile.lock', SINATRA_LOCK);
    const result = run(fs, 'bundle install', { BUNDLE_DEPLOYMENT: 'true' });
    expect(result.code).toBe(16);
    expect(result.stderr).toBe(
      "The dependencies in your gemfile changed, but the lockfile can't be updated because frozen mode is set\n\nYou have added to the Gemfile:\n* puma\n\nRun `bundle install` elsewhere and add the updated Gemfile.lock to version control.\nIf this is a development machine, remove the Gemfile freeze by running `bundle config set frozen false`.\n",
    );
  });

  it('stops when pg cannot find libpq-fe.h, as Bundler stops on a failed native extension', () => {
    const fs = app('gem "pg"\n');
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(5);
    expect(result.stdout).toContain('Installing pg 1.6.2 with native extensions\n');
    expect(result.stderr).toContain(
      'Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n',
    );
    expect(result.stderr).toContain(
      "checking for libpq-fe.h... no\nCan't find the 'libpq-fe.h header\n*** extconf.rb failed ***\n",
    );
    expect(result.stderr).toMatch(
      /An error occurred while installing pg \(1\.6\.2\), and Bundler cannot continue\.\n\nIn Gemfile:\n {2}pg\n$/,
    );
    expect(exists(fs, '/app/Gemfile.lock')).toBe(false);
  });

  it('builds pg once libpq-dev has put its headers in place', () => {
    const fs = app('gem "pg"\n', { ...BUILD_TOOLS, '/usr/include/postgresql/libpq-fe.h': 'x' });
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Installing pg 1.6.2 with native extensions\n');
  });

  it('needs a compiler for any C extension: mkmf asks for development tools', () => {
    const fs = app('gem "bcrypt"\n', {});
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(
      'The compiler failed to generate an executable file. (RuntimeError)\nYou have to install development tools first.\n',
    );
  });

  it('installs a gem the catalog does not know as a plausible stand-in, with a note', () => {
    const fs = app('gem "web-console", "~> 4.2"\n');
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Installing web-console 4.2');
    expect(readText(fs, '/app/Gemfile.lock')).toMatch(/^ {4}web-console \(4\.2(\.0)?\)$/m);
    expect(result.notes.join('\n')).toContain('does not know web-console');
  });

  it('list prints the loaded gems by name, Bundler included, once they are installed', () => {
    const fs = app('gem "sinatra"\ngem "nokogiri"\n');
    writeText(fs, '/app/Gemfile.lock', SINATRA_LOCK);
    expect(run(fs, 'bundle list').code).toBe(7);
    run(fs, 'bundle install');
    const result = run(fs, 'bundle list');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Gems included by the bundle:\n' +
        [
          'base64 (0.2.0)',
          'bundler (2.6.2)',
          'logger (1.6.4)',
          'mustermann (3.0.3)',
          'nokogiri (1.18.1)',
          'racc (1.8.1)',
          'rack (3.1.8)',
          'rack-protection (4.1.1)',
          'rack-session (2.0.0)',
          'ruby2_keywords (0.0.5)',
          'sinatra (4.1.1)',
          'tilt (2.5.0)',
        ]
          .map((gem) => `  * ${gem}\n`)
          .join('') +
        'Use `bundle info` to print more detailed information about a gem\n',
    );
    expect(run(fs, 'bundle list --name-only').stdout).toMatch(/^base64\nbundler\nlogger\n/);
  });

  it('says it could not locate a Gemfile', () => {
    const fs = officialRubyFs();
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(10);
    expect(result.stderr).toBe('Could not locate Gemfile\n');
  });

  it('warns about running as root unless BUNDLE_SILENCE_ROOT_WARNING is set', () => {
    const fs = app('gem "rack"\n');
    const noisy = run(fs, 'bundle install', { BUNDLE_SILENCE_ROOT_WARNING: '' });
    expect(noisy.stderr).toContain("Don't run Bundler as root.");
    expect(run(fs, 'bundle install').stderr).toBe('');
  });
});

describe('bundle config, exec and version', () => {
  it('config set --local writes BUNDLE_APP_CONFIG/config, joining list values with colons', () => {
    const fs = app('gem "rack"\n');
    expect(run(fs, 'bundle config set --local without development test').code).toBe(0);
    expect(run(fs, 'bundle config set --local deployment true').code).toBe(0);
    expect(readText(fs, '/usr/local/bundle/config')).toBe(
      '---\nBUNDLE_WITHOUT: "development:test"\nBUNDLE_DEPLOYMENT: "true"\n',
    );
    const replaced = run(fs, 'bundle config set --local without test');
    expect(replaced.stdout).toBe(
      'You are replacing the current local value of without, which is currently "development:test"\n',
    );
  });

  it('config set without --local writes the global ~/.bundle/config; the old form warns', () => {
    const fs = app('gem "rack"\n');
    run(fs, 'bundle config set path vendor/bundle', { BUNDLE_APP_CONFIG: '' });
    expect(readText(fs, '/root/.bundle/config')).toBe('---\nBUNDLE_PATH: "vendor/bundle"\n');
    const old = run(fs, 'bundle config jobs 4');
    expect(old.stderr).toMatch(/^\[DEPRECATED\] Using the `config` command without a subcommand/);
  });

  it('--version prints the Bundler the image has', () => {
    expect(run(officialRubyFs(), 'bundle --version').stdout).toBe('Bundler version 2.6.2\n');
  });

  it('exec runs a gem executable with the bundle on PATH, and refuses an uninstalled bundle', () => {
    const fs = app('gem "puma"\n');
    writeText(
      fs,
      '/app/Gemfile.lock',
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    nio4r (2.7.4)\n    puma (6.5.0)\n      nio4r (~> 2.0)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  puma\n\nBUNDLED WITH\n   2.6.2\n',
    );
    const before = shellRun('cd /app && bundle exec puma', fs, gems, { env: RUBY_ENV });
    expect(before.exitCode).toBe(7);
    expect(before.stderr).toContain(
      'Could not find puma-6.5.0, nio4r-2.7.4 in locally installed gems\nRun `bundle install` to install missing gems.\n',
    );
    const after = shellRun('cd /app && bundle install >/dev/null && bundle exec puma', fs, gems, {
      env: RUBY_ENV,
    });
    expect(after.exitCode).toBe(0);
    expect(after.stdout).toContain('* Puma version: 6.5.0 ("Sky\'s Version")\n');
    const missing = shellRun('cd /app && bundle exec nope', fs, gems, { env: RUBY_ENV });
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toBe(
      'bundler: command not found: nope\nInstall missing gem executables with `bundle install`\n',
    );
  });
});

describe('lockfile platforms', () => {
  const DARWIN_LOCK =
    'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n\nPLATFORMS\n  arm64-darwin-24\n\nDEPENDENCIES\n  rack\n\nBUNDLED WITH\n   2.6.2\n';

  it('refuses, in deployment mode, a lockfile made on a Mac that lacks this platform', () => {
    const fs = app('gem "rack"\n');
    writeText(fs, '/app/Gemfile.lock', DARWIN_LOCK);
    const result = run(fs, 'bundle install', { BUNDLE_DEPLOYMENT: '1' });
    expect(result.code).toBe(16);
    expect(result.stderr).toBe(
      'Your bundle only supports platforms ["arm64-darwin-24"] but your local platform is x86_64-linux. Add the current platform to the lockfile with\n`bundle lock --add-platform x86_64-linux` and try again.\n',
    );
  });

  it('bundle lock --add-platform adds it, after which the frozen install goes through', () => {
    const fs = app('gem "rack"\n');
    writeText(fs, '/app/Gemfile.lock', DARWIN_LOCK);
    expect(run(fs, 'bundle lock --add-platform x86_64-linux').stdout).toContain(
      'Writing lockfile to /app/Gemfile.lock\n',
    );
    expect(readText(fs, '/app/Gemfile.lock')).toContain(
      'PLATFORMS\n  arm64-darwin-24\n  x86_64-linux\n',
    );
    expect(run(fs, 'bundle install', { BUNDLE_DEPLOYMENT: '1' }).code).toBe(0);
  });
});

describe('bundle config listing', () => {
  it('lists each setting with where it comes from, booleans as Bundler shows them', () => {
    const fs = app('gem "rack"\n');
    run(fs, 'bundle config set --local without development');
    const result = run(fs, 'bundle config');
    expect(result.stdout).toContain(
      'silence_root_warning\nSet via BUNDLE_SILENCE_ROOT_WARNING: true\n\n',
    );
    expect(result.stdout).toContain(
      'without\nSet for your local app (/usr/local/bundle/config): "development"\n\n',
    );
  });
});

describe('the locked Bundler version', () => {
  it('installs the Bundler that BUNDLED WITH names and restarts with it, once', () => {
    const fs = app('gem "rack"\n');
    writeText(
      fs,
      '/app/Gemfile.lock',
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  rack\n\nBUNDLED WITH\n   2.7.2\n',
    );
    const first = run(fs, 'bundle install');
    expect(first.stdout).toMatch(
      /^Bundler 2\.6\.2 is running, but your lockfile was generated with 2\.7\.2\. Installing Bundler 2\.7\.2 and restarting using that version\.\nFetching gem metadata from https:\/\/rubygems\.org\/\.\nFetching bundler 2\.7\.2\nInstalling bundler 2\.7\.2\n/,
    );
    expect(first.stdout).toContain('Using bundler 2.7.2\n');
    expect(exists(fs, '/usr/local/bundle/gems/bundler-2.7.2/exe/bundle')).toBe(true);
    const again = run(fs, 'bundle install');
    expect(again.stdout).not.toContain('is running, but');
    expect(again.stdout).toContain('Using bundler 2.7.2\n');
  });
});

describe('the Ruby a Gemfile asks for', () => {
  it('refuses another Ruby than `ruby "..."` names, and accepts a requirement this one meets', () => {
    const wrong = run(app('ruby "3.3.6"\ngem "rack"\n'), 'bundle install');
    expect(wrong.code).toBe(18);
    expect(wrong.stderr).toBe('Your Ruby version is 3.4.1, but your Gemfile specified 3.3.6\n');
    const fs = app('ruby "~> 3.4"\ngem "rack"\n');
    expect(run(fs, 'bundle install').code).toBe(0);
    expect(readText(fs, '/app/Gemfile.lock')).toContain('RUBY VERSION\n   ruby 3.4.1\n');
  });

  it('reads the version from .ruby-version with `ruby file:`', () => {
    const fs = app('ruby file: ".ruby-version"\ngem "rack"\n');
    writeText(fs, '/app/.ruby-version', 'ruby-3.4.0\n');
    expect(run(fs, 'bundle install').stderr).toBe(
      'Your Ruby version is 3.4.1, but your Gemfile specified 3.4.0\n',
    );
  });
});

describe('gems the catalog does not know', () => {
  it('installs a gem a lockfile names as a plausible stand-in, with a note', () => {
    const fs = app('gem "made-up-gem"\n');
    writeText(
      fs,
      '/app/Gemfile.lock',
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    made-up-gem (1.2.3)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  made-up-gem\n\nBUNDLED WITH\n   2.6.2\n',
    );
    const result = run(fs, 'bundle install');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Installing made-up-gem 1.2.3\n');
    expect(exists(fs, '/usr/local/bundle/specifications/made-up-gem-1.2.3.gemspec')).toBe(true);
    expect(result.notes.join(' ')).toContain('does not know made-up-gem');
  });
});
