// How USER, docker run -u and COPY --chown specs resolve, with the /etc/passwd and /etc/group
// that were written into busybox on the Docker 20.10 oracle (BuildKit for RUN/COPY/WORKDIR,
// runc for run/exec). Each expectation is what `id`, `echo $HOME` or `ls -ln` showed there.
import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../fs/overlay';
import type { User } from '../shell/program';
import { buildStepUser, lookupUser, processUser } from './users';

const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'nobody:x:65534:65534:nobody:/nonexistent:/bin/false',
  '1000:x:1000:1000:Linux User,,,:/home/1000:/bin/sh',
  '2000:x:1005:1006::/home/2000:/bin/sh',
  'web:x:1200:1300::/home/web:/bin/sh',
  'dupe:x:1000:1010:d:/d:/bin/sh',
];
const GROUP = [
  'root:x:0:',
  'nobody:x:65534:',
  '1000:x:1000:',
  'g6:x:1006:',
  '3000:x:0:',
  '1008:x:1007:',
  'grp8:x:1008:',
  'sup:x:1009:2000,1000',
  'wg:x:1300:',
  'early:x:1010:',
  '1010:x:1011:',
];

function fs(): OverlayFs {
  const f = new OverlayFs([]);
  f.mkdir('/etc', { parents: true });
  f.writeFile('/etc/passwd', { text: PASSWD.join('\n') + '\n' });
  f.writeFile('/etc/group', { text: GROUP.join('\n') + '\n' });
  return f;
}

type Who = Pick<User, 'uid' | 'gid' | 'home' | 'groups'>;

function who(found: ReturnType<typeof processUser>): Who | string {
  if (!found.ok) return found.error;
  const { uid, gid, home, groups } = found.user;
  return { uid, gid, home, groups };
}

describe('docker run -u / docker exec -u (runc)', () => {
  const cases: [string, Who][] = [
    // uid=1000(1000) gid=1000(1000) groups=1000(1000),1009(sup) HOME=/home/1000
    ['1000', { uid: 1000, gid: 1000, home: '/home/1000', groups: [1000, 1009] }],
    ['1000:1000', { uid: 1000, gid: 1000, home: '/home/1000', groups: [1000] }],
    // uid=1001 gid=0(root) groups=0(root) HOME=/
    ['1001', { uid: 1001, gid: 0, home: '/', groups: [0] }],
    ['0', { uid: 0, gid: 0, home: '/root', groups: [0] }],
    // A number is a uid even when a user is named so: uid=2000 gid=0(root) groups=0(root)
    ['2000', { uid: 2000, gid: 0, home: '/', groups: [0] }],
    ['1005', { uid: 1005, gid: 1006, home: '/home/2000', groups: [1006, 1009] }],
    // gid=1008(grp8) groups=1007(1008): the gid goes back through the group *named* 1008
    ['1001:1008', { uid: 1001, gid: 1008, home: '/', groups: [1007] }],
    ['1000:grp8', { uid: 1000, gid: 1008, home: '/home/1000', groups: [1007] }],
    ['1001:3000', { uid: 1001, gid: 3000, home: '/', groups: [0] }],
    ['1000:sup', { uid: 1000, gid: 1009, home: '/home/1000', groups: [1009] }],
    // The first line whose name or gid is 1010 wins: early (gid 1010), not 1010 (gid 1011)
    ['1001:1010', { uid: 1001, gid: 1010, home: '/', groups: [1010] }],
    // HOME is the first uid-1000 entry's: uid=1000(1000) gid=1010(early) HOME=/home/1000
    ['dupe', { uid: 1000, gid: 1010, home: '/home/1000', groups: [1010] }],
    ['nobody', { uid: 65534, gid: 65534, home: '/nonexistent', groups: [65534] }],
  ];
  it.each(cases)('-u %s', (spec, expected) => {
    expect(who(processUser(fs(), spec))).toEqual(expected);
  });

  it('refuses a name or group that the image does not have, as runc words it', () => {
    expect(who(processUser(fs(), 'nosuch'))).toBe(
      'unable to find user nosuch: no matching entries in passwd file',
    );
    expect(who(processUser(fs(), '1000:nogrp'))).toBe(
      'unable to find group nogrp: no matching entries in group file',
    );
  });
});

describe('USER then RUN (BuildKit)', () => {
  const cases: [string, Who][] = [
    // uid=1000(1000) gid=1000(1000) groups=1009(sup): member groups only, not the primary
    ['1000', { uid: 1000, gid: 1000, home: '/home/1000', groups: [1009] }],
    // uid=1000(1000) gid=1000(1000): a named group leaves no supplementary groups
    ['1000:1000', { uid: 1000, gid: 1000, home: '/home/1000', groups: [] }],
    ['1001', { uid: 1001, gid: 0, home: '/', groups: [] }],
    ['0', { uid: 0, gid: 0, home: '/root', groups: [] }],
    ['2000', { uid: 2000, gid: 0, home: '/', groups: [] }],
    ['1005', { uid: 1005, gid: 1006, home: '/home/2000', groups: [1009] }],
    ['1001:1008', { uid: 1001, gid: 1008, home: '/', groups: [] }],
    ['1000:grp8', { uid: 1000, gid: 1008, home: '/home/1000', groups: [] }],
    ['1001:1', { uid: 1001, gid: 1, home: '/', groups: [] }],
    ['dupe', { uid: 1000, gid: 1010, home: '/home/1000', groups: [] }],
    ['nobody', { uid: 65534, gid: 65534, home: '/nonexistent', groups: [] }],
  ];
  it.each(cases)('USER %s', (spec, expected) => {
    expect(who(buildStepUser(fs(), spec))).toEqual(expected);
  });

  it('gives root the groups listing it only when USER names it (wheel:x:10:root)', () => {
    const f = fs();
    f.writeFile('/etc/group', { text: 'root:x:0:\nwheel:x:10:root\n' });
    // No USER: uid=0(root) gid=0(root); USER root or USER 0: groups=10(wheel)
    expect(who(buildStepUser(f, ''))).toEqual({ uid: 0, gid: 0, home: '/root', groups: [] });
    expect(who(buildStepUser(f, 'root'))).toEqual({ uid: 0, gid: 0, home: '/root', groups: [10] });
    expect(who(buildStepUser(f, '0'))).toEqual({ uid: 0, gid: 0, home: '/root', groups: [10] });
    // docker run with or without -u root: groups=0(root),10(wheel)
    expect(who(processUser(f, ''))).toEqual({ uid: 0, gid: 0, home: '/root', groups: [0, 10] });
  });
});

describe('COPY --chown and the WORKDIR made after USER (BuildKit)', () => {
  const cases: [string, [number, number]][] = [
    // ls -ln: a number is taken as is, group too, whatever passwd says about it
    ['1200', [1200, 1200]],
    ['2000', [2000, 2000]],
    ['1001', [1001, 1001]],
    ['web', [1200, 1300]],
    ['1200:1008', [1200, 1008]],
    ['web:1008', [1200, 1008]],
    ['web:grp8', [1200, 1008]],
  ];
  it.each(cases)('--chown=%s', (spec, [uid, gid]) => {
    const found = lookupUser(fs(), spec);
    expect(found.ok && [found.user.uid, found.user.gid]).toEqual([uid, gid]);
  });

  it('refuses an unknown name', () => {
    expect(lookupUser(fs(), 'ghost')).toEqual({
      ok: false,
      error: 'unable to find user ghost: no matching entries in passwd file',
    });
  });
});
