import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { OverlayFs } from '../../fs/overlay';
import { coreutils } from '../../shell';
import { readText } from '../common/fs-helpers';
import { curlWithKnownContent } from '../net/curl';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';
import { archiveEntries, knownArchive } from './known-archives';
import { knownContentResolver } from './known-content';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const NODE = 'https://nodejs.org/dist/v24.14.0/node-v24.14.0-linux-x64.tar.xz';

describe('known release archives', () => {
  it('recognises release tarballs by their file names', () => {
    expect(knownArchive(NODE)).toEqual({
      kind: 'node',
      version: '24.14.0',
      arch: 'x64',
      musl: false,
      top: 'node-v24.14.0-linux-x64',
    });
    expect(knownArchive('https://dl.google.com/go/go1.25.9.linux-amd64.tar.gz')).toEqual({
      kind: 'go',
      version: '1.25.9',
      arch: 'amd64',
    });
    expect(knownArchive('https://www.python.org/ftp/python/3.14.2/Python-3.14.2.tar.xz')).toEqual({
      kind: 'python-source',
      version: '3.14.2',
      top: 'Python-3.14.2',
    });
    expect(knownArchive('https://example.com/app.tar.gz')).toBeUndefined();
  });

  it("takes Node.js's files from the catalog's node image, without the image's own nodejs link", () => {
    const entries = archiveEntries(knownArchive(NODE)!, catalog, 'trixie');
    const top = entries?.[0];
    expect(top?.name).toBe('node-v24.14.0-linux-x64');
    const bin = top?.node.kind === 'dir' ? top.node.children.bin : undefined;
    expect(bin?.kind === 'dir' && Object.keys(bin.children).sort()).toEqual([
      'corepack',
      'node',
      'npm',
      'npx',
    ]);
  });

  it('curl -O and tar -xJf --strip-components=1 give the real layout under /usr/local', () => {
    const fs = new OverlayFs([
      ...(catalog.image('debian', 'trixie-slim')?.layers.map((l) => l.tree) ?? []),
      tree({ '/usr/bin/curl': { blob: 300_000 } }),
    ]);
    const result = shellRun(
      `cd /tmp && curl -fsSLO ${NODE} && tar -xJf node-v24.14.0-linux-x64.tar.xz -C /usr/local --strip-components=1 --no-same-owner && ls /usr/local/bin`,
      fs,
      catalog,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('corepack\nnode\nnpm\nnpx\n');
    expect(result.notes.join('\n')).toMatch(/holding Node\.js 24\.14\.0 as Layercake models it/);
    expect(coreutils('gnu').has('tar')).toBe(true);
  });

  it("unpacks Apache Maven's binary distribution, as an only-script mvnw downloads it", () => {
    const url =
      'https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.11/apache-maven-3.9.11-bin.tar.gz';
    expect(knownArchive(url)).toEqual({ kind: 'maven', version: '3.9.11' });
    const fs = new OverlayFs([
      ...(catalog.image('debian', 'trixie-slim')?.layers.map((l) => l.tree) ?? []),
      tree({ '/usr/bin/curl': { blob: 300_000 } }),
    ]);
    const result = shellRun(
      `cd /tmp && curl -fsSLO ${url} && tar -xzf apache-maven-3.9.11-bin.tar.gz && ls apache-maven-3.9.11/bin`,
      fs,
      catalog,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')).toContain('mvn');
  });

  it('lists the simulated checksum of a tarball in the SHASUMS256.txt it serves', () => {
    const curl = curlWithKnownContent(knownContentResolver(catalog, 'trixie'));
    const fs = new OverlayFs([tree({ '/tmp/': '', '/usr/bin/sha256sum': { blob: 50_000 } })]);
    runProgram(curl, ['curl', '-fsSLO', NODE], fs, { cwd: '/tmp' });
    runProgram(curl, ['curl', '-fsSLO', 'https://nodejs.org/dist/v24.14.0/SHASUMS256.txt'], fs, {
      cwd: '/tmp',
    });
    const listed = readText(fs, '/tmp/SHASUMS256.txt')
      ?.split('\n')
      .find((l) => l.endsWith(' node-v24.14.0-linux-x64.tar.xz'));
    const computed = shellRun('sha256sum node-v24.14.0-linux-x64.tar.xz', fs, catalog, {
      cwd: '/tmp',
    });
    expect(computed.stdout).toBe(`${listed}\n`);
  });
});
