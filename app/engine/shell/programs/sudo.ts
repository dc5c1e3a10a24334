/**
 * sudo: runs a command as root (or -u USER) when the sudoers policy allows the caller. Root
 * needs no password; a NOPASSWD rule neither. Otherwise sudo authenticates the caller: with
 * -S it prompts `[sudo] password for NAME: ` on stderr and reads a line from stdin (checked
 * against the hash chpasswd stored); with no terminal and no -S it refuses, as in a Dockerfile
 * RUN or a `docker run` without -t.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { Program, ProgramIO, User } from '../program';
import { groupByName, readText, userById, userByName } from '../users';
import { passwordMatches } from './passwords';
import { judge, readSudoers } from './sudoers';
import { osReleaseField } from '../os-release';

/** Debian's and Ubuntu's secure_path: the PATH the command is looked up in and runs with. */
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** env_reset keeps only these (plus LC_*), unless -E. */
const KEPT = ['TERM', 'LANG', 'LANGUAGE', 'COLORS', 'DISPLAY', 'HOSTNAME', 'LS_COLORS', 'TZ'];

function target(io: ProgramIO, spec: string): User | undefined {
  const entry = spec.startsWith('#')
    ? (userById(io.fs, Number(spec.slice(1))) ?? {
        name: spec,
        uid: Number(spec.slice(1)),
        gid: 0,
        home: '/',
      })
    : userByName(io.fs, spec);
  return entry && { name: entry.name, uid: entry.uid, gid: entry.gid, home: entry.home };
}

/** Where the command is: a path as given, else the first secure_path directory that has it. */
function locate(fs: FileSystem, name: string): string | undefined {
  if (name.includes('/')) return fs.stat(name).ok ? name : undefined;
  return SECURE_PATH.split(':')
    .map((dir) => `${dir}/${name}`)
    .find((path) => fs.stat(path).ok);
}

/** sudo before 1.9.10 (Ubuntu 20.04/22.04, Debian 11) ended the refusal with a warning. */
function oldSudo(io: ProgramIO): boolean {
  return /^(focal|jammy|bionic|bullseye|buster)$/.test(osReleaseField(io.fs, 'VERSION_CODENAME'));
}

/**
 * sudo is setuid root: it reads /etc/shadow (0640) and /etc/sudoers (0440) and finds the
 * command as root, whoever runs it (ProgramIO.setuidRootFs). A test double without it
 * gives the caller's view.
 */
function setuidRootView(io: ProgramIO): FileSystem {
  return io.setuidRootFs?.() ?? io.fs;
}

function hostName(io: ProgramIO): string {
  return readText(io.fs, '/etc/hostname').trim() || io.env.HOSTNAME || 'localhost';
}

/** Reads the caller's password from stdin (-S): up to three tries. */
function authenticate(
  io: ProgramIO,
  root: FileSystem,
  lines: string[],
): { ok: boolean; used: number } {
  const prompt = `[sudo] password for ${io.user.name}: `;
  let failed = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    io.stderr(prompt);
    const line = lines[attempt];
    if (line === undefined) {
      io.stderr('\nsudo: no password was provided\n');
      if (failed > 0)
        io.stderr(`sudo: ${failed} incorrect password attempt${failed > 1 ? 's' : ''}\n`);
      return { ok: false, used: attempt };
    }
    if (passwordMatches(root, io.user.name, line)) return { ok: true, used: attempt + 1 };
    failed++;
    if (attempt < 2) io.stderr('Sorry, try again.\n');
  }
  io.stderr('sudo: 3 incorrect password attempts\n');
  return { ok: false, used: 3 };
}

export const sudo: Program = (argv, io) => {
  const args = argv.slice(1);
  let runAs = 'root';
  let group: string | undefined;
  let fromStdin = false;
  let nonInteractive = false;
  let keepEnv = false;
  let i = 0;
  for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-u' || arg === '--user') runAs = args[++i] ?? 'root';
    else if (arg.startsWith('--user=')) runAs = arg.slice(7);
    else if (arg === '-g' || arg === '--group') group = args[++i];
    else if (arg === '--stdin') fromStdin = true;
    else if (arg === '--non-interactive') nonInteractive = true;
    else if (arg === '--preserve-env') keepEnv = true;
    else if (!arg.startsWith('--'))
      for (const flag of arg.slice(1)) {
        if (flag === 'S') fromStdin = true;
        else if (flag === 'n') nonInteractive = true;
        else if (flag === 'E') keepEnv = true;
      }
  }
  const command = args.slice(i);
  const user = target(io, runAs);
  if (!user) {
    io.stderr(`sudo: unknown user ${runAs}\nsudo: error initializing audit plugin sudoers_audit\n`);
    return 1;
  }
  if (group !== undefined) {
    const found = /^#\d+$/.test(group)
      ? { gid: Number(group.slice(1)) }
      : groupByName(io.fs, group);
    if (!found) {
      io.stderr(
        `sudo: unknown group ${group}\nsudo: error initializing audit plugin sudoers_audit\n`,
      );
      return 1;
    }
    user.gid = found.gid;
  }
  if (command.length === 0) {
    io.stderr('usage: sudo -h | -K | -k | -V\n');
    return 1;
  }
  const name = command[0] as string;
  const path = locate(setuidRootView(io), name);
  if (!path) {
    io.stderr(`sudo: ${name}: command not found\n`);
    return 1;
  }
  let stdin = io.stdin;
  if (io.user.uid !== 0) {
    const root = setuidRootView(io);
    const verdict = judge(root, readSudoers(root), io.user, user.name, path, command.slice(1));
    if (!(verdict.kind === 'allowed' && verdict.nopasswd)) {
      if (nonInteractive) {
        io.stderr('sudo: a password is required\n');
        return 1;
      }
      if (!fromStdin && !io.tty) {
        io.stderr(
          'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n',
        );
        return 1;
      }
      // A terminal's typed password is read like -S's line: the simulation has no keyboard.
      const lines = stdin === '' ? [] : stdin.replace(/\n$/, '').split('\n');
      const auth = authenticate(io, root, lines);
      if (!auth.ok) return 1;
      stdin = lines.slice(auth.used).join('\n') + (auth.used < lines.length ? '\n' : '');
      if (verdict.kind === 'unlisted') {
        io.stderr(
          `${io.user.name} is not in the sudoers file.${oldSudo(io) ? '  This incident will be reported.' : ''}\n`,
        );
        return 1;
      }
      if (verdict.kind === 'refused') {
        io.stderr(
          `Sorry, user ${io.user.name} is not allowed to execute '${[path, ...command.slice(1)].join(' ')}' as ${user.name} on ${hostName(io)}.\n`,
        );
        return 1;
      }
    }
  }
  const kept = keepEnv
    ? { ...io.env }
    : Object.fromEntries(
        Object.entries(io.env).filter(([k]) => KEPT.includes(k) || k.startsWith('LC_')),
      );
  const shell = userByName(io.fs, user.name)?.shell || '/bin/sh';
  const env: Record<string, string> = {
    ...kept,
    PATH: SECURE_PATH,
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: shell,
    SUDO_COMMAND: [path, ...command.slice(1)].join(' '),
    SUDO_USER: io.user.name,
    SUDO_UID: String(io.user.uid),
    SUDO_GID: String(io.user.gid),
  };
  return io.run(command, stdin, { env, user });
};
