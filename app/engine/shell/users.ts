/**
 * /etc/passwd, /etc/group and /etc/shadow as the simulated tools read and write them: id,
 * ls -l, chown and ~user look names up here; useradd & co. rewrite these files (so they are
 * copied up into the layer, as on real Docker).
 */
import type { FileSystem } from '../fs/filesystem';
import type { User } from './program';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export function readText(fs: FileSystem, path: string): string {
  const read = fs.readFile(path);
  return read.ok ? (read.value.text ?? '') : '';
}

export function passwdEntries(fs: FileSystem): PasswdEntry[] {
  return lines(readText(fs, '/etc/passwd')).flatMap((line) => {
    const [name, , uid, gid, gecos = '', home = '/', shell = ''] = line.split(':');
    if (!name || uid === undefined || gid === undefined) return [];
    return [{ name, uid: Number(uid), gid: Number(gid), gecos, home, shell }];
  });
}

export function groupEntries(fs: FileSystem): GroupEntry[] {
  return lines(readText(fs, '/etc/group')).flatMap((line) => {
    const [name, , gid, members = ''] = line.split(':');
    if (!name || gid === undefined) return [];
    return [{ name, gid: Number(gid), members: members ? members.split(',') : [] }];
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

export function userByName(fs: FileSystem, name: string): PasswdEntry | undefined {
  return passwdEntries(fs).find((entry) => entry.name === name);
}

export function userById(fs: FileSystem, uid: number): PasswdEntry | undefined {
  return passwdEntries(fs).find((entry) => entry.uid === uid);
}

export function groupByName(fs: FileSystem, name: string): GroupEntry | undefined {
  return groupEntries(fs).find((entry) => entry.name === name);
}

/**
 * The group a gid handed over as text names, as runc resolves supplementary groups (and
 * `--group-add` values): the first line whose name or gid reads as the text, so `1008` is
 * gid 1007 where a group *named* 1008 comes first (recorded on the 20.10 oracle).
 */
export function groupByText(entries: readonly GroupEntry[], text: string): GroupEntry | undefined {
  return entries.find((g) => g.name === text || String(g.gid) === text);
}

export function groupById(fs: FileSystem, gid: number): GroupEntry | undefined {
  return groupEntries(fs).find((entry) => entry.gid === gid);
}

/** The name of a uid, or the number as text when /etc/passwd has no entry (as ls shows it). */
export function userName(fs: FileSystem, uid: number): string {
  return userById(fs, uid)?.name ?? String(uid);
}

export function groupName(fs: FileSystem, gid: number): string {
  return groupById(fs, gid)?.name ?? String(gid);
}

export function homeOf(fs: FileSystem, user: string): string | undefined {
  return userByName(fs, user)?.home;
}

/** Groups a user belongs to: the primary group first, then supplementary ones. */
export function groupsOf(
  fs: FileSystem,
  user: PasswdEntry | { name: string; gid: number },
): GroupEntry[] {
  const all = groupEntries(fs);
  const primary = all.find((g) => g.gid === user.gid) ?? {
    name: String(user.gid),
    gid: user.gid,
    members: [],
  };
  return [primary, ...all.filter((g) => g.gid !== user.gid && g.members.includes(user.name))];
}

/** Appends a line to a file, adding the missing newline a hand-edited file may lack. */
export function appendLine(fs: FileSystem, path: string, line: string): boolean {
  const current = readText(fs, path);
  const sep = current === '' || current.endsWith('\n') ? '' : '\n';
  const exists = fs.stat(path).ok;
  return fs.writeFile(
    path,
    { text: sep + line + '\n' },
    exists ? { append: true } : { mode: path.endsWith('shadow') ? 0o640 : 0o644 },
  ).ok;
}

/** Rewrites the lines of a colon-separated file whose first field is `name`. */
export function updateEntry(
  fs: FileSystem,
  path: string,
  name: string,
  change: (fields: string[]) => string[],
): boolean {
  const text = readText(fs, path);
  let found = false;
  const updated = text
    .split('\n')
    .map((line) => {
      const fields = line.split(':');
      if (fields[0] !== name) return line;
      found = true;
      return change(fields).join(':');
    })
    .join('\n');
  if (found) fs.writeFile(path, { text: updated });
  return found;
}

/**
 * getgroups(2): the supplementary groups a process holds. When its runtime fixed them
 * (`user.groups`: docker run, a build step, gosu, su-exec) exactly those; else what a login's
 * initgroups gives, its primary group and the groups /etc/group lists its name in. The kernel
 * sorts the list it is given (setgroups), so it comes back in ascending order, once each
 * (`--group-add 1007 --group-add 1005` reads back as 1005,1007 on the 20.10 oracle).
 */
export function processGroups(
  fs: FileSystem,
  user: Pick<User, 'name' | 'gid' | 'groups'>,
): number[] {
  const held = user.groups ?? [
    user.gid,
    ...groupEntries(fs)
      .filter((g) => g.members.includes(user.name))
      .map((g) => g.gid),
  ];
  return [...new Set(held)].sort((a, b) => a - b);
}

/**
 * getgrouplist(3): the groups a user would get at login, in /etc/group's order after the
 * primary one (`id bob` lists 1005,1200,1100,1006 as the file has them, on the oracle).
 */
export function groupListOf(fs: FileSystem, name: string, gid: number): number[] {
  const listed = groupEntries(fs)
    .filter((g) => g.members.includes(name))
    .map((g) => g.gid);
  return [...new Set([gid, ...listed])];
}
