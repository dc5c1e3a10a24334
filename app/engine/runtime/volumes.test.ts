import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';
import { fixtureSteps } from './testing/fixtures';

const busybox = busyboxTerminals();

function volumes(t: Terminal): string[] {
  return t.run('docker volume ls -q').out.split('\n').filter(Boolean);
}

describe('volumes', () => {
  it('lists, creates and inspects a named volume as the daemon does', () => {
    const t = busybox();
    const steps = fixtureSteps('volumes-basics');
    expect(t.run('docker volume create data').out).toBe('data\n');
    expect(t.run('docker volume ls').out).toBe(steps[1]!.stdout);
    const inspect = t.run('docker volume inspect data').out;
    const recorded = steps[2]!.stdout.replace('/tmp/d-rec/data', '/var/lib/docker');
    expect(inspect.replace(/"CreatedAt": "[^"]+"/, '')).toBe(
      recorded.replace(/"CreatedAt": "[^"]+"/, ''),
    );
  });

  it('keeps writes under a volume out of the writable layer, and the volume outlives the container', () => {
    const t = busybox();
    t.run('docker run -d --name v1 -v data:/data busybox sleep 3600');
    t.run("docker exec v1 sh -c 'echo kept > /data/f.txt && echo lost > /tmp/g.txt'");
    expect(t.run('docker diff v1').out).toBe('A /data\nC /tmp\nA /tmp/g.txt\n');
    t.run('docker rm -f v1');
    expect(t.run('docker run --rm -v data:/data busybox cat /data/f.txt').out).toBe('kept\n');
  });

  it('refuses to remove a volume a container uses, even a stopped one', () => {
    const t = busybox();
    t.run('docker volume create data');
    t.run('docker create --name holder -v data:/data busybox');
    const id = t.container('holder').id;
    expect(t.run('docker volume rm data')).toMatchObject({
      code: 1,
      err: `Error response from daemon: remove data: volume is in use - [${id}]\n`,
    });
    expect(t.run('docker volume rm nosuch').err).toBe(
      'Error response from daemon: get nosuch: no such volume\n',
    );
    t.run('docker rm holder');
    expect(t.run('docker volume rm data')).toMatchObject({ code: 0, out: 'data\n' });
  });

  it("shares a volume between two containers, each seeing the other's writes", () => {
    const t = busybox();
    t.run('docker run -d --name one -v shared:/shared busybox sleep 3600');
    t.run('docker run -d --name two -v shared:/shared busybox sleep 3600');
    t.run("docker exec one sh -c 'echo from-one > /shared/note'");
    expect(t.run('docker exec two cat /shared/note').out).toBe('from-one\n');
    t.run("docker exec two sh -c 'echo from-two >> /shared/note'");
    expect(t.run('docker exec one cat /shared/note').out).toBe('from-one\nfrom-two\n');
  });

  it('gives -v /path an anonymous volume that rm -v removes and plain rm keeps', () => {
    const t = busybox();
    t.run('docker run -d --name anon -v /data busybox sleep 3600');
    const [anonymous] = volumes(t);
    expect(anonymous).toMatch(/^[0-9a-f]{64}$/);
    expect(t.run("docker inspect --format '{{json .Mounts}}' anon").out).toBe(
      `[{"Type":"volume","Name":"${anonymous}","Source":"/var/lib/docker/volumes/${anonymous}/_data","Destination":"/data","Driver":"local","Mode":"","RW":true,"Propagation":""}]\n`,
    );
    t.run('docker rm -f -v anon');
    expect(volumes(t)).toEqual([]);
    t.run('docker run -d --name anon2 -v /data busybox sleep 3600');
    t.run('docker rm -f anon2');
    expect(volumes(t)).toHaveLength(1);
    t.run('docker run --rm -v /gone busybox true');
    expect(volumes(t)).toHaveLength(1);
  });

  it('fills a new empty volume with the image content at its mount point, as a copy', () => {
    const t = busybox();
    const listed = t.run('docker run --rm -v etcvol:/etc busybox ls /etc').out;
    expect(listed).toContain('passwd\n');
    t.run("docker run --rm -v etcvol:/etc busybox sh -c 'echo mine > /etc/mine.txt'");
    expect(t.run('docker run --rm -v etcvol:/var/www busybox ls /var/www').out).toContain(
      'mine.txt\n',
    );
    expect(t.run('docker run --rm busybox ls /etc').out).not.toContain('mine.txt');
    expect(t.run('docker run --rm -v emptyvol:/var/www busybox ls -a /var/www').out).toBe(
      '.\n..\n',
    );
  });

  it("creates an anonymous volume for the image's VOLUME, pre-filled, out of docker diff", () => {
    const t = busybox();
    t.run(
      'mkdir volimg && printf \'FROM busybox\\nRUN mkdir /data && echo seed > /data/seed.txt\\nVOLUME /data\\nCMD ["ls", "/data"]\\n\' > volimg/Dockerfile',
    );
    t.run('docker build -q -t volimg volimg');
    expect(t.run('docker run --name vi1 volimg').out).toBe('seed.txt\n');
    expect(volumes(t)).toHaveLength(1);
    t.run('docker run -d --name vi2 volimg sleep 3600');
    t.run("docker exec vi2 sh -c 'echo new > /data/new.txt'");
    expect(t.run('docker diff vi2').out).toBe('');
  });

  // Observed on Docker 20.10 (overlay2): an empty volume takes the owner and mode of the
  // image's directory even when it holds no files; a path the image lacks gives it nothing,
  // so a named volume keeps what it was given.
  it("gives a new volume the owner and mode of the image's directory, empty or not", () => {
    const t = busybox();
    t.run(
      "mkdir own && printf 'FROM busybox\\nRUN mkdir /data /filled && chown 1000:1000 /data && chmod 700 /data && echo hi > /filled/f && chown 1001:1002 /filled && chmod 750 /filled\\nVOLUME /data\\n' > own/Dockerfile",
    );
    t.run('docker build -q -t own own');
    const owner = (line: string) => line.split(/\s+/).slice(0, 4).join(' ');
    expect(owner(t.run('docker run --rm own ls -ldn /data').out)).toBe('drwx------ 2 1000 1000');
    expect(owner(t.run('docker run --rm -v named:/data own ls -ldn /data').out)).toBe(
      'drwx------ 2 1000 1000',
    );
    const filled = t.run('docker run --rm -v filled:/filled own ls -ldn /filled /filled/f').out;
    expect(filled.split('\n').map(owner)).toEqual([
      'drwxr-x--- 2 1001 1002',
      '-rw-r--r-- 1 0 0',
      '',
    ]);
    expect(owner(t.run('docker run --rm -v named:/data busybox ls -ldn /data').out)).toBe(
      'drwx------ 2 1000 1000',
    );
  });

  it('mounts a host folder with -v ./site, writes through to the host, refuses writes with :ro', () => {
    const t = busybox();
    t.run("mkdir site && echo '<h1>hi</h1>' > site/index.html");
    expect(t.run('docker run --rm -v ./site:/srv/www busybox cat /srv/www/index.html').out).toBe(
      '<h1>hi</h1>\n',
    );
    t.run("docker run --rm -v ./site:/srv/www busybox sh -c 'echo new > /srv/www/new.html'");
    expect(t.run('cat site/new.html').out).toBe('new\n');
    expect(
      t.run("docker run --rm -v ./site:/srv/www:ro busybox sh -c 'echo x > /srv/www/x.html'").code,
    ).toBe(1);
    expect(t.run('ls site').out).toBe('index.html\nnew.html\n');
  });

  it('words --mount and -v errors as the CLI and the daemon do', () => {
    const t = busybox();
    t.run('docker run --rm --mount type=volume,source=data2,target=/data busybox true');
    for (const step of fixtureSteps('volumes-mount').filter((s) => s.exit !== 0)) {
      const run = t.run(step.command.replace(' --pull never --network none', ''));
      if (step.stderr.includes('Read-only file system')) {
        // The shared filesystem errors have no EROFS yet (see README): only the status is Docker's.
        expect(run.code).toBe(step.exit);
        expect(run.err).toMatch(/^touch: \/data\/x: /);
        continue;
      }
      expect({ err: run.err, code: run.code }).toEqual({ err: step.stderr, code: step.exit });
    }
    const bad = fixtureSteps('cli-bad-values').find((s) => s.command.includes('-v :/data'))!;
    expect(t.run('docker run -v :/data busybox')).toMatchObject({
      err: bad.stderr,
      code: bad.exit,
    });
  });

  it('prunes unused anonymous volumes, and with --all the named ones too', () => {
    const t = busybox();
    t.run('docker volume create keep');
    t.run('docker create --name anonholder -v /anon busybox');
    t.run('docker run --rm -v /gone busybox true');
    t.run('docker run -d --name user -v /used busybox sleep 3600');
    t.run('docker rm -f anonholder');
    expect(t.run('echo n | docker volume prune').out).toBe(
      'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
    );
    const pruned = t.run('docker volume prune -f').out;
    expect(pruned).toMatch(/^Deleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(volumes(t)).toContain('keep');
    expect(t.run('docker volume prune -a -f').out).toBe(
      'Deleted Volumes:\nkeep\n\nTotal reclaimed space: 0B\n',
    );
    expect(volumes(t)).toHaveLength(1);
  });
});
