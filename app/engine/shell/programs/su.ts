/** su, gosu, su-exec: run a command as another user (sudo lives in sudo.ts). */
import { basename } from '../../fs/path';
import type { Program, ProgramIO, User } from '../program';
import { groupByName, userById, userByName } from '../users';
import { commandFound, gosuUser, suExecUser } from './exec-as-user';
import { gosuUsage, gosuVersion } from './gosu-version';

export { sudo } from './sudo';

function lookup(io: ProgramIO, spec: string): User | undefined {
  const [userPart = '', groupPart] = spec.split(':');
  const entry = /^[0-9]+$/.test(userPart)
    ? (userById(io.fs, Number(userPart)) ?? {
        name: userPart,
        uid: Number(userPart),
        gid: Number(userPart),
        home: '/',
      })
    : userByName(io.fs, userPart);
  if (!entry) return undefined;
  let gid = entry.gid;
  if (groupPart) {
    const group = /^[0-9]+$/.test(groupPart)
      ? { gid: Number(groupPart) }
      : groupByName(io.fs, groupPart);
    if (!group) return undefined;
    gid = group.gid;
  }
  return { name: entry.name, uid: entry.uid, gid, home: entry.home };
}

/** PATH as `su -` sets it: util-linux from /etc/login.defs' ENV_SUPATH/ENV_PATH, BusyBox its own. */
function loginPath(io: ProgramIO, user: User): string {
  if (io.userland === 'busybox')
    return user.uid === 0 ? '/sbin:/usr/sbin:/bin:/usr/bin' : '/bin:/usr/bin';
  return user.uid === 0
    ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    : '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games';
}

/** `su -` starts from an empty environment but TERM; plain su keeps the caller's. */
function envFor(io: ProgramIO, user: User, shell: string, login: boolean): Record<string, string> {
  const kept = login
    ? { ...(io.env.TERM !== undefined ? { TERM: io.env.TERM } : {}), PATH: loginPath(io, user) }
    : io.env;
  return {
    ...kept,
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: shell,
  };
}

export const su: Program = (argv, io) => {
  const args = argv.slice(1);
  let command: string | undefined;
  let shell: string | undefined;
  let login = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-c' || arg === '--command') command = args[++i];
    else if (arg.startsWith('--command=')) command = arg.slice(10);
    else if (arg === '-s' || arg === '--shell') shell = args[++i];
    else if (arg === '-' || arg === '-l' || arg === '--login') login = true;
    else if (arg === '-p' || arg === '-m' || arg === '--preserve-environment') continue;
    else rest.push(arg);
  }
  const name = rest[0] ?? 'root';
  const user = lookup(io, name);
  const entry = userByName(io.fs, name);
  if (!user || !entry) {
    io.stderr(
      io.userland === 'busybox'
        ? `su: unknown user ${name}\n`
        : `su: user ${name} does not exist or the user entry does not contain all the required fields\n`,
    );
    return 1;
  }
  if (io.user.uid !== 0) {
    io.stderr(
      io.userland === 'busybox'
        ? 'su: incorrect password\n'
        : 'Password: su: Authentication failure\n',
    );
    return 1;
  }
  const loginShell = shell ?? (entry.shell || '/bin/sh');
  if (/nologin|false$/.test(loginShell)) {
    io.stdout('This account is currently not available.\n');
    return 1;
  }
  if (!io.runScript) return 1;
  return io.runScript(command ?? io.stdin, {
    // `su -` starts the shell with argv[0] '-bash', which makes it a login shell.
    argv0: `${login ? '-' : ''}${basename(loginShell)}`,
    commandString: command !== undefined,
    env: envFor(io, user, loginShell, login),
    user,
    ...(login ? { cwd: user.home, login: true } : {}),
    dialect: basename(loginShell) === 'bash' ? 'bash' : undefined,
    stdin: command !== undefined ? undefined : '',
  });
};

/** gosu and su-exec: `gosu user[:group] command args`, exec'ing the command directly. */
export const gosu: Program = (argv, io) => {
  const tool = basename(argv[0] ?? 'gosu');
  const [spec, ...command] = argv.slice(1);
  // gosu answers --version and --help before anything else (gosu-version.ts).
  if (tool === 'gosu' && (spec === '--version' || spec === '-v')) {
    io.stdout(`${gosuVersion(io, argv[0] ?? tool)}\n`);
    return 0;
  }
  if (tool === 'gosu' && (spec === '--help' || spec === '-h' || spec === '-?')) {
    io.stdout(gosuUsage(io, argv[0] ?? tool));
    return 0;
  }
  if (spec === undefined || command.length === 0) {
    // gosu logs its usage (stderr) and exits 1; su-exec printf's it and exits 0.
    if (tool !== 'gosu') {
      io.stdout(`Usage: ${argv[0] ?? tool} user-spec command [args]\n`);
      return 0;
    }
    io.stderr(gosuUsage(io, argv[0] ?? tool));
    return 1;
  }
  const found = tool === 'gosu' ? gosuUser(io.fs, spec, io.user) : suExecUser(io.fs, spec, io.user);
  if (!found.ok) {
    io.stderr(
      tool === 'gosu'
        ? `error: failed switching to "${spec}": ${found.error}\n`
        : `su-exec: ${found.error}: No such file or directory\n`,
    );
    return 1;
  }
  // Both call setgroups(2) first, which needs CAP_SETGID: a non-root caller fails there.
  if (io.user.uid !== 0) {
    io.stderr(
      tool === 'gosu'
        ? `error: failed switching to "${spec}": operation not permitted\n`
        : `su-exec: ${found.setgroupsCall ?? 'setgroups'}: Operation not permitted\n`,
    );
    return 1;
  }
  const user = found.user;
  const status = io.run(command, undefined, { env: { ...io.env, HOME: user.home }, user });
  if (status === 127 && !commandFound(io, command[0] ?? '')) {
    io.stderr(
      tool === 'gosu'
        ? `error: exec: "${command[0]}": executable file not found in $PATH\n`
        : `su-exec: ${command[0]}: No such file or directory\n`,
    );
    // Both exec the command: when that fails they exit 1 themselves (su-exec's err(1, ...)).
    return 1;
  }
  return status;
};
