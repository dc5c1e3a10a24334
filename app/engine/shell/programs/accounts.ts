/**
 * The account database operations behind useradd, groupadd, adduser and addgroup: choosing
 * free ids, writing /etc/passwd, /etc/group, /etc/shadow (and /etc/gshadow where it exists)
 * and making home directories from /etc/skel. Each write copies the file up into the layer.
 */
import type { ProgramIO } from '../program';
import { appendLine, groupEntries, passwdEntries, updateEntry } from '../users';

/** Days since the epoch, as the shadow file's "last changed" field. */
export function shadowDay(now: number): number {
  return Math.floor(now / 86400000);
}

/** A free id: counting up from `min` past the highest in use, or (system) down from `max`. */
export function freeId(
  used: ReadonlySet<number>,
  min: number,
  max: number,
  fromTop: boolean,
): number | undefined {
  if (fromTop) {
    for (let id = max; id >= min; id--) if (!used.has(id)) return id;
    return undefined;
  }
  const inRange = [...used].filter((id) => id >= min && id <= max);
  const next = inRange.length > 0 ? Math.max(...inRange) + 1 : min;
  if (next <= max && !used.has(next)) return next;
  for (let id = min; id <= max; id++) if (!used.has(id)) return id;
  return undefined;
}

/**
 * BusyBox's adduser and addgroup take the lowest free id from the start of the range (100 for
 * -S, 1000 otherwise), not one past the highest: on Alpine, whose passwd has ntp (123) and
 * guest (405), `adduser -S app` is uid 100, not 406.
 */
export function lowestFreeId(
  used: ReadonlySet<number>,
  min: number,
  max: number,
): number | undefined {
  for (let id = min; id <= max; id++) if (!used.has(id)) return id;
  return undefined;
}

export function usedUids(io: ProgramIO): Set<number> {
  return new Set(passwdEntries(io.fs).map((e) => e.uid));
}

export function usedGids(io: ProgramIO): Set<number> {
  return new Set(groupEntries(io.fs).map((e) => e.gid));
}

export function addGroupEntry(
  io: ProgramIO,
  name: string,
  gid: number,
  members: string[] = [],
): void {
  appendLine(io.fs, '/etc/group', `${name}:x:${gid}:${members.join(',')}`);
  if (io.fs.stat('/etc/gshadow').ok)
    appendLine(io.fs, '/etc/gshadow', `${name}:!::${members.join(',')}`);
}

export interface NewUser {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
  system: boolean;
  /** The shadow password field: "!" (locked, no password) or "*". */
  password?: string;
}

export function addUserEntry(io: ProgramIO, user: NewUser): void {
  appendLine(
    io.fs,
    '/etc/passwd',
    `${user.name}:x:${user.uid}:${user.gid}:${user.gecos}:${user.home}:${user.shell}`,
  );
  const day = shadowDay(io.now);
  const aging = user.system ? `${day}::::::` : `${day}:0:99999:7:::`;
  if (io.fs.stat('/etc/shadow').ok || io.userland === 'busybox')
    appendLine(io.fs, '/etc/shadow', `${user.name}:${user.password ?? '!'}:${aging}`);
}

/** Adds `user` to the member list of `group` in /etc/group (and /etc/gshadow). */
export function addMember(io: ProgramIO, group: string, user: string): boolean {
  const add = (fields: string[], index: number): string[] => {
    const members = (fields[index] ?? '').split(',').filter(Boolean);
    if (!members.includes(user)) members.push(user);
    const copy = [...fields];
    copy[index] = members.join(',');
    return copy;
  };
  const found = updateEntry(io.fs, '/etc/group', group, (fields) => add(fields, 3));
  if (found && io.fs.stat('/etc/gshadow').ok)
    updateEntry(io.fs, '/etc/gshadow', group, (fields) => add(fields, 3));
  return found;
}

/** Creates a home directory owned by the user, with copies of /etc/skel's files. */
export function makeHome(
  io: ProgramIO,
  home: string,
  uid: number,
  gid: number,
  mode = 0o755,
): void {
  if (io.fs.stat(home).ok) return;
  io.fs.mkdir(home, { parents: true, mode, owner: { uid, gid } });
  const skel = io.fs.readdir('/etc/skel');
  for (const name of skel.ok ? skel.value : []) {
    const tree = io.fs.tree(`/etc/skel/${name}`);
    if (tree.ok) io.fs.putTree(`${home}/${name}`, { ...tree.value, uid, gid });
  }
}
