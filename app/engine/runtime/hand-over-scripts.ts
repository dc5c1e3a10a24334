/**
 * Entrypoint scripts of the image's own that hand over to their arguments. The official
 * images' docker-entrypoint.sh is known by name (process-tree-launch.ts); any other script
 * whose text execs its arguments (`exec "$@"`, `exec su-exec app "$0" "$@"`, `exec su app -c
 * "exec $*"`) ends the same way: its command takes its pid. Recorded: busybox with an
 * entrypoint.sh ending in `exec su app -c "exec $*"` leaves only `sleep 3600` in docker top
 * (runtime-users-entrypoint.txt). The files are read once, at start
 * (Container.handOverScripts), as ps and docker top cannot read them later.
 */
import type { FileSystem } from '../fs/filesystem';
import { resolvePath } from '../fs/path';
import { findOnPath } from '../shell/exec/lookup';
import { launchChain, type LaunchOptions } from './process-tree-launch';

/** A line that execs something given the script's arguments. */
const EXECS_ARGUMENTS = /^\s*exec\s.*\$(?:@|\*|\{@\}|\{\*\})/m;

function handsOver(fs: FileSystem, name: string, pathVar: string, cwd: string): boolean {
  const path = name.includes('/') ? resolvePath(cwd, name) : findOnPath(fs, name, pathVar, cwd);
  if (!path) return false;
  const read = fs.readFile(path);
  const text = read.ok ? read.value.text : undefined;
  return text !== undefined && text.startsWith('#!') && EXECS_ARGUMENTS.test(text);
}

/**
 * The scripts (argv[0] as the command line names them) the launch chain passes through that
 * hand over, found by following the chain: each one found may reveal the next.
 */
export function handOverScripts(
  fs: FileSystem,
  argv: readonly string[],
  options: LaunchOptions & { init: boolean; pathVar: string; cwd: string },
): string[] {
  const found: string[] = [];
  for (let round = 0; round < 4; round++) {
    const chain = launchChain(argv, options.init, {
      ...options,
      handsOver: (name) => found.includes(name),
    });
    const leaf = chain.at(-1)?.argv;
    const name = leaf?.[0];
    if (!leaf || leaf.length < 2 || !name || found.includes(name)) break;
    if (!handsOver(fs, name, options.pathVar, options.cwd)) break;
    found.push(name);
  }
  return found;
}
