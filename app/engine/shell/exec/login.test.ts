/**
 * Login shells read /etc/profile (which reads /etc/profile.d/*.sh) and the user's profile
 * before their commands: `bash -l -c`, `bash --login`, `sh -l`, `su -`. Other shells do not.
 */
import { describe, expect, it } from 'vitest';
import { etcProfile } from '../../catalog/rootfs/etc-profile';
import { sim } from '../testing/harness';

function debian(release = 'bookworm', files: Record<string, string> = {}) {
  const s = sim('gnu', {
    '/etc/profile': etcProfile(release) ?? '',
    '/etc/profile.d/': '',
    '/etc/profile.d/greeting.sh': 'export GREETING=from-profile-d\n',
    ...files,
  });
  s.fs.writeFile(
    '/usr/bin/run-parts',
    { blob: 'debianutils:run-parts', size: 27_000 },
    { mode: 0o755 },
  );
  return s;
}

describe('login shells', () => {
  it('bash -l and bash --login read /etc/profile and its profile.d scripts; bash -c does not', () => {
    const s = debian();
    const r = s.run(
      `bash -l -c 'echo "$GREETING"'; bash --login -c 'echo "$GREETING"'; bash -c 'echo "[$GREETING]"'`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('from-profile-d\nfrom-profile-d\n[]\n');
  });

  it("sets root's PATH from /etc/profile, whatever PATH the shell was given", () => {
    const s = debian();
    const r = s.run(`PATH=/usr/bin bash -lc 'echo $PATH'`);
    expect(r.stdout).toBe('/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
  });

  it('sh -l (dash) reads /etc/profile, then $HOME/.profile; bash prefers ~/.bash_profile', () => {
    const s = debian('bookworm', {
      '/root/.profile': 'echo profile: $GREETING\n',
      '/root/.bash_profile': 'echo bash_profile\n',
    });
    expect(s.run(`sh -l -c 'echo run'`).stdout).toBe('profile: from-profile-d\nrun\n');
    expect(s.run(`bash -l -c 'echo run'`).stdout).toBe('bash_profile\nrun\n');
    s.run('rm /root/.bash_profile');
    expect(s.run(`bash -l -c 'echo run'`).stdout).toBe('profile: from-profile-d\nrun\n');
  });

  it('a login bash -c has no PS1, so /etc/profile leaves bash.bashrc alone; sh -l sets one', () => {
    const s = debian('bookworm', { '/etc/bash.bashrc': 'echo bashrc\n' });
    expect(s.run(`bash -l -c 'echo "[$PS1][$PS2][$PS4]"'`).stdout).toBe('[][][+ ]\n');
    expect(s.run(`sh -l -c 'echo "[$PS1]"'`).stdout).toBe('[# ]\n');
  });

  it('bash --noprofile skips them; an exit in a profile ends the shell', () => {
    const s = debian('bookworm', { '/root/.profile': 'exit 3\n' });
    expect(s.run(`bash --login --noprofile -c 'echo "[$GREETING]"'`).stdout).toBe('[]\n');
    const r = s.run(`sh -l -c 'echo never'; echo $?`);
    expect(r.stdout).toBe('3\n');
  });

  it("reads trixie's profile.d list from run-parts, in name order", () => {
    const s = debian('trixie', {
      '/etc/profile.d/a-first.sh': 'echo a-first\n',
      '/etc/profile.d/z-last.sh': 'echo "z-last $GREETING"\n',
    });
    const r = s.run(`bash -l -c 'echo run'`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a-first\nz-last from-profile-d\nrun\n');
  });

  it('su - starts a login shell in the home; su without - does not', () => {
    const s = debian();
    const r = s.run(`su - -c 'echo "$GREETING" $(pwd)'; su -c 'echo "[$GREETING]"'`, {
      cwd: '/tmp',
    });
    expect(r.stdout).toBe('from-profile-d /root\n[]\n');
    expect(s.run(`su - -c 'echo $0'; su -c 'echo $0'`).stdout).toBe('-bash\nbash\n');
  });
});

describe('su -', () => {
  it("starts from an empty environment but TERM, with login.defs PATH; su keeps the caller's", () => {
    const s = sim();
    const r = s.run(
      `export FOO=bar TERM=xterm; su - -c 'echo "[$FOO] $TERM $PATH $HOME $USER"'; su -c 'echo "[$FOO]"'`,
    );
    expect(r.stdout).toBe(
      '[] xterm /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /root root\n[bar]\n',
    );
  });
});

describe('mesg', () => {
  it("fails without a terminal, as root's ~/.profile meets it in docker run ... bash -l -c", () => {
    const s = debian('bookworm', { '/root/.profile': 'mesg n 2> /dev/null || true\n' });
    s.fs.writeFile('/usr/bin/mesg', { blob: 'util-linux:mesg', size: 14_000 }, { mode: 0o755 });
    const r = s.run(`mesg n; echo $?; bash -l -c 'echo ok'`);
    expect(r.output.map((chunk) => chunk.text).join('')).toBe(
      'mesg: ttyname failed: Inappropriate ioctl for device\n2\nok\n',
    );
    expect(r.notes).toEqual([]);
  });
});

describe('run-parts', () => {
  it('lists matching names with --list and --regex, runs executables and reports failures', () => {
    const s = debian('bookworm', { '/etc/parts/': '' });
    s.run(
      [
        `printf '#!/bin/sh\\necho one\\n' > /etc/parts/10-one`,
        `printf '#!/bin/sh\\nexit 4\\n' > /etc/parts/20-fail`,
        `printf '#!/bin/sh\\necho dotted\\n' > /etc/parts/30.sh`,
        'echo plain > /etc/parts/40-plain',
        'chmod +x /etc/parts/10-one /etc/parts/20-fail /etc/parts/30.sh',
      ].join('; '),
    );
    expect(s.run('run-parts --list /etc/parts').stdout).toBe(
      '/etc/parts/10-one\n/etc/parts/20-fail\n/etc/parts/40-plain\n',
    );
    expect(s.run(`run-parts --list --regex '\\.sh$' /etc/parts`).stdout).toBe('/etc/parts/30.sh\n');
    expect(s.run('run-parts --test /etc/parts').stdout).toBe(
      '/etc/parts/10-one\n/etc/parts/20-fail\n',
    );
    const r = s.run('run-parts /etc/parts; echo $?');
    expect(r.output.map((chunk) => `${chunk.stream}: ${chunk.text}`)).toEqual([
      'stdout: one\n',
      'stderr: run-parts: /etc/parts/20-fail exited with return code 4\n',
      'stdout: 1\n',
    ]);
    expect(s.run('run-parts /nowhere').stderr).toBe(
      'run-parts: failed to open directory /nowhere: No such file or directory\n',
    );
  });
});
