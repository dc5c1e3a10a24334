// /bin, /sbin and /lib are real directories on Debian 11 (bullseye) images and links into /usr
// on Debian 12 and 13 and every Ubuntu image: what `ls -ld /bin` shows, where packages' files
// are (in the image, in dpkg's lists, and after an apt-get install in a container).
import { beforeAll, describe, expect, it } from 'vitest';
import { Terminal } from '../../runtime/testing/terminal';
import type { Catalog } from '../types';
import { buildCatalog } from '../world';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

const UNMERGED = [
  'debian:bullseye',
  'debian:bullseye-slim',
  'python:3.9-bullseye',
  'node:18-bullseye-slim',
];
const MERGED = [
  'debian:bookworm',
  'debian:trixie-slim',
  'ubuntu:20.04',
  'ubuntu:22.04',
  'ubuntu:24.04',
  'python:3.12-bookworm',
];

function terminal(refs: string[]): Terminal {
  const t = new Terminal(catalog);
  for (const ref of refs) expect(t.run(`docker pull -q ${ref}`).code, ref).toBe(0);
  return t;
}

/** The mode column and, for a link, its target: "drwxr-xr-x", "lrwxrwxrwx usr/bin". */
function kind(line: string): string {
  const words = line.trim().split(/\s+/);
  const arrow = words.indexOf('->');
  return [words[0], ...(arrow > 0 ? [words[arrow + 1]] : [])].join(' ');
}

describe('the /usr layout of Debian and Ubuntu based images', () => {
  it('has real /bin, /sbin, /lib and /lib64 directories on bullseye only', () => {
    const t = terminal([...UNMERGED, ...MERGED]);
    for (const ref of UNMERGED) {
      const lines = t.run(`docker run --rm ${ref} ls -ld /bin /sbin /lib /lib64`).out.split('\n');
      expect(lines.filter(Boolean).map(kind), ref).toEqual(Array(4).fill('drwxr-xr-x'));
    }
    for (const ref of MERGED) {
      const lines = t.run(`docker run --rm ${ref} ls -ld /bin /sbin /lib /lib64`).out.split('\n');
      expect(lines.filter(Boolean).map(kind), ref).toEqual([
        'lrwxrwxrwx usr/bin',
        'lrwxrwxrwx usr/lib',
        'lrwxrwxrwx usr/lib64',
        'lrwxrwxrwx usr/sbin',
      ]);
    }
  });

  it('puts bullseye packages files in /bin, /sbin and /lib, as dpkg lists them', () => {
    const t = terminal(['debian:bullseye-slim']);
    const r = t.run(
      "docker run --rm debian:bullseye-slim sh -c 'command -v ls; command -v sh; command -v ldconfig; readlink /bin/sh; test -e /usr/bin/sh || echo no /usr/bin/sh; test -e /lib64/ld-linux-x86-64.so.2 && echo loader; grep -x /bin/ls /var/lib/dpkg/info/coreutils.list; ls /lib/x86_64-linux-gnu/libc.so.6'",
    );
    expect(r.err).toBe('');
    expect(r.out).toBe(
      '/bin/ls\n/bin/sh\n/sbin/ldconfig\ndash\nno /usr/bin/sh\nloader\n/bin/ls\n/lib/x86_64-linux-gnu/libc.so.6\n',
    );
  });

  it('installs into /bin with apt-get in a bullseye container, into /usr/bin on bookworm', () => {
    const t = terminal(['debian:bullseye-slim', 'debian:bookworm-slim']);
    const install = 'apt-get update >/dev/null && apt-get install -y procps >/dev/null 2>&1';
    const bullseye = t.run(
      `docker run --rm debian:bullseye-slim sh -c '${install}; ls -l /bin/ps /usr/bin/ps'`,
    );
    expect(bullseye.out).toMatch(/^-rwxr-xr-x .* \/bin\/ps\n$/);
    expect(bullseye.err).toBe("ls: cannot access '/usr/bin/ps': No such file or directory\n");
    const bookworm = t.run(
      `docker run --rm debian:bookworm-slim sh -c '${install}; ls -l /usr/bin/ps'`,
    );
    expect(bookworm.out).toMatch(/^-rwxr-xr-x .* \/usr\/bin\/ps\n$/);
  });
});
