import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { exists } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { BUILD_TOOLS, gems, officialRubyFs, RUBY_ENV } from '../testing/rubies';
import { gemProgram } from './gem';

const gem = gemProgram(gems);
const run = (fs: OverlayFs, line: string, env: Record<string, string> = {}) =>
  runProgram(gem, line.split(' '), fs, { env: { ...RUBY_ENV, ...env }, cwd: '/' });

describe('gem', () => {
  it("--version prints the RubyGems that ships with the image's Bundler", () => {
    expect(run(officialRubyFs(), 'gem --version').stdout).toBe('3.6.2\n');
  });

  it('install fetches a gem and its dependencies first, into GEM_HOME, without docs per gemrc', () => {
    const fs = officialRubyFs();
    const result = run(fs, 'gem install rack-session');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Fetching base64-0.3.0.gem\nFetching rack-3.2.4.gem\nFetching rack-session-2.1.1.gem\nSuccessfully installed base64-0.3.0\nSuccessfully installed rack-3.2.4\nSuccessfully installed rack-session-2.1.1\n3 gems installed\n',
    );
    expect(exists(fs, '/usr/local/bundle/gems/rack-3.2.4/lib/rack.rb')).toBe(true);
    expect(exists(fs, '/usr/local/bundle/specifications/rack-session-2.1.1.gemspec')).toBe(true);
  });

  it('install -v installs the asked version and NAME:VERSION pins too', () => {
    const fs = officialRubyFs();
    expect(run(fs, 'gem install bundler -v 2.6.2').stdout).toContain(
      'Successfully installed bundler-2.6.2\n',
    );
    expect(run(fs, 'gem install rake:13.2.1').stdout).toContain(
      'Successfully installed rake-13.2.1\n',
    );
    expect(exists(fs, '/usr/local/bundle/bin/bundle')).toBe(true);
  });

  it('prints documentation lines when gemrc does not say --no-document', () => {
    const fs = officialRubyFs({ '/usr/local/etc/gemrc': '' });
    expect(run(fs, 'gem install tilt').stdout).toContain(
      'Parsing documentation for tilt-2.6.1\nInstalling ri documentation for tilt-2.6.1\n',
    );
  });

  it('compiles C extensions with build tools and fails without them', () => {
    const withTools = run(officialRubyFs(BUILD_TOOLS), 'gem install bcrypt');
    expect(withTools.stdout).toContain(
      'Building native extensions. This could take a while...\nSuccessfully installed bcrypt-3.1.20\n',
    );
    const without = run(officialRubyFs(), 'gem install bcrypt');
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(
      /^ERROR: {2}Error installing bcrypt:\n\tERROR: Failed to build gem native extension\.\n/,
    );
  });

  it('says no gem by that name exists', () => {
    const result = run(officialRubyFs(), 'gem install no-such-gem-xyz');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "ERROR:  Could not find a valid gem 'no-such-gem-xyz' (>= 0) in any repository\n",
    );
  });

  it('list shows installed gems next to the default gems of Ruby', () => {
    const fs = officialRubyFs();
    run(fs, 'gem install logger');
    const result = run(fs, 'gem list');
    expect(result.stdout).toMatch(/^\n\*\*\* LOCAL GEMS \*\*\*\n\n/);
    expect(result.stdout).toContain('bundler (default: 2.6.2)\n');
    expect(result.stdout).toContain('logger (1.7.0, default: 1.6.4)\n');
  });

  it('env names GEM_HOME as the installation directory', () => {
    const result = run(officialRubyFs(), 'gem env');
    expect(result.stdout).toContain('  - INSTALLATION DIRECTORY: /usr/local/bundle\n');
    expect(result.stdout).toContain('     - "install" => "--no-document"\n');
    expect(run(officialRubyFs(), 'gem env home').stdout).toBe('/usr/local/bundle\n');
  });
});
