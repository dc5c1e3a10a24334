// sudo as Dockerfiles use it: a user in the sudo group with a password from chpasswd, or a
// NOPASSWD sudoers line. Wording as sudo 1.8/1.9 print it when stdin is not a terminal.
import { describe, expect, it } from 'vitest';
import type { User } from '../program';
import { install, sim } from '../testing/harness';

const BOOKWORM =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_CODENAME=bookworm\n';
const FOCAL = 'NAME="Ubuntu"\nID=ubuntu\nVERSION_CODENAME=focal\n';
const APP: User = { name: 'app', uid: 1000, gid: 1000, home: '/home/app' };
const TERMINAL_REQUIRED =
  'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n';

function box(osRelease = BOOKWORM, setup = 'useradd -m -G sudo app && echo app:pw | chpasswd') {
  const s = sim('gnu', {
    '/etc/os-release': osRelease,
    '/etc/group': 'root:x:0:\nsudo:x:27:\nstaff:x:50:\nnogroup:x:65534:\n',
  });
  install(s, 'sudo');
  s.fs.mkdir('/etc/sudoers.d');
  expect(s.run(setup).exitCode).toBe(0);
  return { s, asApp: (script: string) => s.run(script, { user: APP }) };
}

describe('sudo -S with a password', () => {
  it('prompts on stderr, reads the password from stdin and runs the command as root', () => {
    const { asApp } = box();
    expect(asApp('echo pw | sudo -S id')).toMatchObject({
      stdout: 'uid=0(root) gid=0(root) groups=0(root)\n',
      stderr: '[sudo] password for app: ',
      exitCode: 0,
    });
  });

  it('gives the command what stdin holds after the password line', () => {
    const { asApp } = box();
    expect(asApp("printf 'pw\\nhello\\n' | sudo -S cat").stdout).toBe('hello\n');
  });

  it('says "Sorry, try again." for a wrong password and fails when stdin runs out', () => {
    const { asApp } = box();
    expect(asApp('echo wrong | sudo -S id')).toMatchObject({
      stdout: '',
      stderr:
        '[sudo] password for app: Sorry, try again.\n[sudo] password for app: \nsudo: no password was provided\nsudo: 1 incorrect password attempt\n',
      exitCode: 1,
    });
  });

  it('never accepts a locked account (useradd sets no password)', () => {
    const { asApp } = box(BOOKWORM, 'useradd -m -G sudo app');
    expect(asApp("printf '\\n\\n\\n' | sudo -S id")).toMatchObject({
      stderr:
        '[sudo] password for app: Sorry, try again.\n'.repeat(2) +
        '[sudo] password for app: sudo: 3 incorrect password attempts\n',
      exitCode: 1,
    });
  });
});

describe('sudo without a terminal', () => {
  it('refuses to prompt without -S', () => {
    const { asApp } = box();
    expect(asApp('sudo id')).toMatchObject({ stderr: TERMINAL_REQUIRED, exitCode: 1 });
  });

  it('says a password is required with -n', () => {
    const { asApp } = box();
    expect(asApp('sudo -n id')).toMatchObject({
      stderr: 'sudo: a password is required\n',
      exitCode: 1,
    });
  });
});

describe('NOPASSWD rules', () => {
  it('runs a user named in /etc/sudoers.d without asking', () => {
    const { asApp } = box(
      BOOKWORM,
      "useradd -m app && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app",
    );
    expect(asApp('sudo id -u; sudo -u nobody id -un')).toMatchObject({
      stdout: '0\nnobody\n',
      stderr: '',
    });
  });

  it('runs a member of a group a %group line names', () => {
    const { asApp } = box(
      BOOKWORM,
      "useradd -m -G sudo app && echo '%sudo ALL=(ALL:ALL) NOPASSWD: ALL' >> /etc/sudoers",
    );
    expect(asApp('sudo id -u')).toMatchObject({ stdout: '0\n', exitCode: 0 });
  });

  it('asks for a password for a command the rule does not list, then refuses it', () => {
    const { asApp } = box(
      BOOKWORM,
      "useradd -m app && echo app:pw | chpasswd && echo 'app ALL=(root) NOPASSWD: /usr/bin/env' > /etc/sudoers.d/app && echo box > /etc/hostname",
    );
    expect(asApp('sudo id')).toMatchObject({ stderr: TERMINAL_REQUIRED, exitCode: 1 });
    expect(asApp('echo pw | sudo -S id')).toMatchObject({
      stderr:
        "[sudo] password for app: Sorry, user app is not allowed to execute '/usr/bin/id' as root on box.\n",
      exitCode: 1,
    });
  });
});

describe('a user sudoers does not name', () => {
  it('is refused after the password, with the warning sudo dropped in 1.9.10', () => {
    const setup = 'useradd -m app && echo app:pw | chpasswd';
    expect(box(BOOKWORM, setup).asApp('echo pw | sudo -S id')).toMatchObject({
      stderr: '[sudo] password for app: app is not in the sudoers file.\n',
      exitCode: 1,
    });
    expect(box(FOCAL, setup).asApp('echo pw | sudo -S id')).toMatchObject({
      stderr:
        '[sudo] password for app: app is not in the sudoers file.  This incident will be reported.\n',
      exitCode: 1,
    });
  });
});

describe('%group rules and the groups the caller holds', () => {
  // Debian's default policy: %sudo ALL=(ALL:ALL) ALL. sudo takes the process's group list.
  it('refuses a process that does not hold the group, though /etc/group lists the user', () => {
    const { s } = box();
    const held = { ...APP, groups: [1000] }; // docker run -u app:1000
    expect(s.run('echo pw | sudo -S id -u', { user: held })).toMatchObject({
      stderr: '[sudo] password for app: app is not in the sudoers file.\n',
      exitCode: 1,
    });
  });

  it('admits a process holding the group that /etc/group does not list it in', () => {
    const { s } = box(BOOKWORM, 'useradd -m app && echo app:pw | chpasswd');
    const held = { ...APP, groups: [27] }; // docker run -u app --group-add sudo
    expect(s.run('echo pw | sudo -S id -u', { user: held })).toMatchObject({
      stdout: '0\n',
      exitCode: 0,
    });
  });
});

describe('the command sudo runs', () => {
  it('runs for root with no sudoers rule and no password', () => {
    const { s } = box(BOOKWORM, 'true');
    expect(s.run('sudo id -u')).toMatchObject({ stdout: '0\n', stderr: '' });
  });

  it("gets a reset environment with the target's HOME and the SUDO_ variables", () => {
    const { s } = box(
      BOOKWORM,
      "useradd -m app && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app",
    );
    const out = s.run('FOO=bar sudo env', {
      user: APP,
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', FOO: 'x' },
    });
    expect(out.stdout.split('\n').sort().filter(Boolean)).toEqual([
      'HOME=/root',
      'LOGNAME=root',
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'SHELL=/bin/bash',
      'SUDO_COMMAND=/usr/bin/env',
      'SUDO_GID=1000',
      'SUDO_UID=1000',
      'SUDO_USER=app',
      'USER=root',
    ]);
  });

  it('says when the command is not found', () => {
    const { s } = box(BOOKWORM, 'true');
    expect(s.run('sudo nosuch')).toMatchObject({
      stderr: 'sudo: nosuch: command not found\n',
      exitCode: 1,
    });
  });
});
