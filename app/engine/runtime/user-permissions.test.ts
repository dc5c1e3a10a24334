// A container's non-root processes (`--user`, `exec -u`, an image's own user) meet the
// permissions of the image's files: BusyBox wording is recorded in runtime-perms-*.txt; these
// check the same paths on the Debian-based images (GNU coreutils, dash) and the node image.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { Terminal } from './testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function run(command: string): { out: string; err: string; code: number } {
  const t = new Terminal(catalog);
  t.run('docker pull -q debian:bookworm-slim');
  t.run('docker pull -q node:22-slim');
  return t.run(command);
}

describe('a non-root process in a Debian-based container', () => {
  it('is refused writes to root-owned directories, in GNU and dash words', () => {
    const r = run(
      "docker run --rm -u 1000 debian:bookworm-slim sh -c 'touch /etc/x; echo hi > /etc/y; mkdir -p /opt/a/b; ls /root; cat /etc/shadow'",
    );
    expect(r.err).toBe(
      "touch: cannot touch '/etc/x': Permission denied\n" +
        'sh: 1: cannot create /etc/y: Permission denied\n' +
        "mkdir: cannot create directory '/opt/a': Permission denied\n" +
        "ls: cannot open directory '/root': Permission denied\n" +
        'cat: /etc/shadow: Permission denied\n',
    );
    expect(r.code).toBe(1);
  });

  it('lets the node user write its own home, and not the global node_modules', () => {
    const r = run(
      'docker run --rm -u node node:22-slim sh -c \'cd && touch mine && ls -l mine | cut -d" " -f3,4; touch /usr/local/lib/node_modules/x\'',
    );
    expect(r.out).toBe('node node\n');
    expect(r.err).toBe("touch: cannot touch '/usr/local/lib/node_modules/x': Permission denied\n");
  });

  it('runs docker exec -u with the same checks, and root still may', () => {
    const t = new Terminal(catalog);
    t.run('docker pull -q debian:bookworm-slim');
    t.run('docker run -d --name box debian:bookworm-slim sleep 3600');
    expect(t.run('docker exec -u nobody box rm /etc/passwd').err).toBe(
      "rm: cannot remove '/etc/passwd': Permission denied\n",
    );
    expect(t.run('docker exec box touch /etc/x').code).toBe(0);
    expect(t.run('docker diff box').out).toBe('C /etc\nA /etc/x\n');
  });
});
