// Group permission checks use the groups a process holds, as the kernel does. Recorded on the
// 20.10 oracle with busybox: /s is root:1009 (sup, which lists app) mode 0640;
// `docker run -u app` reads it, `-u app:1000` does not (no supplementary groups with an
// explicit group), `-u 1001` does not, `-u 1001 --group-add 1009` does.
import { describe, expect, it } from 'vitest';
import { credentialsOf } from './access';
import type { User } from './program';
import { install, sim } from './testing/harness';

const FILES = {
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n',
  '/etc/group': 'root:x:0:\n1000:x:1000:\nsup:x:1009:app\n',
};

function box() {
  const s = sim('busybox', FILES);
  s.run('echo secret > /s && chown 0:1009 /s && chmod 640 /s');
  return s;
}

const user = (name: string, uid: number, gid: number, groups?: number[]): User => ({
  name,
  uid,
  gid,
  home: '/',
  ...(groups ? { groups } : {}),
});

describe('credentialsOf', () => {
  it('takes the held groups with the gid, not the ones /etc/group lists the name in', () => {
    const s = box();
    expect([...credentialsOf(s.fs, user('app', 1000, 1000, [1000])).groups]).toEqual([1000]);
    expect([...credentialsOf(s.fs, user('1001', 1001, 0, [0, 1009])).groups]).toEqual([0, 1009]);
  });

  it('derives a login’s groups only for a process that carries none', () => {
    const s = box();
    expect([...credentialsOf(s.fs, user('app', 1000, 1000)).groups].sort()).toEqual([1000, 1009]);
  });
});

describe('reading a group-readable file', () => {
  const read = (u: User) => box().run('cat /s', { user: u });

  it('follows the groups the runtime gave the process', () => {
    expect(read(user('app', 1000, 1000, [1000, 1009])).stdout).toBe('secret\n');
    expect(read(user('app', 1000, 1000, [1000])).stderr).toBe(
      "cat: can't open '/s': Permission denied\n",
    );
    expect(read(user('1001', 1001, 0, [0])).exitCode).toBe(1);
    expect(read(user('1001', 1001, 0, [0, 1009])).stdout).toBe('secret\n');
  });

  it('gives two processes of one user with different groups their own checks', () => {
    const s = box();
    install(s, 'gosu');
    // gosu app:1000 holds no supplementary group; gosu app holds sup (1009).
    const r = s.run('gosu app:1000 cat /s; echo $?; gosu app cat /s');
    expect(r.stdout).toBe('1\nsecret\n');
  });
});
