/**
 * Who gosu and su-exec make a process, from their documented behaviour (tianon/gosu reuses
 * libcontainer's passwd code; ncopa/su-exec is a small getpwnam/getgrouplist program). Both
 * start from the caller's ids, so a uid that /etc/passwd does not list keeps the caller's gid
 * (`su-exec 1000 id` as root: uid=1000 gid=0(root) groups=0(root)). They differ in the
 * supplementary groups: gosu gives only the groups /etc/group lists the user's name in (none
 * with an explicit group or an unlisted uid), su-exec the gid plus those groups.
 */
import type { ProgramIO, User } from '../program';
import { findOnPath } from '../exec/lookup';
import { resolvePath } from '../../fs/path';
import { groupByName, groupEntries, groupListOf, passwdEntries, type PasswdEntry } from '../users';
import type { FileSystem } from '../../fs/filesystem';

const NUMBER = /^[0-9]+$/;

export type ExecAs =
  | {
      ok: true;
      user: User;
      /** su-exec's setgroups call as its error names it: the user's list, or `setgroups(GID)`. */
      setgroupsCall?: string;
    }
  | { ok: false; error: string };

function memberGids(fs: FileSystem, name: string): number[] {
  return groupEntries(fs)
    .filter((g) => g.members.includes(name))
    .map((g) => g.gid);
}

function split(spec: string): [string, string] {
  const at = spec.indexOf(':');
  return at < 0 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)];
}

/** gosu's user-spec: `user`, `uid`, `user:group`, `uid:gid` (a number is always an id). */
export function gosuUser(fs: FileSystem, spec: string, caller: User): ExecAs {
  const [userPart, groupPart] = split(spec);
  const rows = passwdEntries(fs);
  const match =
    userPart === ''
      ? (r: PasswdEntry) => r.uid === caller.uid
      : NUMBER.test(userPart)
        ? (r: PasswdEntry) => r.uid === Number(userPart)
        : (r: PasswdEntry) => r.name === userPart;
  const row = rows.find(match);
  if (!row && userPart !== '' && !NUMBER.test(userPart))
    return {
      ok: false,
      error: `unable to find user ${userPart}: no matching entries in passwd file`,
    };
  const uid = row ? row.uid : userPart === '' ? caller.uid : Number(userPart);
  let gid = row ? row.gid : caller.gid;
  let groups: number[] = row ? memberGids(fs, row.name) : [];
  if (groupPart !== '') {
    groups = [];
    if (NUMBER.test(groupPart)) gid = Number(groupPart);
    else {
      const group = groupByName(fs, groupPart);
      if (!group)
        return {
          ok: false,
          error: `unable to find group ${groupPart}: no matching entries in group file`,
        };
      gid = group.gid;
    }
  }
  return {
    ok: true,
    user: { name: row?.name ?? String(uid), uid, gid, home: row?.home || '/', groups },
  };
}

/** su-exec's user-spec: a number is a uid looked up with getpwuid, a name with getpwnam. */
export function suExecUser(fs: FileSystem, spec: string, caller: User): ExecAs {
  const [userPart, groupPart] = split(spec);
  const rows = passwdEntries(fs);
  let uid = caller.uid;
  let pw: PasswdEntry | undefined;
  if (userPart !== '' && !NUMBER.test(userPart)) {
    pw = rows.find((r) => r.name === userPart);
    if (!pw) return { ok: false, error: `getpwnam(${userPart})` };
  } else {
    if (userPart !== '') uid = Number(userPart);
    pw = rows.find((r) => r.uid === uid);
  }
  if (pw) uid = pw.uid;
  let gid = pw ? pw.gid : caller.gid;
  const home = pw ? pw.home : '/';
  if (groupPart !== '') {
    // An explicit group drops the user's group list: setgroups(1, &gid).
    pw = undefined;
    if (NUMBER.test(groupPart)) gid = Number(groupPart);
    else {
      const group = groupByName(fs, groupPart);
      if (!group) return { ok: false, error: `getgrnam(${groupPart})` };
      gid = group.gid;
    }
  }
  // getgrouplist(name, gid): the gid first, then every group listing the name.
  const groups = pw ? groupListOf(fs, pw.name, gid) : [gid];
  const name = rows.find((r) => r.uid === uid)?.name ?? String(uid);
  return {
    ok: true,
    user: { name, uid, gid, home, groups },
    setgroupsCall: pw ? 'setgroups' : `setgroups(${gid})`,
  };
}

/**
 * Whether exec(2) finds the command the switch tools hand over to (a path, or a name on
 * PATH). `io.run` says 127 both when nothing was found and when the command ran and exited
 * 127 itself; only the first is the tool's own error.
 */
export function commandFound(io: ProgramIO, name: string): boolean {
  if (name.includes('/')) return io.fs.stat(resolvePath(io.cwd, name)).ok;
  return findOnPath(io.fs, name, io.env.PATH, io.cwd) !== undefined;
}
