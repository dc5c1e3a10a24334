/**
 * How a USER / --user / --chown spec becomes a uid, gid, home and groups. Three resolvers, as
 * recorded on the Docker 20.10 oracle (BuildKit + runc; cases in users.test.ts):
 * - lookupUser (COPY --chown, the owner of a WORKDIR made after USER): a number is taken as
 *   is, group included (`--chown=1200` is 1200:1200 even when passwd gives uid 1200 group
 *   1300); a name goes through /etc/passwd.
 * - processUser (docker run/exec): a number is always a uid, never a user *named* so (`-u 2000`
 *   with a user named 2000 whose uid is 1005 runs as uid 2000); its group is the first passwd
 *   entry's with that uid, or 0 when there is none.
 * - buildStepUser (a RUN step): the same, with BuildKit's supplementary groups.
 */
import type { FileSystem } from '../fs/filesystem';
import type { User } from '../shell/program';
import {
  groupByText,
  groupEntries as groups,
  passwdEntries as passwd,
  type PasswdEntry,
} from '../shell/users';

const NUMBER = /^\d+$/;

export type UserLookup = { ok: true; user: User } | { ok: false; error: string };

function split(spec: string): { userPart: string; groupPart: string | undefined } {
  const [userPart = '', groupPart] = spec.split(':');
  return { userPart: userPart || 'root', groupPart: groupPart || undefined };
}

function noUser(name: string): string {
  return `unable to find user ${name}: no matching entries in passwd file`;
}

/** A group spec's gid: a number as is, a name through /etc/group. */
function groupId(fs: FileSystem, groupPart: string): number | string {
  if (NUMBER.test(groupPart)) return Number(groupPart);
  const group = groups(fs).find((g) => g.name === groupPart);
  return group ? group.gid : `unable to find group ${groupPart}: no matching entries in group file`;
}

/** `""`, `root`, `1000`, `app:app`, `1000:1000` as COPY --chown and WORKDIR give an owner. */
export function lookupUser(fs: FileSystem, spec: string): UserLookup {
  const { userPart, groupPart } = split(spec);
  let user: User;
  if (NUMBER.test(userPart)) {
    const uid = Number(userPart);
    user = { name: userPart, uid, gid: uid, home: '/' };
  } else {
    const row = passwd(fs).find((r) => r.name === userPart);
    if (row) user = { name: row.name, uid: row.uid, gid: row.gid, home: row.home || '/' };
    else if (userPart === 'root') user = { name: 'root', uid: 0, gid: 0, home: '/root' };
    else return { ok: false, error: noUser(userPart) };
  }
  if (groupPart === undefined) return { ok: true, user };
  const gid = groupId(fs, groupPart);
  return typeof gid === 'string' ? { ok: false, error: gid } : { ok: true, user: { ...user, gid } };
}

/** The passwd entry a process spec names: a number by uid only, a name by name. */
function entryFor(fs: FileSystem, userPart: string): PasswdEntry | { uid: number } | undefined {
  const rows = passwd(fs);
  if (NUMBER.test(userPart)) {
    const uid = Number(userPart);
    return rows.find((r) => r.uid === uid) ?? { uid };
  }
  const row = rows.find((r) => r.name === userPart);
  if (row) return row;
  return userPart === 'root' ? { uid: 0 } : undefined;
}

interface Resolved {
  user: User;
  /** Gids of the groups /etc/group lists the user's name in (none for an unlisted uid). */
  memberGids: number[];
  explicitGroup: boolean;
}

function resolveProcess(fs: FileSystem, spec: string): Resolved | { error: string } {
  const { userPart, groupPart } = split(spec);
  const entry = entryFor(fs, userPart);
  if (!entry) return { error: noUser(userPart) };
  const row = 'name' in entry ? entry : undefined;
  let gid = row ? row.gid : 0;
  if (groupPart !== undefined) {
    const found = groupId(fs, groupPart);
    if (typeof found === 'string') return { error: found };
    gid = found;
  }
  // runc hands the process its uid and gid as numbers and looks the uid up again for HOME,
  // so `-u dupe` (a second name for uid 1000) gets the home of the first uid-1000 entry.
  const first = passwd(fs).find((r) => r.uid === entry.uid);
  const home = first?.home || (entry.uid === 0 && !first ? '/root' : '/');
  const memberGids = row
    ? groups(fs)
        .filter((g) => g.members.includes(row.name))
        .map((g) => g.gid)
    : [];
  return {
    user: { name: row?.name ?? first?.name ?? String(entry.uid), uid: entry.uid, gid, home },
    memberGids,
    explicitGroup: groupPart !== undefined,
  };
}

/**
 * runc passes supplementary gids on as text and resolves each through /etc/group again:
 * the first line whose name or gid is that text wins (so gid 1008 becomes 1007 when a group
 * *named* 1008 with gid 1007 comes first, as recorded on the oracle).
 */
function runcGroups(fs: FileSystem, gids: readonly number[]): number[] {
  const all = groups(fs);
  const out: number[] = [];
  for (const gid of gids) {
    const resolved = groupByText(all, String(gid))?.gid ?? gid;
    if (!out.includes(resolved)) out.push(resolved);
  }
  return out;
}

/**
 * The user a container's process (docker run/exec, the image's USER) runs as. Its groups are
 * its gid plus, unless the spec names a group, the groups listing its name (`-u 1000`:
 * `groups=1000(1000),1009(sup)`; `-u 1001`, unlisted: `gid=0(root) groups=0(root)`).
 */
export function processUser(fs: FileSystem, spec: string): UserLookup {
  const found = resolveProcess(fs, spec);
  if ('error' in found) return { ok: false, error: found.error };
  const listed = [found.user.gid, ...(found.explicitGroup ? [] : found.memberGids)];
  return { ok: true, user: { ...found.user, groups: runcGroups(fs, listed) } };
}

/**
 * The user a RUN step runs as. BuildKit gives it only the groups /etc/group lists its name
 * in, and none when USER names a group or the uid has no passwd entry (BusyBox's id then
 * prints `uid=1000 gid=0(root)`, or `uid=1000(app) gid=1000(app)`, with no groups=).
 */
export function buildStepUser(fs: FileSystem, spec: string): UserLookup {
  const found = resolveProcess(fs, spec);
  if ('error' in found) return { ok: false, error: found.error };
  // With no USER at all BuildKit looks nothing up: root with no supplementary groups, where
  // `USER root` gets the groups listing root (`wheel:x:10:root`: groups=10(wheel)).
  const listed = found.explicitGroup || spec === '' ? [] : found.memberGids;
  return { ok: true, user: { ...found.user, groups: runcGroups(fs, listed) } };
}
