/** USER names resolve through the image's /etc/passwd and /etc/group, as runc does. */
import type { FileSystem } from '../fs/filesystem';
import type { User } from '../shell/program';

function table(fs: FileSystem, path: string): string[][] {
  const file = fs.readFile(path);
  if (!file.ok || file.value.text === undefined) return [];
  return file.value.text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(':'));
}

export type UserLookup = { ok: true; user: User } | { ok: false; error: string };

/** `""`, `root`, `1000`, `app:app`, `1000:1000`: the user a process runs as. */
export function lookupUser(fs: FileSystem, spec: string): UserLookup {
  const [userPart = '', groupPart] = (spec || 'root').split(':');
  const passwd = table(fs, '/etc/passwd');
  const byName = passwd.find((row) => row[0] === userPart);
  const byUid = /^\d+$/.test(userPart) ? passwd.find((row) => row[2] === userPart) : undefined;
  const row = byName ?? byUid;
  if (!row && !/^\d+$/.test(userPart)) {
    if (userPart === 'root')
      return { ok: true, user: { name: 'root', uid: 0, gid: 0, home: '/root' } };
    return {
      ok: false,
      error: `unable to find user ${userPart}: no matching entries in passwd file`,
    };
  }
  const uid = row ? Number(row[2]) : Number(userPart);
  let gid = row ? Number(row[3]) : uid;
  if (groupPart !== undefined) {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const group = table(fs, '/etc/group').find((g) => g[0] === groupPart);
      if (!group)
        return {
          ok: false,
          error: `unable to find group ${groupPart}: no matching entries in group file`,
        };
      gid = Number(group[2]);
    }
  }
  return {
    ok: true,
    user: {
      name: row?.[0] ?? String(uid),
      uid,
      gid,
      home: row?.[5] || (uid === 0 ? '/root' : '/'),
    },
  };
}

/**
 * The user a process (a RUN step, a container's process) runs as. Unlike a `--chown` or a
 * WORKDIR owner, a bare uid with no passwd entry runs with group 0, as runc does
 * (`USER 1000` then `RUN id`: uid=1000 gid=0(root)).
 */
export function processUser(fs: FileSystem, spec: string): UserLookup {
  const found = lookupUser(fs, spec);
  if (!found.ok) return found;
  const [userPart = '', groupPart] = spec.split(':');
  const unlisted = /^\d+$/.test(userPart) && found.user.name === userPart;
  return unlisted && groupPart === undefined
    ? { ok: true, user: { ...found.user, gid: 0 } }
    : found;
}

/**
 * The user a RUN step runs as. BuildKit gives a uid that /etc/passwd does not list no
 * supplementary groups (busybox `id` prints `uid=1000 gid=0(root)` on the 20.10 oracle),
 * where docker run gives it its primary group (`groups=0(root)`).
 */
export function buildStepUser(fs: FileSystem, spec: string): UserLookup {
  const found = processUser(fs, spec);
  if (!found.ok) return found;
  const userPart = spec.split(':')[0] ?? '';
  const unlisted = /^\d+$/.test(userPart) && found.user.name === userPart;
  return unlisted ? { ok: true, user: { ...found.user, groups: [] } } : found;
}
