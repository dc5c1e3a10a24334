import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { Terminal } from './testing/terminal';
import { fixtureSteps } from './testing/fixtures';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const COWBASE =
  'mkdir cow && printf \'FROM busybox\\nRUN mkdir -p /data/dir/sub /srv/old && echo one > /data/a.txt && echo two > /data/b.txt && echo x > /data/dir/sub/x.txt && echo y > /data/dir/y.txt && echo old > /srv/old/o.txt\\nCMD ["sleep", "3600"]\\n\' > cow/Dockerfile';

/** A terminal with the cow-op fixtures' image built and one container from it. */
function cowContainer(name: string): Terminal {
  const t = new Terminal(catalog);
  t.run(COWBASE);
  const built = t.run('docker build -q -t cowbase cow');
  expect(built.err + built.out).toMatch(/^sha256:/);
  expect(t.run(`docker run -d --name ${name} cowbase`).code).toBe(0);
  return t;
}

/** The `docker diff` Docker printed in a cow-op fixture (its lines, order aside). */
function recordedDiff(fixture: string): string[] {
  const step = fixtureSteps(fixture).find((s) => s.command.startsWith('docker diff'));
  return (step?.stdout ?? '').split('\n').filter(Boolean).sort();
}

function events(t: Terminal, line: string) {
  return t.run(line).events.filter((e) => 'where' in e && e.where.kind === 'container');
}

describe('copy-on-write in a container', () => {
  const cases: [string, string][] = [
    ['cow-op-append', "sh -c 'echo more >> /data/a.txt'"],
    ['cow-op-chmod', "sh -c 'chmod 600 /data/a.txt'"],
    ['cow-op-touch', "sh -c 'touch /data/a.txt'"],
    ['cow-op-rm', "sh -c 'rm /data/a.txt'"],
    ['cow-op-rm-dir', "sh -c 'rm -rf /data/dir'"],
    [
      'cow-op-opaque',
      "sh -c 'rm -rf /data/dir && mkdir /data/dir && echo new > /data/dir/new.txt'",
    ],
    ['cow-op-create-delete', "sh -c 'echo temp > /tmp/gone && rm /tmp/gone'"],
    ['cow-op-create', "sh -c 'echo hello > /tmp/test.txt'"],
    ['cow-op-mkdir-p', "sh -c 'mkdir -p /a/b/c && touch /a/b/c/f'"],
    ['cow-op-mv', "sh -c 'mv /data/b.txt /data/b2.txt'"],
    ['cow-op-mv-dir', "sh -c 'mv /srv/old /srv/new'"],
    ['cow-op-ln-s', "sh -c 'ln -s /data/a.txt /data/link'"],
    ['cow-op-rm-recreate-file', "sh -c 'rm /data/a.txt && echo again > /data/a.txt'"],
  ];
  for (const [fixture, command] of cases) {
    it(`shows in docker diff what Docker showed for ${fixture.replace('cow-op-', '')}`, () => {
      const t = cowContainer('cc');
      expect(t.run(`docker exec cc ${command}`).code).toBe(0);
      const diff = t.run('docker diff cc').out.split('\n').filter(Boolean).sort();
      expect(diff).toEqual(recordedDiff(fixture));
    });
  }

  it('copies the whole file up on an append, a chmod and a touch', () => {
    const t = cowContainer('cc');
    for (const command of [
      "sh -c 'echo more >> /data/a.txt'",
      'chmod 600 /data/b.txt',
      'touch /srv/old/o.txt',
    ]) {
      const copied = events(t, `docker exec cc ${command}`).filter(
        (e) => e.type === 'file-copied-up',
      );
      expect(copied).toHaveLength(1);
    }
  });

  it('leaves a whiteout when a file of the image is removed', () => {
    const t = cowContainer('cc');
    const placed = events(t, 'docker exec cc rm /data/a.txt');
    expect(placed).toContainEqual(
      expect.objectContaining({ type: 'whiteout-created', path: '/data/a.txt' }),
    );
    expect(t.run('docker exec cc cat /data/a.txt').err).toBe(
      "cat: can't open '/data/a.txt': No such file or directory\n",
    );
  });

  it('makes a directory opaque when it is removed and created again', () => {
    const t = cowContainer('cc');
    const placed = events(t, "docker exec cc sh -c 'rm -rf /data/dir && mkdir /data/dir'");
    expect(placed).toContainEqual(
      expect.objectContaining({ type: 'opaque-dir-created', path: '/data/dir' }),
    );
    expect(t.run('docker exec cc ls /data/dir').out).toBe('');
  });

  it('leaves nothing behind for a file created and deleted in the container', () => {
    const t = cowContainer('cc');
    t.run("docker exec cc sh -c 'echo temp > /tmp/gone && rm /tmp/gone'");
    expect(t.run('docker diff cc').out).toBe('');
    expect(t.run("docker ps -s --format '{{.Size}}'").out).toMatch(/^0B \(virtual /);
  });

  it('keeps the writable layer across stop and start, and deletes it with rm', () => {
    const t = cowContainer('cc');
    t.run("docker exec cc sh -c 'echo hello > /tmp/test.txt'");
    t.run('docker stop -t 1 cc');
    expect(t.run('docker diff cc').out).toBe('C /tmp\nA /tmp/test.txt\n');
    t.run('docker start cc');
    expect(t.run('docker exec cc cat /tmp/test.txt').out).toBe('hello\n');
    t.run('docker rm -f cc');
    expect(t.run('docker diff cc')).toMatchObject({
      code: 1,
      err: 'Error response from daemon: No such container: cc\n',
    });
    t.run('docker run -d --name cc cowbase');
    expect(t.run('docker exec cc cat /tmp/test.txt').code).toBe(1);
  });

  it('does not show one container the writes of another from the same image', () => {
    const t = cowContainer('one');
    t.run('docker run -d --name two cowbase');
    t.run("docker exec one sh -c 'echo mine > /data/a.txt'");
    expect(t.run('docker exec one cat /data/a.txt').out).toBe('mine\n');
    expect(t.run('docker exec two cat /data/a.txt').out).toBe('one\n');
    expect(t.run('docker diff two').out).toBe('');
  });
});
