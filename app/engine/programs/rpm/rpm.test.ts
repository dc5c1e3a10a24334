import { describe, expect, it } from 'vitest';
import { measureLayer } from '../../catalog/images/layer';
import { buildCatalog } from '../../catalog/world';
import { OverlayFs } from '../../fs/overlay';
import { readText, writeText } from '../common/fs-helpers';
import { runProgram, type RunResult } from '../testing/fake-io';
import { rpmPrograms } from '.';

const catalog = buildCatalog();
const programs = new Map(rpmPrograms().flatMap(([names, run]) => names.map((n) => [n, run])));

function image(reference: string): OverlayFs {
  const [repo = '', tag = 'latest'] = reference.split(/:(?=[^/:]+$)/);
  const found = catalog.resolve?.(repo, tag);
  if (!found?.ok) throw new Error(`${reference} does not resolve`);
  return new OverlayFs(found.image.layers.map((l) => l.tree).reverse());
}

function run(fs: OverlayFs, line: string): RunResult {
  const argv = line.split(' ');
  const program = programs.get(argv[0] ?? '');
  if (!program) throw new Error(`no program ${argv[0]}`);
  return runProgram(program, argv, fs, { now: Date.UTC(2026, 10, 29, 18, 0, 0) });
}

describe('dnf', () => {
  it('installs git with its dependencies into the filesystem and the rpm database', () => {
    const fs = image('rockylinux:9');
    const result = run(fs, 'dnf install -y git');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Rocky Linux 9 - /m);
    expect(result.stdout).toContain('Installing dependencies:\n git-core ');
    expect(result.stdout).toMatch(
      /Transaction Summary\n=+\nInstall {2}\d+ Packages\n\nTotal download size: /,
    );
    expect(result.stdout).toMatch(/Installed:\n[\s\S]*\nComplete!\n$/);
    expect(fs.stat('/usr/bin/git').ok).toBe(true);
    expect(run(fs, 'rpm -q git').stdout).toBe(`git-2.47.3-1.el9_6.x86_64\n`);
    // The layer holds the packages, the metadata cache and a larger rpm database.
    const size = measureLayer(fs.upper).size;
    expect(size).toBeGreaterThan(40_000_000);
    expect(fs.stat('/var/lib/rpm/rpmdb.sqlite').ok).toBe(true);
  });

  it('a second run reads metadata from the cache, and clean all removes it', () => {
    const fs = image('almalinux:8');
    run(fs, 'dnf install -y make');
    const again = run(fs, 'dnf install -y which');
    expect(again.stdout).toMatch(/^Last metadata expiration check: /);
    const clean = run(fs, 'dnf clean all');
    expect(clean.stdout).toMatch(/^\d+ files removed\n$/);
    expect(fs.readdir('/var/cache/dnf').ok && fs.readdir('/var/cache/dnf')).toMatchObject({
      value: [],
    });
  });

  it('names a package no repository has and exits 1', () => {
    const result = run(image('fedora:43'), 'dnf install -y nosuchpkg');
    expect(result.stdout).toContain('No match for argument: nosuchpkg\n');
    expect(result.stderr).toBe('Error: Unable to find a match: nosuchpkg\n');
    expect(result.code).toBe(1);
  });

  it('without -y asks, reads no answer from a build and aborts', () => {
    const fs = image('amazonlinux:2023');
    const result = run(fs, 'dnf install jq');
    expect(result.stdout.endsWith('Is this ok [y/N]: ')).toBe(true);
    expect(result.stderr).toBe('Operation aborted.\n');
    expect(result.code).toBe(1);
    expect(fs.stat('/usr/bin/jq').ok).toBe(false);
  });

  it('on CentOS 8 fails to load metadata: mirrorlist.centos.org no longer resolves', () => {
    const result = run(image('centos:8'), 'yum install -y git');
    expect(result.stderr).toMatch(
      /^Errors during downloading metadata for repository 'appstream':\n[\s\S]*Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: Curl error \(6\)/,
    );
    expect(result.code).toBe(1);
    expect(result.notes.join(' ')).toContain('vault.centos.org');
  });
});

describe('yum 3', () => {
  it('on CentOS 7 cannot retrieve the mirrorlist and stops with its remedies', () => {
    const result = run(image('centos:7'), 'yum install -y git');
    expect(result.stdout).toBe(
      'Loaded plugins: fastestmirror, ovl\nDetermining fastest mirrors\nCould not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=container error was\n14: curl#6 - "Could not resolve host: mirrorlist.centos.org; Unknown error"\n',
    );
    expect(result.stderr).toContain(' One of the configured repositories failed (Unknown),\n');
    expect(result.stderr.endsWith('Cannot find a valid baseurl for repo: base/7/x86_64\n')).toBe(
      true,
    );
    expect(result.code).toBe(1);
  });

  it('installs from the vault once the repository file points there', () => {
    const fs = image('centos:7');
    const repo = readText(fs, '/etc/yum.repos.d/CentOS-Base.repo') ?? '';
    writeText(
      fs,
      '/etc/yum.repos.d/CentOS-Base.repo',
      repo
        .replace(/^mirrorlist=/gm, '#mirrorlist=')
        .replace(/^#baseurl=http:\/\/mirror\./gm, 'baseurl=http://vault.'),
    );
    const result = run(fs, 'yum install -y git');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '---> Package git.x86_64 0:1.8.3.1-25.el7_9 will be installed\n',
    );
    expect(result.stdout).toMatch(/Install {2}1 Package \(\+\d+ Dependent packages\)/);
    expect(run(fs, 'rpm -q git').stdout).toBe('git-1.8.3.1-25.el7_9.x86_64\n');
  });

  it('says a package is not available and that there is nothing to do', () => {
    const result = run(image('amazonlinux:2'), 'yum install -y nosuchpkg');
    expect(result.stdout).toContain('No package nosuchpkg available.\n');
    expect(result.stderr).toBe('Error: Nothing to do\n');
    expect(result.code).toBe(1);
  });
});

describe('microdnf', () => {
  it('installs without asking on ubi-minimal', () => {
    const fs = image('registry.access.redhat.com/ubi9/ubi-minimal:latest');
    const result = run(fs, 'microdnf install -y tar');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Installing: tar;1.34-7.el9;x86_64;ubi-9-baseos-rpms\n');
    expect(result.stdout.endsWith('Complete.\n')).toBe(true);
  });

  it('knows what oraclelinux:9-slim (the mysql base) has installed', () => {
    const fs = image('oraclelinux:9-slim');
    expect(run(fs, 'rpm -q bash').code).toBe(0);
    expect(run(fs, 'microdnf install nosuchpkg').stderr).toBe(
      "error: No package matches 'nosuchpkg'\n",
    );
  });
});
