/**
 * util-linux's runuser and setpriv: how Debian, Ubuntu and RHEL images drop root in an
 * entrypoint, from util-linux's su-common.c and setpriv.c (strings and exit codes as there).
 * runuser is su without authentication, for root only: `-u USER [--] COMMAND` runs the
 * command itself, without -u it behaves as su (a shell, `-c`). setpriv changes the ids and
 * execs, leaving the environment alone unless `--reset-env`. BusyBox's setpriv has none of
 * the id options (only --nnp and capabilities).
 */
import type { Program, ProgramIO, User } from '../program';
import { groupByName, groupListOf, passwdEntries, userByName } from '../users';
import { commandFound } from './exec-as-user';
import { su } from './su';

const NUMBER = /^[0-9]+$/;

/** errx/err: `NAME: message`, exit status. */
function fail(io: ProgramIO, name: string, message: string, status = 1): number {
  io.stderr(`${name}: ${message}\n`);
  return status;
}

/** `--opt=value` or `--opt value` / `-o value`: the value and how many arguments it took. */
function optionValue(
  args: readonly string[],
  i: number,
): { value: string | undefined; used: number } {
  const arg = args[i]!;
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  if (eq > 0) return { value: arg.slice(eq + 1), used: 1 };
  return { value: args[i + 1], used: 2 };
}

const RUNUSER_VALUED = new Set([
  '-u',
  '--user',
  '-g',
  '--group',
  '-G',
  '--supp-group',
  '-w',
  '--whitelist-environment',
  '-c',
  '--command',
  '--session-command',
  '-s',
  '--shell',
]);

export const runuser: Program = (argv, io) => {
  const args = argv.slice(1);
  let user: string | undefined;
  let shellOptions = false;
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) break;
    const key = arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!RUNUSER_VALUED.has(key)) {
      if (['-l', '--login', '-f', '--fast'].includes(key)) shellOptions = true;
      i++;
      continue;
    }
    const { value, used } = optionValue(args, i);
    if (key === '-u' || key === '--user') user = value;
    else if (['-c', '--command', '--session-command', '-s', '--shell'].includes(key))
      shellOptions = true;
    i += used;
  }
  // Without -u, runuser is su without the password: su's own reading of the line.
  if (user === undefined) {
    if (io.user.uid !== 0) return fail(io, 'runuser', 'may not be used by non-root users');
    return su(['su', ...args], {
      ...io,
      stderr: (text) => io.stderr(text.replace(/^su: /, 'runuser: ')),
    });
  }
  if (shellOptions)
    return fail(
      io,
      'runuser',
      'options --{shell,fast,command,session-command,login} and --user are mutually exclusive',
    );
  const command = args.slice(i);
  if (command.length === 0) return fail(io, 'runuser', 'no command was specified');
  const entry = userByName(io.fs, user);
  if (!entry)
    return fail(
      io,
      'runuser',
      `user ${user} does not exist or the user entry does not contain all the required fields`,
    );
  if (io.user.uid !== 0) return fail(io, 'runuser', 'may not be used by non-root users');
  // initgroups(3), then HOME, and USER and LOGNAME unless becoming root (modify_environment).
  const target: User = { name: entry.name, uid: entry.uid, gid: entry.gid, home: entry.home };
  const env = {
    ...io.env,
    HOME: entry.home,
    ...(entry.uid !== 0 ? { USER: entry.name, LOGNAME: entry.name } : {}),
  };
  const status = io.run(command, undefined, { env, user: target });
  if (status === 127 && !commandFound(io, command[0] ?? ''))
    return fail(io, 'runuser', `failed to execute ${command[0]}: No such file or directory`);
  return status;
};

/** How setpriv exits when changing the ids fails (SETPRIV_EXIT_PRIVERR). */
const PRIV_ERROR = 127;

const SETPRIV_VALUED = new Set([
  '--ruid',
  '--euid',
  '--reuid',
  '--rgid',
  '--egid',
  '--regid',
  '--groups',
  '--inh-caps',
  '--ambient-caps',
  '--bounding-set',
  '--securebits',
  '--pdeathsig',
  '--selinux-label',
  '--apparmor-profile',
]);

/** The options setpriv takes before the program (getopt stops at the first non-option). */
export function setprivCommand(args: readonly string[]): string[] {
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === '--') return args.slice(i + 1);
    if (!arg.startsWith('-')) break;
    i += SETPRIV_VALUED.has(arg) ? 2 : 1;
  }
  return args.slice(i);
}

interface SetprivIds {
  uid?: number;
  /** The passwd entry --reuid/--ruid named (a number is not looked up, as get_passwd does). */
  passwd?: { name: string; gid: number; home: string; shell: string };
  gid?: number;
  groups?: 'clear' | 'keep' | 'init' | number[];
  resetEnv: boolean;
}

export const setpriv: Program = (argv, io) => {
  const args = argv.slice(1);
  const ids: SetprivIds = { resetEnv: false };
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-')) break;
    if (io.userland === 'busybox' && !['--nnp', '--no-new-privs', '-d', '--dump'].includes(arg)) {
      io.note("BusyBox's setpriv has no options to change ids; its usage text is not shown.");
      return fail(io, 'setpriv', `unrecognized option '${arg}'`);
    }
    const key = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
    if (SETPRIV_VALUED.has(key) && !arg.includes('=')) i++;
    const what = key.slice(2);
    if (key === '--reuid' || key === '--ruid' || key === '--euid') {
      const entry = userByName(io.fs, value ?? '');
      if (!entry && !NUMBER.test(value ?? ''))
        return fail(io, 'setpriv', `failed to parse ${what}: '${value ?? ''}'`);
      ids.uid = entry ? entry.uid : Number(value);
      if (entry && key !== '--euid') ids.passwd = entry;
    } else if (key === '--regid' || key === '--rgid' || key === '--egid') {
      const group = groupByName(io.fs, value ?? '');
      if (!group && !NUMBER.test(value ?? ''))
        return fail(io, 'setpriv', `failed to parse ${what}: '${value ?? ''}'`);
      ids.gid = group ? group.gid : Number(value);
    } else if (key === '--clear-groups') ids.groups = 'clear';
    else if (key === '--keep-groups') ids.groups = 'keep';
    else if (key === '--init-groups') ids.groups = 'init';
    else if (key === '--groups') {
      const list = (value ?? '').split(',');
      const bad = list.find((g) => !NUMBER.test(g));
      if (bad !== undefined) return fail(io, 'setpriv', `Invalid supplementary group id: '${bad}'`);
      ids.groups = list.map(Number);
    } else if (key === '--reset-env') ids.resetEnv = true;
  }
  const command = args.slice(i);
  if (command.length === 0) return fail(io, 'setpriv', 'No program specified');
  if (ids.gid !== undefined && ids.groups === undefined)
    return fail(
      io,
      'setpriv',
      '--[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups',
    );
  if (ids.groups === 'init' && ids.uid === undefined)
    return fail(io, 'setpriv', '--init-groups requires --ruid or --reuid');
  if (ids.groups === 'init' && !ids.passwd)
    return fail(
      io,
      'setpriv',
      `uid ${ids.uid} not found, --init-groups requires an user that can be found on the system`,
    );
  const denied = privilegeError(io.user, ids);
  if (denied) return fail(io, 'setpriv', `${denied} failed: Operation not permitted`, PRIV_ERROR);
  const uid = ids.uid ?? io.user.uid;
  const gid = ids.gid ?? io.user.gid;
  const name = passwdEntries(io.fs).find((r) => r.uid === uid)?.name ?? String(uid);
  const groups =
    ids.groups === 'clear'
      ? []
      : ids.groups === 'init'
        ? groupListOf(io.fs, ids.passwd!.name, ids.passwd!.gid)
        : Array.isArray(ids.groups)
          ? ids.groups
          : io.user.groups;
  const target: User = {
    name,
    uid,
    gid,
    home: ids.passwd?.home ?? io.user.home,
    ...(groups ? { groups } : {}),
  };
  const env = ids.resetEnv ? resetEnv(io, target, ids.passwd?.shell) : { ...io.env };
  const status = io.run(command, undefined, { env, user: target });
  if (status === 127 && !commandFound(io, command[0] ?? ''))
    return fail(io, 'setpriv', `failed to execute ${command[0]}: No such file or directory`, 127);
  return status;
};

/**
 * What the kernel refuses a process without CAP_SETUID/CAP_SETGID, in setpriv's order:
 * setresuid to another uid, setresgid to another gid, then any setgroups/initgroups.
 */
function privilegeError(caller: User, ids: SetprivIds): string | undefined {
  if (caller.uid === 0) return undefined;
  if (ids.uid !== undefined && ids.uid !== caller.uid) return 'setresuid';
  if (ids.gid !== undefined && ids.gid !== caller.gid) return 'setresgid';
  if (ids.groups === 'init') return 'initgroups';
  if (ids.groups === 'clear' || Array.isArray(ids.groups)) return 'setgroups';
  return undefined;
}

/** --reset-env: TERM kept; HOME, USER, LOGNAME, SHELL and PATH set for the new user. */
function resetEnv(io: ProgramIO, user: User, shell: string | undefined): Record<string, string> {
  return {
    ...(io.env.TERM !== undefined ? { TERM: io.env.TERM } : {}),
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: shell || '/bin/sh',
    PATH:
      user.uid === 0
        ? '/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin'
        : '/usr/local/bin:/bin:/usr/bin',
  };
}
