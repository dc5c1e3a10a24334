import { describe, expect, it } from 'vitest';
import type { User } from '../program';
import { sim } from '../testing/harness';

// The image the 20.10 oracle ran (busybox with these files): a group *named* 1000, a group
// named 1008 whose gid is 1007, and bob, whose gid 1005 no group has.
const FILES = {
  '/etc/passwd':
    'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\nbob:x:1002:1005::/home/bob:/bin/sh\n',
  '/etc/group': 'root:x:0:\n1000:x:1000:\n1008:x:1007:bob\ngrp8:x:1008:\nsup:x:1009:app,bob\n',
};

const as = (user: Partial<User> & { uid: number; gid: number }): User => ({
  name: String(user.uid),
  home: '/',
  ...user,
});

// docker run -u 1001:1008: runc re-resolves the gid 1008 as text and gets the group named 1008.
const UNNAMED = as({ uid: 1001, gid: 1008, groups: [1007] });
const APP = as({ name: 'app', uid: 1000, gid: 1000, home: '/home/app', groups: [1000, 1009] });

describe('id of the process: the groups it holds, not /etc/group', () => {
  it('labels a group named by its own number, and leaves a nameless gid bare', () => {
    const bb = sim('busybox', FILES);
    expect(bb.run('id', { user: APP }).stdout).toBe(
      'uid=1000(app) gid=1000(1000) groups=1000(1000),1009(sup)\n',
    );
    const bob = as({ name: 'bob', uid: 1002, gid: 1005, groups: [1005, 1007, 1009] });
    expect(bb.run('id', { user: bob }).stdout).toBe(
      'uid=1002(bob) gid=1005 groups=1005,1007(1008),1009(sup)\n',
    );
  });

  it('prints exactly the held groups on BusyBox, the gid first on GNU', () => {
    expect(sim('busybox', FILES).run('id', { user: UNNAMED }).stdout).toBe(
      'uid=1001 gid=1008(grp8) groups=1007(1008)\n',
    );
    expect(sim('gnu', FILES).run('id', { user: UNNAMED }).stdout).toBe(
      'uid=1001 gid=1008(grp8) groups=1008(grp8),1007(1008)\n',
    );
  });

  it('lists held groups in the ascending order the kernel keeps them', () => {
    // docker run -u 1001:1009 --group-add 1007 --group-add 1005
    const added = as({ uid: 1001, gid: 1009, groups: [1009, 1007, 1005] });
    const r = sim('busybox', FILES).run('id; id -G', { user: added });
    expect(r.stdout).toBe(
      'uid=1001 gid=1009(sup) groups=1005,1007(1008),1009(sup)\n1009 1005 1007\n',
    );
  });

  it('prints the gid then the other held groups with -G, by name with -n', () => {
    const bb = sim('busybox', FILES);
    expect(bb.run('id -G; id -g; id -n -G; id -gn; groups', { user: UNNAMED }).stdout).toBe(
      '1008 1007\n1008\ngrp8 1008\ngrp8\ngrp8 1008\n',
    );
    expect(bb.run('id -Gn; groups', { user: APP }).stdout).toBe('1000 sup\n1000 sup\n');
  });

  it('prints an unnamed id as its number and exits 1 with -n', () => {
    const bb = sim('busybox', FILES).run('id -u -n 2>&1; echo $?; id -Gn 2>&1; echo $?', {
      user: as({ uid: 1001, gid: 1009, groups: [1005, 1007, 1009] }),
    });
    expect(bb.stdout).toBe('1001id: unknown ID 1001\n\n1\nsup 1005id: unknown ID 1005\n 1008\n1\n');
    const gnu = sim('gnu', FILES).run('id -un 2>&1; echo $?', { user: UNNAMED });
    expect(gnu.stdout).toBe('id: cannot find name for user ID 1001\n1001\n1\n');
  });

  it('falls back to the primary group and /etc/group when the process carries no groups', () => {
    const plain = as({ name: 'bob', uid: 1002, gid: 1005 });
    expect(sim('busybox', FILES).run('id', { user: plain }).stdout).toBe(
      'uid=1002(bob) gid=1005 groups=1005,1007(1008),1009(sup)\n',
    );
  });
});

describe('id USER and groups USER: from /etc/passwd and /etc/group, not the process', () => {
  it("lists the user's gid, then the groups naming it in the file's order", () => {
    const s = sim('busybox', {
      ...FILES,
      '/etc/group': 'root:x:0:\nz:x:1200:bob\nbobg:x:1005:\na:x:1100:bob\nb:x:1006:bob\n',
    });
    const r = s.run('id bob; id -G bob; groups bob; groups bob app', { user: UNNAMED });
    expect(r.stdout).toBe(
      'uid=1002(bob) gid=1005(bobg) groups=1005(bobg),1200(z),1100(a),1006(b)\n' +
        '1005 1200 1100 1006\nbobg z a b\nbobg z a b\n',
    );
  });

  it('looks a number up as a name on BusyBox, as a uid too on GNU', () => {
    const bb = sim('busybox', FILES).run('id 1002; echo $?; id nobody; echo $?');
    expect(bb.stdout).toBe('1\n1\n');
    expect(bb.stderr).toBe('id: unknown user 1002\nid: unknown user nobody\n');
    const gnu = sim('gnu', FILES).run('id 1002; id -un 1000; groups bob app');
    expect(gnu.stdout).toBe(
      'uid=1002(bob) gid=1005 groups=1005,1007(1008),1009(sup)\napp\nbob : 1005 1008 sup\napp : 1000 sup\n',
    );
    expect(gnu.stderr).toBe('groups: cannot find name for group ID 1005\n');
  });
});

describe('id options that do not go together', () => {
  it("refuses them with coreutils' wording on GNU", () => {
    const gnu = sim('gnu', FILES).run('id -n; echo $?; id -r; id -ug; id -z; id -uz; id -Gz app');
    expect(gnu.stderr).toBe(
      'id: cannot print only names or real IDs in default format\n'.repeat(2) +
        'id: cannot print "only" of more than one choice\n' +
        'id: option --zero not permitted in default format\n',
    );
    expect(gnu.stdout).toBe('1\n0\x001000\x001009\x00');
  });

  it('has no -z on BusyBox', () => {
    expect(sim('busybox', FILES).run('id -z').exitCode).toBe(1);
  });
});

describe('whoami', () => {
  it('fails for a uid /etc/passwd does not name', () => {
    const bb = sim('busybox', FILES).run('whoami; echo $?', { user: UNNAMED });
    expect(bb.stdout).toBe('1\n');
    expect(bb.stderr).toBe('whoami: unknown uid 1001\n');
    const gnu = sim('gnu', FILES).run('whoami', { user: UNNAMED });
    expect([gnu.stderr, gnu.exitCode]).toEqual(['whoami: cannot find name for user ID 1001\n', 1]);
    expect(sim('busybox', FILES).run('whoami', { user: APP }).stdout).toBe('app\n');
  });
});
