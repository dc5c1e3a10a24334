// A setuid-root program (sudo) reads what only root may through ProgramIO.setuidRootFs, the
// supported way to get root's view, never by reaching into a permission view's internals.
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../fs/filesystem';
import { credentialsOf } from '../access';
import { PermissionFs } from '../exec/permission-fs';
import { TimedFs } from '../exec/timed-fs';
import type { Program, ProgramIO, User } from '../program';
import { install, sim } from '../testing/harness';
import { sudo } from './sudo';

const APP: User = { name: 'app', uid: 1000, gid: 1000, home: '/home/app' };

/** Reads /etc/shadow as the caller and as a setuid-root program would. */
const peek: Program = (_argv, io) => {
  const own = io.fs.readFile('/etc/shadow');
  const root = io.setuidRootFs?.().readFile('/etc/shadow');
  io.stdout(`own=${own.ok ? 'read' : own.error} root=${root?.ok ? 'read' : 'none'}\n`);
  return 0;
};

function box() {
  const files = {
    '/etc/os-release': 'ID=debian\nVERSION_CODENAME=bookworm\n',
    '/etc/group': 'root:x:0:\nsudo:x:27:\n',
  };
  const s = sim('gnu', files, { peek: { run: peek } });
  install(s, 'sudo', 'peek');
  s.fs.mkdir('/etc/sudoers.d');
  const setup = s.run('useradd -m -G sudo app && echo app:pw | chpasswd && chmod 640 /etc/shadow');
  expect(setup.exitCode).toBe(0);
  return s;
}

describe('ProgramIO.setuidRootFs', () => {
  it("gives a non-root process's program root's view, its own view still checked", () => {
    expect(box().run('peek', { user: APP }).stdout).toBe('own=EACCES root=read\n');
  });
});

describe('sudo as a setuid-root program', () => {
  /** sudo called directly, its filesystem a permission view wrapped once more. */
  function callSudo(base: FileSystem, stdin: string) {
    const out = { stdout: '', stderr: '', ran: [] as { argv: string[]; user?: User }[] };
    const view = new TimedFs(new PermissionFs(base, credentialsOf(base, APP)), () => 0);
    const io: ProgramIO = {
      fs: view,
      setuidRootFs: () => base,
      env: { PATH: '/usr/bin:/bin' },
      cwd: '/',
      user: { ...APP, groups: [1000, 27] },
      userland: 'gnu',
      stdin,
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      note: () => undefined,
      spend: () => undefined,
      now: 0,
      run: (argv, _stdin, options) => {
        out.ran.push({ argv, ...(options?.user ? { user: options.user } : {}) });
        return 0;
      },
    };
    return { status: sudo(['sudo', '-S', 'id', '-u'], io), ...out };
  }

  it('checks the password in /etc/shadow through setuidRootFs, whatever wraps its own view', () => {
    const s = box();
    const r = callSudo(s.fs, 'pw\n');
    expect(r.stderr).toBe('[sudo] password for app: ');
    expect([r.status, r.ran.map((c) => [c.argv.join(' '), c.user?.uid])]).toEqual([
      0,
      [['id -u', 0]],
    ]);
  });

  it('still refuses a wrong password read that way', () => {
    const r = callSudo(box().fs, 'nope\n');
    expect([r.status, r.ran]).toEqual([1, []]);
    expect(r.stderr).toContain('Sorry, try again.\n');
  });
});
