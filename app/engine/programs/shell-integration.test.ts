import { describe, expect, it } from 'vitest';
import { diffLayer } from '../fs/diff';
import { coreutils, runShell } from '../shell';
import { packagePrograms } from './index';
import { debCatalog } from './testing/debs';
import { ROOT } from './testing/fake-io';
import { debianFs, debianTree } from './testing/images';

describe('package programs through the real shell', () => {
  it('apt-get update && apt-get install in one RUN leaves the package files and the lists in the layer', () => {
    const base = debianTree();
    const fs = debianFs();
    const programs = new Map([...coreutils('gnu'), ...packagePrograms(debCatalog, 'trixie')]);
    const result = runShell('apt-get update && apt-get install -y --no-install-recommends curl', {
      fs,
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
      cwd: '/',
      user: ROOT,
      userland: 'gnu',
      programs,
      now: Date.UTC(2026, 0, 15, 9),
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Setting up curl (8.14.1-2) ...\n');
    expect(result.durationMs).toBeGreaterThan(1000);
    const changed = diffLayer([base], fs.upper).map((c) => c.path);
    expect(changed).toContain('/usr/bin/curl');
    expect(changed).toContain(
      '/var/lib/apt/lists/deb.debian.org_debian_dists_trixie_main_binary-amd64_Packages.lz4',
    );
    expect(result.stderr).toBe(
      'debconf: delaying package configuration, since apt-utils is not installed\n',
    );
  });
});
