/** id, whoami, groups: the process's user, with names from /etc/passwd and /etc/group. */
import type { Program, ProgramIO } from '../program';
import { groupName, groupsOf, userById, userByName, type PasswdEntry } from '../users';
import { options } from './support';

function target(
  io: ProgramIO,
  tool: string,
  name: string | undefined,
): PasswdEntry | { name: string; uid: number; gid: number } | undefined {
  if (name === undefined) {
    const entry = userById(io.fs, io.user.uid);
    return entry
      ? { ...entry, gid: io.user.gid }
      : { name: String(io.user.uid), uid: io.user.uid, gid: io.user.gid };
  }
  const entry = /^[0-9]+$/.test(name) ? userById(io.fs, Number(name)) : userByName(io.fs, name);
  if (!entry)
    io.stderr(
      io.userland === 'busybox'
        ? `${tool}: unknown user ${name}\n`
        : `${tool}: '${name}': no such user\n`,
    );
  return entry;
}

export const id: Program = (argv, io) => {
  const opts = options(
    'id',
    argv,
    { flags: 'ugGnrz', long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r' } },
    io,
  );
  if (!opts) return 1;
  const user = target(io, 'id', opts.operands[0]);
  if (!user) return 1;
  const groups = groupsOf(io.fs, user);
  const named = opts.has('n');
  if (opts.has('u')) io.stdout(`${named ? user.name : user.uid}\n`);
  else if (opts.has('g')) io.stdout(`${named ? groupName(io.fs, user.gid) : user.gid}\n`);
  else if (opts.has('G'))
    io.stdout(groups.map((g) => (named ? g.name : String(g.gid))).join(' ') + '\n');
  else {
    const userText = userById(io.fs, user.uid) ? `${user.uid}(${user.name})` : String(user.uid);
    const groupText = (gid: number, name: string): string =>
      name === String(gid) ? String(gid) : `${gid}(${name})`;
    // A build step run as a uid with no passwd entry (USER 1000) has no supplementary groups;
    // BusyBox lists getgroups(), so it prints none, while GNU id adds the primary group
    // (recorded on the 20.10 oracle: `uid=1000 gid=0(root)`). docker run/exec give the
    // process its primary group (`docker exec -u 1234:5678 box id`: groups=5678).
    const listed =
      io.userland === 'busybox' && opts.operands[0] === undefined && io.user.groups?.length === 0
        ? ''
        : ` groups=${groups.map((g) => groupText(g.gid, g.name)).join(',')}`;
    io.stdout(`uid=${userText} gid=${groupText(user.gid, groupName(io.fs, user.gid))}${listed}\n`);
  }
  return 0;
};

export const whoami: Program = (_argv, io) => {
  const entry = userById(io.fs, io.user.uid);
  if (!entry) {
    io.stderr(
      io.userland === 'busybox'
        ? `whoami: unknown uid ${io.user.uid}\n`
        : `whoami: cannot find name for user ID ${io.user.uid}\n`,
    );
    return 1;
  }
  io.stdout(`${entry.name}\n`);
  return 0;
};

export const groups: Program = (argv, io) => {
  const names = argv.slice(1);
  if (names.length === 0) {
    const user = target(io, 'groups', undefined);
    if (!user) return 1;
    io.stdout(
      groupsOf(io.fs, user)
        .map((g) => g.name)
        .join(' ') + '\n',
    );
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const user = target(io, 'groups', name);
    if (!user) {
      status = 1;
      continue;
    }
    io.stdout(
      `${name} : ${groupsOf(io.fs, user)
        .map((g) => g.name)
        .join(' ')}\n`,
    );
  }
  return status;
};
