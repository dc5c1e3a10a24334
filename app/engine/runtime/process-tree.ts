/**
 * A container's processes as ps sees them, from the process tree its main server declared
 * (ServiceOutcome.processes: nginx's master and workers, Apache's children, postgres's
 * background processes). One list feeds `docker top` (the host's view: host pids, host user
 * names), ps inside the container (container pids and user names) and the PIDS column of
 * `docker stats`, so the three agree. A main that declared nothing and runs unwrapped is its
 * argv alone.
 */
import { basename } from '../fs/path';
import type { Container } from '../host/containers';
import type { ProcessTree } from '../shell/program';
import { containerShell } from './image-shell';
import { launchChain, type ShellFlavour } from './process-tree-launch';

export interface ContainerProcess {
  /** Its pid inside the container (PID 1 is the main). */
  pid: number;
  ppid: number;
  /** What ps prints as `args`: the title a server gave itself, else the argv. */
  args: string;
  /** The executable's name (`comm`), at most 15 characters. */
  comm: string;
  /** The user as the container's /etc/passwd names it. */
  user: { name: string; uid: number };
}

/** The default first child pid: a few pids go to the entrypoint's short-lived helpers. */
const FIRST_CHILD_PID = 7;

/** `nginx: worker process` → nginx; `/usr/local/bin/python /usr/local/bin/gunicorn` → python. */
function commOf(title: string): string {
  return basename(title.split(' ')[0] ?? '')
    .replace(/:$/, '')
    .slice(0, 15);
}

/**
 * The container's processes, PID 1 first: the launch chain its command line leaves
 * (docker-init, tini, npm, a `sh -c` that did not exec; see process-tree-launch.ts), the
 * program at its end with the tree it declared (workers...). Undefined when that is just
 * the argv as one process, which the callers show themselves.
 */
export function declaredProcesses(
  c: Container,
  shell: ShellFlavour = containerShell(c),
): ContainerProcess[] | undefined {
  const argv = [c.path, ...c.args];
  const chain = launchChain(argv, c.init ?? false, { shell, env: c.env, ...handsOverOf(c) });
  const leaf = chain.at(-1);
  const wrapped = chain.length > 1 || (leaf !== undefined && leaf.args !== argv.join(' '));
  if (!c.processes && !wrapped) return undefined;
  const tree: ProcessTree = c.processes?.tree ?? {};
  const user = c.processes?.user ?? c.runAs?.start ?? userOf(c.user);
  // The program runs as whoever the entrypoint's su-exec or gosu made it; the wrappers above
  // it (tini, a shell that stayed) keep the start user.
  const mainUser = tree.user ?? c.runAs?.main ?? user;
  const out: ContainerProcess[] = [];
  let pid = FIRST_CHILD_PID;
  // The wrappers, each the parent of the next; PID 1 first, then pids from 7 on (recorded:
  // `--init sleep` → 1 and 7, `sh -c "sleep 1000; true"` → 1 and 7, give or take one). One
  // exec'd after su-exec or gosu runs as the user they switched to.
  chain.slice(0, -1).forEach((wrapper, i) => {
    out.push({
      pid: i === 0 ? 1 : pid++,
      ppid: i === 0 ? 0 : (out[i - 1]?.pid ?? 1),
      args: wrapper.args,
      comm: wrapper.comm,
      user: wrapper.afterSwitch ? (c.runAs?.main ?? user) : user,
    });
  });
  const leafArgs = leaf?.args ?? argv.join(' ');
  const leafPid = out.length === 0 ? 1 : pid++;
  out.push({
    pid: leafPid,
    ppid: out.at(-1)?.pid ?? 0,
    args: tree.title ?? leafArgs,
    comm: (tree.comm ?? (tree.title ? commOf(tree.title) : (leaf?.comm ?? basename(c.path)))).slice(
      0,
      15,
    ),
    user: mainUser,
  });
  // A server's children follow (nginx's workers from 29, after its entrypoint's scripts).
  pid = Math.max(pid, tree.firstChildPid ?? FIRST_CHILD_PID);
  for (const child of tree.children ?? []) {
    for (let i = 0; i < (child.count ?? 1); i++) {
      out.push({
        pid: pid++,
        ppid: leafPid,
        args: child.title,
        comm: (child.comm ?? commOf(child.title)).slice(0, 15),
        user: child.user ?? mainUser,
      });
    }
  }
  return out;
}

/** The container's entrypoint scripts that exec their arguments, as read at start. */
export function handsOverOf(c: Container): { handsOver?: (name: string) => boolean } {
  const scripts = c.handOverScripts;
  return scripts?.length ? { handsOver: (name) => scripts.includes(name) } : {};
}

/** Well-known uids of the images' /etc/passwd (www-data is Debian's and BusyBox's; Alpine's is 82). */
const KNOWN_USERS: Record<string, number> = {
  root: 0,
  daemon: 1,
  bin: 2,
  'www-data': 33,
  nobody: 65534,
};

/**
 * The user of a main that declared none, from `--user`/USER, for a container started before
 * the runtime recorded `runAs`: a name or uid, maybe with a group. A name the table does not
 * know is taken as the image's first account, uid 1000.
 */
function userOf(spec: string): { name: string; uid: number } {
  const who = spec.split(':')[0] ?? '';
  if (who === '') return { name: 'root', uid: 0 };
  if (/^\d+$/.test(who)) {
    const uid = Number(who);
    const name = Object.entries(KNOWN_USERS).find(([, id]) => id === uid)?.[0] ?? who;
    return { name, uid };
  }
  return { name: who, uid: KNOWN_USERS[who] ?? 1000 };
}

/** How many processes the container has (`docker stats` PIDS), if its main declared them. */
export function declaredProcessCount(c: Container, shell?: ShellFlavour): number | undefined {
  return declaredProcesses(c, shell)?.length;
}

/** The pid the next process started inside (a `docker exec`) gets, at least `wanted`. */
export function nextPid(c: Container, wanted: number, shell?: ShellFlavour): number {
  const last = declaredProcesses(c, shell)?.at(-1)?.pid ?? 1;
  return Math.max(wanted, last + 1);
}

/**
 * The simulated host's /etc/passwd: a Debian 13 host's static accounts (base-passwd, and
 * apt's `_apt`) and the learner's account. `docker top` runs the host's ps, which names a container process's uid by
 * the host's passwd, not the container's: uid 33 is www-data on both, but nginx's 101 or
 * postgres's 999 belong to whatever the host allocated dynamically (systemd users on one
 * machine, nothing on another). The simulation's host allocated none, so ps prints them as
 * numbers, as procps does for a uid it cannot name.
 */
const HOST_PASSWD: Record<number, string> = {
  0: 'root',
  1: 'daemon',
  2: 'bin',
  3: 'sys',
  4: 'sync',
  5: 'games',
  6: 'man',
  7: 'lp',
  8: 'mail',
  9: 'news',
  10: 'uucp',
  13: 'proxy',
  33: 'www-data',
  34: 'backup',
  38: 'list',
  39: 'irc',
  42: '_apt',
  // The learner's own account (host/world.ts): a container's uid 1000 is theirs on the host,
  // as `docker top` shows on a real machine whose user is uid 1000.
  1000: 'learner',
  65534: 'nobody',
};

/** A uid as the host's ps prints it in USER/UID columns. */
export function hostUserName(uid: number): string {
  return HOST_PASSWD[uid] ?? String(uid);
}
