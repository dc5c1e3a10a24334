/**
 * The process trees of the servers known only by name (blocking-tools' daemons), as ps shows
 * them: postgres's background processes under the postmaster, redis's title with the address
 * it listens on, mysqld alone (its work is threads). They run as the user the image's
 * entrypoint switched to (gosu postgres, gosu redis, mysql).
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProcessTree, User } from '../../shell/program';

/** PostgreSQL 15 and later: what the postmaster starts before accepting connections. */
const POSTGRES_CHILDREN = [
  'checkpointer',
  'background writer',
  'walwriter',
  'autovacuum launcher',
  'logical replication launcher',
];

/** redis's `*:6379`, or the port given on the command line. */
function redisTitle(argv: readonly string[]): string {
  const at = argv.indexOf('--port');
  const port = at >= 0 && /^\d+$/.test(argv[at + 1] ?? '') ? argv[at + 1] : '6379';
  return `redis-server *:${port}`;
}

/** Who the entrypoint hands each server to when it starts as root (`exec gosu postgres ...`). */
const SERVICE_USERS: Record<string, string> = {
  postgres: 'postgres',
  'redis-server': 'redis',
  mysqld: 'mysql',
  mariadbd: 'mysql',
};

/** A user's uid in the container's /etc/passwd (the official images give these 999). */
function passwdUid(fs: FileSystem, name: string): number {
  const passwd = fs.readFile('/etc/passwd');
  const text = passwd.ok ? (passwd.value.text ?? '') : '';
  const line = text.split('\n').find((l) => l.startsWith(`${name}:`));
  const uid = Number(line?.split(':')[2]);
  return Number.isInteger(uid) ? uid : 999;
}

export function daemonProcesses(
  name: string,
  argv: readonly string[],
  user: User,
  fs: FileSystem,
): ProcessTree | undefined {
  // The simulation does not run the entrypoint's gosu: a root start is handed over here.
  const handedTo = user.uid === 0 ? SERVICE_USERS[name] : undefined;
  const owner = handedTo
    ? { name: handedTo, uid: passwdUid(fs, handedTo) }
    : { name: user.name, uid: user.uid };
  const title = argv.join(' ');
  switch (name) {
    case 'postgres':
      return {
        title,
        user: owner,
        children: POSTGRES_CHILDREN.map((role) => ({ title: `postgres: ${role}` })),
      };
    case 'redis-server':
      return { title: redisTitle(argv), user: owner };
    case 'mysqld':
    case 'mariadbd':
      return { title, user: owner };
    default:
      return undefined;
  }
}
