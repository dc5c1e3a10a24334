import { describe, expect, it } from 'vitest';
import { NOW, sim } from '../testing/harness';

describe('ls', () => {
  it('prints GNU ls -l with aligned columns, names from /etc/passwd and each file time', () => {
    const s = sim();
    s.run('mkdir /l && cd /l && echo hello > f && mkdir d && ln -s f link && chown nobody f');
    // Files and links carry the time they were written; directories keep none (timed-fs.ts).
    expect(s.run('ls -l /l').stdout).toBe(
      'total 8\n' +
        'drwxr-xr-x 2 root   root 4096 Jan  1 00:00 d\n' +
        '-rw-r--r-- 1 nobody root    6 Jan 15 12:30 f\n' +
        'lrwxrwxrwx 1 root   root    1 Jan 15 12:30 link -> f\n',
    );
  });

  it("prints BusyBox's fixed-width ls -l", () => {
    const s = sim('busybox');
    s.run('mkdir /l && echo hello > /l/f');
    expect(s.run('ls -l /l').stdout).toBe(
      'total 4\n-rw-r--r--    1 root     root             6 Jan 15 12:30 f\n',
    );
  });

  it('shows hidden files with -a, one per line when not on a terminal, in columns on one', () => {
    const s = sim();
    s.run('mkdir /h && touch /h/.env /h/a /h/b');
    expect(s.run('ls /h; ls -A /h').stdout).toBe('a\nb\n.env\na\nb\n');
    expect(s.run('ls /h', { tty: true }).stdout).toBe('a  b\n');
  });

  it('lists recursively with -R and sizes with -lh', () => {
    const s = sim();
    s.fs.mkdir('/r');
    s.fs.writeFile('/r/big', { blob: 'b', size: 1_234_000 });
    expect(s.run('ls -lh /r').stdout).toBe(
      'total 1.2M\n-rw-r--r-- 1 root root 1.2M Jan  1 00:00 big\n',
    );
    expect(s.run('mkdir -p /q/s && ls -R /q').stdout).toBe('/q:\ns\n\n/q/s:\n');
  });

  it('words a missing path as GNU (exit 2) and BusyBox (exit 1)', () => {
    expect(sim().run('ls /x')).toMatchObject({
      stderr: "ls: cannot access '/x': No such file or directory\n",
      exitCode: 2,
    });
    expect(sim('busybox').run('ls /x')).toMatchObject({
      stderr: 'ls: /x: No such file or directory\n',
      exitCode: 1,
    });
  });
});

describe('the machine: hostname, uname, date, sleep, id, env', () => {
  it('reads the hostname from /etc/hostname', () => {
    expect(sim().run('hostname; uname -n').stdout).toBe('b7c1d2e3f4a5\nb7c1d2e3f4a5\n');
  });

  it('reports a Linux x86_64 kernel', () => {
    expect(sim().run('uname; uname -m; uname -s -r').stdout).toBe(
      'Linux\nx86_64\nLinux 6.10.14-linuxkit\n',
    );
  });

  it('prints the injected clock in date formats', () => {
    expect(sim().run('date; date +%s; date -u +%Y-%m-%dT%H:%M:%SZ; date -d @0 +%F').stdout).toBe(
      `Wed Jan 15 12:30:45 UTC 2025\n${NOW / 1000}\n2025-01-15T12:30:45Z\n1970-01-01\n`,
    );
  });

  it('spends simulated time in sleep without waiting', () => {
    const r = sim().run('sleep 2; sleep 0.5; sleep 1m; date +%s');
    expect(r.durationMs).toBe(62_500);
    expect(r.stdout).toBe(`${NOW / 1000 + 62}\n`);
  });

  it('shows the user and groups of the process', () => {
    expect(sim().run('id; whoami; groups').stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root)\nroot\nroot\n',
    );
  });

  it('lists the supplementary groups the process has: none in a build step as an unlisted uid', () => {
    // Recorded on the 20.10 oracle: USER 1000 then RUN id in busybox is `uid=1000 gid=0(root)`,
    // while docker run --user 1000 busybox id adds groups=0(root). GNU id always adds it.
    const inBuild = { name: '1000', uid: 1000, gid: 0, home: '/', groups: [] };
    const inRun = { name: '1000', uid: 1000, gid: 0, home: '/' };
    expect(sim('busybox').run('id', { user: inBuild }).stdout).toBe('uid=1000 gid=0(root)\n');
    expect(sim('busybox').run('id', { user: inRun }).stdout).toBe(
      'uid=1000 gid=0(root) groups=0(root)\n',
    );
    expect(sim('gnu').run('id', { user: inBuild }).stdout).toBe(
      'uid=1000 gid=0(root) groups=0(root)\n',
    );
  });

  it('prints and extends the environment with env, PWD exported by the shell', () => {
    const r = sim().run('env; env -i A=1 env; env B=2 sh -c "echo \\$B"; env nope');
    expect(r.stdout).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOME=/root\nPWD=/\nA=1\n2\n',
    );
    expect(r.stderr).toBe("env: 'nope': No such file or directory\n");
    expect(r.exitCode).toBe(127);
  });
});

describe('seq, yes, expr, basename, which, stat, du, df', () => {
  it('counts with seq and caps yes', () => {
    const r = sim().run('seq 3; seq -s, 2 2 6; yes | head -n 2; yes | wc -l');
    expect(r.stdout).toBe('1\n2\n3\n2,4,6\ny\ny\n1000\n');
    expect(r.notes.join(' ')).toContain('yes stopped after 1000 lines');
  });

  it('evaluates expr with its exit status', () => {
    expect(sim().run('expr 2 + 3 \\* 4; expr 5 = 6; echo $?; expr length abc').stdout).toBe(
      '14\n0\n1\n3\n',
    );
  });

  it('finds programs on PATH with which', () => {
    expect(sim().run('which ls sh; which nope; echo $?').stdout).toBe(
      '/usr/bin/ls\n/usr/bin/sh\n1\n',
    );
  });

  it('formats stat -c and its default report', () => {
    const s = sim('gnu', { '/f': 'abc' });
    expect(s.run('stat -c "%n %s %a %U:%G %F" /f').stdout).toBe(
      '/f 3 644 root:root regular file\n',
    );
    expect(s.run('stat /f').stdout.split('\n')[3]).toBe(
      'Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)',
    );
  });

  it('sums disk usage from the tree with du', () => {
    const s = sim();
    s.fs.mkdir('/u');
    s.fs.writeFile('/u/a', { blob: 'a', size: 5000 });
    s.fs.writeFile('/u/b', { text: 'x' });
    expect(s.run('du -s /u; du -sh /u; du -a /u').stdout).toBe(
      '16\t/u\n16K\t/u\n8\t/u/a\n4\t/u/b\n16\t/u\n',
    );
  });

  it('prints a plausible df', () => {
    const lines = sim().run('df').stdout.split('\n');
    expect(lines[0]).toMatch(/^Filesystem {5}1K-blocks +Used Available Use% Mounted on$/);
    expect(lines[1]).toMatch(/^overlay +\d+ +\d+ +\d+ +\d+% \/$/);
  });
});
