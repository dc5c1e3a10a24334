/**
 * RPM-based images through the build engine: an install lands in its layer with the rpm
 * database, and CentOS's end of life fails the build as it does today (the step's exit code
 * in BuildKit's words).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs } from '../../build/testing/build-in-session';
import { getAt } from '../../fs/tree';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const build = (dockerfile: string) => buildInSession(catalog, dockerfile, { idPrefix: 'rpm' });

describe('RPM images in a build', () => {
  it('rockylinux:9 + dnf install -y git: git and the rpm database change in the new layer', () => {
    const out = build('FROM rockylinux:9\nRUN dnf install -y git && dnf clean all\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toMatch(/#5 [\d.]+ Complete!/);
    const fs = imageFs(out);
    expect(fs.stat('/usr/bin/git').ok).toBe(true);
    const cache = fs.readdir('/var/cache/dnf');
    expect(cache.ok && cache.value).toEqual([]);
    // The step's own layer holds the rpm database it rewrote.
    const top = out.layers.find((l) => l.diffId === out.image?.diffIds.at(-1));
    expect(top && getAt(top.tree, ['var', 'lib', 'rpm', 'rpmdb.sqlite'])).toBeTruthy();
  });

  it('centos:7 + yum install fails: mirrorlist.centos.org no longer resolves', () => {
    const out = build('FROM centos:7\nRUN yum install -y git\n');
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain('Could not resolve host: mirrorlist.centos.org');
    expect(out.stderr).toContain('Cannot find a valid baseurl for repo: base/7/x86_64');
    expect(out.stderr).toContain(
      'ERROR: failed to solve: process "/bin/sh -c yum install -y git" did not complete successfully: exit code: 1',
    );
  });

  it('centos:8 + dnf install fails to download appstream metadata', () => {
    const out = build('FROM centos:8\nRUN dnf install -y git\n');
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain("Error: Failed to download metadata for repo 'appstream'");
    expect(out.stderr).toContain('did not complete successfully: exit code: 1');
  });

  it('without -y, the prompt reads no answer and the step fails', () => {
    const out = build('FROM fedora:42\nRUN dnf install git\n');
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain('Is this ok [y/N]: ');
    expect(out.stderr).toContain('Operation aborted.');
  });
});
