import { describe, expect, it } from 'vitest';
import type { User } from '../program';
import { sim, type Sim } from '../testing/harness';

// uid 1000 without a passwd entry runs with group 0, as `docker run --user 1000` does.
const U1000: User = { name: '1000', uid: 1000, gid: 0, home: '/' };
const NOBODY: User = { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent' };

/** Modes a root process made, as in runtime-perms-modes (recorded from real Docker). */
function prepared(userland: 'gnu' | 'busybox'): Sim {
  const s = sim(userland);
  const made = s.run(
    'mkdir -m 700 /secret; echo top > /secret/f; echo ro > /ro.txt; chmod 600 /ro.txt; ' +
      'echo x > /tmp/rootfile; mkdir /tmp/d; printf "#!/bin/sh\\necho ran\\n" > /noexec.sh; ' +
      'chmod 644 /noexec.sh; cp /noexec.sh /exec.sh; chmod 755 /exec.sh; mkdir -m 775 /grp',
  );
  expect(made.stderr).toBe('');
  return s;
}

const as = (s: Sim, user: User, script: string) => s.run(script, { user });

describe('permissions for a non-root process (GNU coreutils and dash)', () => {
  it('refuses creating files and directories where root owns the directory', () => {
    const r = as(sim(), U1000, 'touch /etc/x; echo $?; mkdir /x; echo hi > /etc/y; mkdir -p /a/b');
    expect(r.stdout).toBe('1\n');
    // coreutils: touch.c "cannot touch %s", mkdir.c "cannot create directory %s"; dash's
    // redirection error is "cannot create %s: %s" after the script name and line.
    expect(r.stderr).toBe(
      "touch: cannot touch '/etc/x': Permission denied\n" +
        "mkdir: cannot create directory '/x': Permission denied\n" +
        '/bin/sh: 1: cannot create /etc/y: Permission denied\n' +
        "mkdir: cannot create directory '/a': Permission denied\n",
    );
  });

  it('refuses reading, listing and entering what only root may', () => {
    const s = prepared('gnu');
    s.fs.writeFile('/usr/bin/chgrp', { blob: 'coreutils:chgrp', size: 40_000 }, { mode: 0o755 });
    const r = as(s, U1000, 'cat /ro.txt; ls /secret; echo ls=$?; cd /secret; cat < /ro.txt');
    expect(r.stdout).toBe('ls=2\n');
    expect(r.stderr).toBe(
      'cat: /ro.txt: Permission denied\n' +
        "ls: cannot open directory '/secret': Permission denied\n" +
        "/bin/sh: 1: cd: can't cd to /secret\n" +
        '/bin/sh: 1: cannot open /ro.txt: Permission denied\n',
    );
    expect(r.exitCode).toBe(2);
  });

  it('says EPERM for chmod and chown of a file it does not own, and moving out of sticky /tmp', () => {
    const s = prepared('gnu');
    s.fs.writeFile('/usr/bin/chgrp', { blob: 'coreutils:chgrp', size: 40_000 }, { mode: 0o755 });
    const r = as(
      s,
      U1000,
      'chmod 777 /etc/passwd; chown 1000 /etc/passwd; chgrp 0 /etc/passwd; rm /tmp/rootfile; mv /tmp/rootfile /tmp/z; mv /etc/passwd /tmp/',
    );
    expect(r.stderr).toBe(
      "chmod: changing permissions of '/etc/passwd': Operation not permitted\n" +
        "chown: changing ownership of '/etc/passwd': Operation not permitted\n" +
        "chgrp: changing group of '/etc/passwd': Operation not permitted\n" +
        "rm: cannot remove '/tmp/rootfile': Operation not permitted\n" +
        "mv: cannot move '/tmp/rootfile' to '/tmp/z': Operation not permitted\n" +
        "mv: cannot move '/etc/passwd' to '/tmp/passwd': Permission denied\n",
    );
  });

  it('refuses running a file without an x bit it may use; root needs any x bit', () => {
    const s = prepared('gnu');
    const r = as(s, U1000, '/noexec.sh; echo $?; /exec.sh');
    expect(r.stdout).toBe('126\nran\n');
    expect(r.stderr).toBe('/bin/sh: 1: /noexec.sh: Permission denied\n');
    s.run('chmod 700 /exec.sh');
    expect(as(s, U1000, '/exec.sh').stderr).toBe('/bin/sh: 1: /exec.sh: Permission denied\n');
    expect(s.run('/exec.sh; chmod 600 /exec.sh; /exec.sh')).toMatchObject({
      stdout: 'ran\n',
      stderr: '/bin/sh: 1: /exec.sh: Permission denied\n',
    });
  });

  it('lets the owner and group use their bits, and keeps what it makes its own', () => {
    const s = prepared('gnu');
    // Group 0 may write the 775 directory; nobody, in the others class, may not.
    expect(as(s, U1000, 'touch /grp/ok && echo ok').stdout).toBe('ok\n');
    expect(as(s, NOBODY, 'touch /grp/no').stderr).toBe(
      "touch: cannot touch '/grp/no': Permission denied\n",
    );
    const r = as(
      s,
      U1000,
      'touch /tmp/mine; chmod 600 /tmp/mine; chown 1000 /tmp/mine; rm /tmp/mine',
    );
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const st = s.fs.stat('/grp/ok');
    expect(st.ok && [st.value.node.uid, st.value.node.gid]).toEqual([1000, 0]);
  });

  it('makes no change to the layer when a write is refused', () => {
    const s = sim();
    as(s, U1000, 'touch /etc/x; echo hi >> /etc/passwd; rm /etc/hostname; chmod 600 /etc/group');
    expect(Object.keys(s.fs.upper.children)).toEqual([]);
  });
});

describe('permissions for a non-root process (BusyBox)', () => {
  it('words each refusal as BusyBox does (recorded in runtime-perms-user-root-owned)', () => {
    const r = as(
      sim('busybox'),
      U1000,
      'touch /etc/x; mkdir -p /a/b; echo hi > /etc/y; rm /etc/passwd; chmod 777 /etc/passwd; chown 1000 /etc/passwd; mv /etc/passwd /tmp/; rmdir /home',
    );
    expect(r.stderr).toBe(
      'touch: /etc/x: Permission denied\n' +
        "mkdir: can't create directory '/a/': Permission denied\n" +
        "/bin/sh: can't create /etc/y: Permission denied\n" +
        "rm: can't remove '/etc/passwd': Permission denied\n" +
        'chmod: /etc/passwd: Operation not permitted\n' +
        'chown: /etc/passwd: Operation not permitted\n' +
        "mv: can't rename '/etc/passwd': Permission denied\n" +
        "rmdir: '/home': Permission denied\n",
    );
  });
});

describe('tools that walk directories as a non-root process', () => {
  it('reports each directory find may not read, and goes on', () => {
    const gnu = as(prepared('gnu'), U1000, 'find / -name f');
    expect(gnu.stderr).toBe("find: '/secret': Permission denied\n");
    expect(gnu.exitCode).toBe(1);
    expect(as(prepared('busybox'), U1000, 'find /secret /grp').stderr).toBe(
      'find: /secret: Permission denied\n',
    );
  });

  it('drops privileges through su: the child process is checked, its parent was root', () => {
    const r = sim().run("su nobody -s /bin/sh -c 'touch /etc/x'; touch /etc/y && echo root-ok");
    expect(r.stderr).toBe("touch: cannot touch '/etc/x': Permission denied\n");
    expect(r.stdout).toBe('root-ok\n');
  });
});

describe('scripts a non-root process may not read', () => {
  it('words sh FILE and . FILE as ash does (recorded from BusyBox)', () => {
    const s = prepared('busybox');
    const r = as(s, NOBODY, 'sh /ro.txt; echo rc=$?; . /ro.txt; echo after');
    expect(r.stdout).toBe('rc=2\n');
    expect(r.stderr).toBe(
      "sh: can't open '/ro.txt': Permission denied\n" +
        "/bin/sh: .: line 0: can't open '/ro.txt': Permission denied\n",
    );
    expect(r.exitCode).toBe(2);
  });
});
