import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { Terminal } from './testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('interactive shells in containers', () => {
  it('opens busybox sh with its `/ # ` prompt and keeps the directory and variables between lines', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    t.run('docker run -d --name web busybox sleep 3600');
    expect(t.run('docker exec -it web sh').code).toBe(0);
    expect(t.prompt()).toBe('/ # ');
    t.run('cd /tmp');
    expect(t.prompt()).toBe('/tmp # ');
    t.run('X=42');
    expect(t.run('echo $X; pwd').out).toBe('42\n/tmp\n');
    t.run('echo hello > note.txt');
    expect(t.run('exit')).toMatchObject({ code: 0, out: '' });
    expect(t.prompt()).toBeUndefined();
    expect(t.run('docker diff web').out).toBe('C /tmp\nA /tmp/note.txt\n');
    expect(t.run("docker ps --format '{{.Status}}'").out).toMatch(/^Up /);
  });

  it('shows the Debian bash prompt with user, short id and directory', () => {
    const t = new Terminal(catalog);
    t.run('docker pull debian');
    t.run('docker run -d --name deb debian sleep infinity');
    t.run('docker exec -it deb bash');
    const short = t.container('deb').id.slice(0, 12);
    expect(t.prompt()).toBe(`root@${short}:/# `);
    t.run('cd');
    expect(t.prompt()).toBe(`root@${short}:~# `);
    expect(t.run('exit').out).toBe('exit\n');
  });

  it("runs the image's own shell with `docker run -it`, and its exit stops the container", () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    t.run('docker run -it --name box busybox sh');
    expect(t.prompt()).toBe('/ # ');
    expect(t.run('echo inside').out).toBe('inside\n');
    t.run('exit 3');
    expect(t.prompt()).toBeUndefined();
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^box Exited \(3\) /,
    );
  });

  it('makes the shell PID 1 with `docker run -it`, and docker-init’s child (pid 7) with --init (recorded)', () => {
    // Recorded (20.10, busybox, -it): `echo $$` → 1 and ps lists sh (1) and ps (7); with
    // --init, `echo $$` → 7 and ps lists `/sbin/docker-init -- sh` (1), sh (7), ps (8).
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    t.run('docker run -it --name plain busybox sh');
    expect(t.run('echo $$').out).toBe('1\n');
    expect(t.run('ps').out).toBe(
      'PID   USER     TIME  COMMAND\n' + '    1 root      0:00 sh\n' + '    7 root      0:00 ps\n',
    );
    t.run('exit');
    t.run('docker run -it --init --name wrapped busybox sh');
    expect(t.run('echo $$').out).toBe('7\n');
    expect(t.run('ps').out).toBe(
      'PID   USER     TIME  COMMAND\n' +
        '    1 root      0:00 /sbin/docker-init -- sh\n' +
        '    7 root      0:00 sh\n' +
        '    8 root      0:00 ps\n',
    );
    // Its exit still ends the container.
    t.run('exit 2');
    expect(t.run("docker ps -a --filter name=wrapped --format '{{.Status}}'").out).toMatch(
      /^Exited \(2\) /,
    );
  });

  it("speaks as the image's userland inside the container", () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    t.run('docker pull debian');
    t.run('docker run -d --name bb busybox sleep infinity');
    t.run('docker run -d --name deb debian sleep infinity');
    expect(t.run('docker exec bb cat /nope').err).toBe(
      "cat: can't open '/nope': No such file or directory\n",
    );
    expect(t.run('docker exec deb cat /nope').err).toBe('cat: /nope: No such file or directory\n');
  });
});
