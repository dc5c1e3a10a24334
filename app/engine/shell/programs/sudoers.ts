/**
 * The sudoers policy as Dockerfiles write it: `app ALL=(ALL) NOPASSWD:ALL`,
 * `%sudo ALL=(ALL:ALL) ALL`, `app ALL=(root) NOPASSWD: /usr/bin/apt-get`, in /etc/sudoers and
 * the files #includedir / @includedir name. As in sudo, the last rule that matches decides.
 * Aliases and host lists are not modelled (every host is this one).
 */
import type { FileSystem } from '../../fs/filesystem';
import { groupEntries, processGroups, readText, userById } from '../users';

interface Command {
  /** A full path, a directory ending in `/`, or ALL. */
  path: string;
  /** Arguments the rule requires exactly (undefined: any). */
  args?: string[];
  nopasswd: boolean;
}

export interface SudoRule {
  who: string[];
  /** Users the command may run as; undefined when the rule gives none (root only). */
  runas: string[] | undefined;
  commands: Command[];
}

export interface Sudoers {
  rules: SudoRule[];
  /** `Defaults !authenticate`: nobody is asked for a password. */
  noAuthenticate: boolean;
}

/**
 * What the sudo package installs as /etc/sudoers, for an image whose catalog entry lacks the
 * file: root may do anything, Debian and Ubuntu give the sudo group (Ubuntu also admin), Red
 * Hat the wheel group; all read /etc/sudoers.d.
 */
function packagedSudoers(fs: FileSystem): string {
  const id = /^ID="?([a-z]+)/m.exec(readText(fs, '/etc/os-release'))?.[1] ?? '';
  const lines = ['root ALL=(ALL:ALL) ALL'];
  if (id === 'ubuntu') lines.push('%admin ALL=(ALL) ALL');
  if (id === 'debian' || id === 'ubuntu') lines.push('%sudo ALL=(ALL:ALL) ALL');
  if (/^(rhel|centos|fedora|rocky|almalinux|amzn|ol)$/.test(id)) lines.push('%wheel ALL=(ALL) ALL');
  lines.push('@includedir /etc/sudoers.d');
  return lines.join('\n');
}

function logicalLines(text: string): string[] {
  return text.replace(/\\\n/g, ' ').split('\n');
}

function parseCommands(text: string): Command[] {
  let nopasswd = false;
  return text.split(',').flatMap((part) => {
    let rest = part.trim();
    for (;;) {
      const tag = /^([A-Z_]+):\s*/.exec(rest);
      if (!tag) break;
      if (tag[1] === 'NOPASSWD') nopasswd = true;
      if (tag[1] === 'PASSWD') nopasswd = false;
      rest = rest.slice(tag[0].length);
    }
    if (rest === '') return [];
    const [path = '', ...args] = rest.split(/\s+/);
    const exact = args.length === 0 ? undefined : args.length === 1 && args[0] === '""' ? [] : args;
    return [{ path, nopasswd, ...(exact ? { args: exact } : {}) }];
  });
}

function parseRule(line: string): SudoRule | undefined {
  const eq = line.indexOf('=');
  if (eq < 0) return undefined;
  const left = line.slice(0, eq).trim().split(/\s+/);
  left.pop(); // the host list
  const who = left
    .join(' ')
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  if (who.length === 0) return undefined;
  let right = line.slice(eq + 1).trim();
  let runas: string[] | undefined;
  const spec = /^\(([^)]*)\)\s*/.exec(right);
  if (spec) {
    const users = (spec[1] ?? '').split(':')[0] ?? '';
    runas = users
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    if (runas.length === 0) runas = ['root'];
    right = right.slice(spec[0].length);
  }
  return { who, runas, commands: parseCommands(right) };
}

export function readSudoers(fs: FileSystem): Sudoers {
  const out: Sudoers = { rules: [], noAuthenticate: false };
  const main = fs.stat('/etc/sudoers').ok ? readText(fs, '/etc/sudoers') : packagedSudoers(fs);
  const visit = (text: string, depth: number): void => {
    for (const raw of logicalLines(text)) {
      const line = raw.trim();
      const include = /^[#@]include(dir)?\s+(\S+)/.exec(line);
      if (include) {
        if (depth > 8) continue;
        const path = include[2] ?? '';
        if (include[1]) {
          const names = fs.readdir(path);
          // sudo skips names with a dot or ending in ~ (editor backups, README).
          if (names.ok)
            for (const name of [...names.value].sort())
              if (!name.includes('.') && !name.endsWith('~'))
                visit(readText(fs, `${path}/${name}`), depth + 1);
        } else visit(readText(fs, path), depth + 1);
        continue;
      }
      if (line === '' || line.startsWith('#')) continue;
      if (/^Defaults\b/.test(line)) {
        if (/!authenticate\b/.test(line)) out.noAuthenticate = true;
        continue;
      }
      if (/^(User|Runas|Host|Cmnd|Cmd)_Alias\b/.test(line)) continue;
      const rule = parseRule(line);
      if (rule) out.rules.push(rule);
    }
  };
  visit(main, 0);
  return out;
}

export interface Caller {
  name: string;
  uid: number;
  gid: number;
  groups?: readonly number[];
}

/**
 * A %group rule matches a group the caller's process holds (sudo's default group_source,
 * `adaptive`, takes the process's getgroups() list, as the kernel would check it) or the
 * primary group of its passwd entry: `docker run -u app:1000` holds no sudo group even where
 * /etc/group lists app in it.
 */
function callerMatches(fs: FileSystem, who: readonly string[], caller: Caller): boolean {
  const groups = groupEntries(fs);
  const gids = new Set([caller.gid, ...processGroups(fs, caller)]);
  const entry = userById(fs, caller.uid);
  if (entry) gids.add(entry.gid);
  return who.some((w) => {
    if (w === 'ALL' || w === caller.name || w === `#${caller.uid}`) return true;
    if (w.startsWith('%#')) return gids.has(Number(w.slice(2)));
    if (w.startsWith('%')) return groups.some((g) => g.name === w.slice(1) && gids.has(g.gid));
    return false;
  });
}

function commandMatches(command: Command, path: string, args: readonly string[]): boolean {
  if (command.path === 'ALL') return true;
  if (command.path.endsWith('/'))
    return path.startsWith(command.path) && !path.slice(command.path.length).includes('/');
  if (command.path !== path) return false;
  return command.args === undefined || command.args.join(' ') === args.join(' ');
}

export type SudoVerdict =
  | { kind: 'allowed'; nopasswd: boolean }
  /** A rule names the caller but not this command or target. */
  | { kind: 'refused' }
  /** No rule names the caller at all. */
  | { kind: 'unlisted' };

/** Whether `caller` may run `path args` as `target`: the last matching command decides. */
export function judge(
  fs: FileSystem,
  sudoers: Sudoers,
  caller: Caller,
  target: string,
  path: string,
  args: readonly string[],
): SudoVerdict {
  let listed = false;
  let verdict: SudoVerdict | undefined;
  for (const rule of sudoers.rules) {
    if (!callerMatches(fs, rule.who, caller)) continue;
    listed = true;
    const runas = rule.runas ?? ['root'];
    if (!runas.includes('ALL') && !runas.includes(target)) continue;
    for (const command of rule.commands)
      if (commandMatches(command, path, args))
        verdict = { kind: 'allowed', nopasswd: command.nopasswd || sudoers.noAuthenticate };
  }
  return verdict ?? { kind: listed ? 'refused' : 'unlisted' };
}
