/**
 * `--group-add`: groups the container's processes hold on top of their user's, as recorded on
 * the Docker 20.10 oracle (image with `1008:x:1007:bob` and `sup:x:1009:app,bob`):
 * - each value is looked up in the container's /etc/group when the container starts: the first
 *   line whose name or gid reads as the value wins (`--group-add 1008` is gid 1007 there);
 *   a number no line has is taken as is (`1005`); anything else refuses the start with
 *   `Unable to find group nosuch: no matching entries in group file` (create succeeds), and
 *   a number past 2147483647 with `uids and gids must be in range 0-2147483647`;
 * - `-u 1001:1009 --group-add 1007 --group-add 1005` runs `id` as
 *   `uid=1001 gid=1009(sup) groups=1005,1007(1008),1009(sup)`: the kernel sorts the list;
 * - `docker exec` without `-u` keeps the gids found at start even when /etc/group changed
 *   since (`groups=0(root),1009` after sup's line was deleted); `exec -u` looks the values
 *   up again and fails with the same message (exit 126) when one is gone.
 */
import type { FileSystem } from '../fs/filesystem';
import type { Container } from '../host/containers';
import type { User } from '../shell/program';
import { groupByText, groupEntries } from '../shell/users';

export type GroupAddResult = { ok: true; gids: number[] } | { ok: false; error: string };

const NUMBER = /^\d+$/;
/** A gid past what the daemon accepts (`--group-add 4294967295` is refused with this). */
const MAX_GID = 2 ** 31 - 1;
const OUT_OF_RANGE = `uids and gids must be in range 0-${MAX_GID}`;

/** The gids `--group-add` values name, in the order given, once each. */
export function resolveGroupAdd(fs: FileSystem, values: readonly string[]): GroupAddResult {
  if (values.length === 0) return { ok: true, gids: [] };
  const entries = groupEntries(fs);
  const gids: number[] = [];
  for (const value of values) {
    const match = groupByText(entries, value);
    let gid: number;
    if (match) gid = match.gid;
    else if (!NUMBER.test(value)) return { ok: false, error: noGroup(value) };
    else if (Number(value) > MAX_GID) return { ok: false, error: OUT_OF_RANGE };
    else gid = Number(value);
    if (!gids.includes(gid)) gids.push(gid);
  }
  return { ok: true, gids };
}

/**
 * The added gids an exec'd process holds: those the start found, unless `-u` names a user,
 * when the values are looked up again in the files as they are now.
 */
export function execAddedGroups(
  fs: FileSystem,
  container: Pick<Container, 'groupAdd' | 'groupAddGids'>,
  execUser: string | undefined,
): GroupAddResult {
  if (execUser === undefined) return { ok: true, gids: container.groupAddGids ?? [] };
  return resolveGroupAdd(fs, container.groupAdd ?? []);
}

export function noGroup(value: string): string {
  return `Unable to find group ${value}: no matching entries in group file`;
}

/** The user with the added gids among its supplementary groups (the kernel sorts them). */
export function withAddedGroups(user: User, added: readonly number[]): User {
  if (added.length === 0) return user;
  const held = user.groups ?? [user.gid];
  const groups = [...new Set([...held, ...added])].sort((a, b) => a - b);
  return { ...user, groups };
}
