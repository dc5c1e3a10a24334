import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const pulled = busyboxTerminals();

function busybox(): Terminal {
  const t = pulled();
  t.run('docker run -d --name web busybox sleep 3600');
  return t;
}

function image(t: Terminal, ref: string) {
  const id = t.host.tags[ref];
  return id ? t.host.images[id] : undefined;
}

describe('docker commit', () => {
  it("makes a new image with the container's writable layer as one more layer", () => {
    const t = busybox();
    t.run("docker exec web sh -c 'echo hello > /tmp/test.txt'");
    const out = t.run('docker commit web snap').out;
    const base = image(t, 'busybox:latest')!;
    const snap = image(t, 'snap:latest')!;
    expect(out).toBe(`${snap.id}\n`);
    expect(snap.diffIds).toEqual([...base.diffIds, expect.stringMatching(/^sha256:/)]);
    expect(snap.parent).toBe(base.id);
    const top = t.host.layers[snap.diffIds[snap.diffIds.length - 1]!]!;
    expect(top.tree).toBe(t.container('web').upper);
    expect(t.run('docker run --rm snap cat /tmp/test.txt').out).toBe('hello\n');
  });

  it("records the container's command, the message and the author in the history row", () => {
    const t = busybox();
    t.run("docker exec web sh -c 'echo hello > /tmp/test.txt'");
    t.run(
      `docker commit -m 'add test file' -a 'Ada <ada@example.com>' -c 'CMD ["cat", "/tmp/test.txt"]' -c 'ENV MODE=prod' web snap:v2`,
    );
    const snap = image(t, 'snap:v2')!;
    expect(snap.history[snap.history.length - 1]).toMatchObject({
      created_by: 'sleep 3600',
      comment: 'add test file',
      author: 'Ada <ada@example.com>',
    });
    expect(snap.author).toBe('Ada <ada@example.com>');
    expect(snap.config.Cmd).toEqual(['cat', '/tmp/test.txt']);
    expect(snap.config.Env).toContain('MODE=prod');
    expect(t.run('docker run --rm snap:v2').out).toBe('hello\n');
  });

  it('leaves volume contents out of the committed layer', () => {
    const t = pulled();
    t.run('docker run -d --name vv -v data:/data busybox sleep 3600');
    t.run("docker exec vv sh -c 'echo secret > /data/in-volume && echo layer > /root/in-layer'");
    t.run('docker commit vv snap');
    expect(t.run('docker run --rm snap ls /data').out).toBe('');
    expect(t.run('docker run --rm snap cat /root/in-layer').out).toBe('layer\n');
  });

  it("refuses an unknown --change instruction in the daemon's words (runtime-commit-history)", () => {
    const t = busybox();
    expect(t.run("docker commit -c 'FOO bar' web snap")).toMatchObject({
      code: 1,
      err: 'Error response from daemon: foo is not a valid change command\n',
    });
    expect(t.run("docker commit -c 'RUN true' web snap").err).toBe(
      'Error response from daemon: run is not a valid change command\n',
    );
  });

  it('refuses an upper-case repository before asking the daemon', () => {
    const t = busybox();
    expect(t.run('docker commit nosuch BAD')).toEqual(
      expect.objectContaining({
        code: 1,
        err: 'invalid reference format: repository name (library/BAD) must be lowercase\n',
      }),
    );
  });
});

describe('docker cp', () => {
  it('copies a file out of a container into the host folder', () => {
    const t = busybox();
    expect(t.run('docker cp web:/etc/passwd ./passwd').code).toBe(0);
    expect(t.run('head -1 passwd').out).toBe('root:x:0:0:root:/root:/bin/sh\n');
    expect(t.run('stat -c %U passwd').out).toBe('learner\n');
  });

  it('copies host files into a container, where they show in docker diff', () => {
    const t = busybox();
    t.run("echo 'from the host' > host.txt");
    t.run('docker cp host.txt web:/tmp/');
    t.run('docker cp host.txt web:/tmp/renamed.txt');
    expect(t.run('docker exec web cat /tmp/renamed.txt').out).toBe('from the host\n');
    expect(t.run('docker diff web').out).toBe('C /tmp\nA /tmp/host.txt\nA /tmp/renamed.txt\n');
  });

  it('says what is missing on either side', () => {
    const t = busybox();
    expect(t.run('docker cp web:/nosuch ./x')).toMatchObject({
      code: 1,
      err: 'Error response from daemon: Could not find the file /nosuch in container web\n',
    });
    expect(t.run('docker cp nope.txt web:/tmp/')).toMatchObject({
      code: 1,
      err: 'lstat /home/learner/nope.txt: no such file or directory\n',
    });
  });
});
