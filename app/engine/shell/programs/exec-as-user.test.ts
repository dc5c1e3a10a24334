// gosu and su-exec started as root: who the command runs as, read with the image's own id
// (BusyBox lists getgroups(), GNU id adds the gid). Expectations follow the tools' documented
// behaviour (tianon/gosu uses libcontainer's user lookup; ncopa/su-exec getpwuid/getgrouplist).
import { describe, expect, it } from 'vitest';
import { install, ROOT, sim } from '../testing/harness';
import { suExecUser } from './exec-as-user';

function box(userland: 'gnu' | 'busybox') {
  const s = sim(userland, {
    '/etc/group': 'root:x:0:\nstaff:x:50:\nnogroup:x:65534:\napp:x:1000:\nextra:x:1500:app\n',
  });
  install(s, 'gosu', 'su-exec');
  s.run('echo "app:x:1000:1000::/home/app:/bin/sh" >> /etc/passwd');
  return s;
}

describe('su-exec', () => {
  it("keeps the caller's gid for a uid /etc/passwd does not list", () => {
    const s = box('busybox');
    expect(s.run("su-exec 1001 id; su-exec 1001 sh -c 'echo $HOME'").stdout).toBe(
      'uid=1001 gid=0(root) groups=0(root)\n/\n',
    );
  });

  it('gives a listed uid its passwd group, home and the groups that list it', () => {
    const s = box('busybox');
    expect(s.run("su-exec 1000 id; su-exec app sh -c 'echo $HOME'").stdout).toBe(
      'uid=1000(app) gid=1000(app) groups=1000(app),1500(extra)\n/home/app\n',
    );
  });

  it('uses only the named group when the spec gives one', () => {
    const s = box('busybox');
    expect(s.run('su-exec 1001:50 id').stdout).toBe('uid=1001 gid=50(staff) groups=50(staff)\n');
    // setgroups(1, &gid): the groups listing app are dropped (checked on the User, as this
    // simulation's id reads membership from /etc/group rather than the process).
    expect(suExecUser(s.fs, 'app:staff', ROOT)).toEqual({
      ok: true,
      user: { name: 'app', uid: 1000, gid: 50, home: '/home/app', groups: [50] },
      setgroupsCall: 'setgroups(50)',
    });
  });

  it('fails at setgroups when its caller is not root (ncopa/su-exec#2)', () => {
    const s = box('busybox');
    expect(s.run('su-exec app su-exec nobody id')).toMatchObject({
      stderr: 'su-exec: setgroups: Operation not permitted\n',
      exitCode: 1,
    });
    // A uid without a passwd entry: setgroups(1, &gid), named by the gid.
    expect(s.run('su-exec app su-exec 1001 id').stderr).toBe(
      'su-exec: setgroups(1000): Operation not permitted\n',
    );
  });

  it('prints its usage on stdout and exits 0 without a command', () => {
    expect(box('busybox').run('su-exec app')).toMatchObject({
      stdout: 'Usage: su-exec user-spec command [args]\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('exits 1 when the command cannot be run', () => {
    const s = box('busybox');
    expect(s.run('su-exec app nosuch')).toMatchObject({
      stderr: 'su-exec: nosuch: No such file or directory\n',
      exitCode: 1,
    });
    // A command that runs and exits 127 itself passes its status through, silently.
    expect(s.run("su-exec app sh -c 'exit 127'")).toMatchObject({ stderr: '', exitCode: 127 });
  });
});

describe('gosu', () => {
  it('fails to switch when its caller is not root', () => {
    expect(box('gnu').run('gosu app gosu nobody id')).toMatchObject({
      stderr: 'error: failed switching to "nobody": operation not permitted\n',
      exitCode: 1,
    });
  });

  it("keeps the caller's gid for an unlisted uid and gives it no supplementary groups", () => {
    expect(box('busybox').run('gosu 1001 id').stdout).toBe('uid=1001 gid=0(root)\n');
    expect(box('gnu').run('gosu 1001 id').stdout).toBe('uid=1001 gid=0(root) groups=0(root)\n');
  });

  it('runs uid:gid as given', () => {
    expect(box('gnu').run('gosu 1001:1001 id').stdout).toBe('uid=1001 gid=1001 groups=1001\n');
  });

  it("sets HOME from the user's passwd entry, or / for an unlisted uid", () => {
    const s = box('gnu');
    expect(s.run("gosu nobody sh -c 'echo $HOME'; gosu 1001 sh -c 'echo $HOME'").stdout).toBe(
      '/nonexistent\n/\n',
    );
  });

  it('gives a user only the groups that list it, none with an explicit group', () => {
    const s = box('busybox');
    expect(s.run('gosu app id; gosu nobody id; gosu app:staff id').stdout).toBe(
      'uid=1000(app) gid=1000(app) groups=1500(extra)\n' +
        'uid=65534(nobody) gid=65534(nogroup)\n' +
        'uid=1000(app) gid=50(staff)\n',
    );
  });

  it('refuses an unknown group as libcontainer words it', () => {
    expect(box('gnu').run('gosu app:ghosts true')).toMatchObject({
      stderr:
        'error: failed switching to "app:ghosts": unable to find group ghosts: no matching entries in group file\n',
      exitCode: 1,
    });
  });
});
