/**
 * A container's processes as ps sees them, from the process tree its main server declared
 * (ServiceOutcome.processes: nginx's master and workers, Apache's children, postgres's
 * background processes). One list feeds `docker top` (the host's view: host pids, host user
 * names), ps inside the container (container pids and user names) and the PIDS column of
 * `docker stats`, so the three agree. A main that declared nothing is its argv alone.
 */
import { basename } from '../fs/path';
import type { Container } from '../host/containers';

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

/** The processes of a main that declared its tree, PID 1 first; undefined when it did not. */
export function declaredProcesses(c: Container): ContainerProcess[] | undefined {
  if (!c.processes) return undefined;
  const { tree } = c.processes;
  const mainUser = tree.user ?? c.processes.user;
  const argv = [c.path, ...c.args].join(' ');
  const main: ContainerProcess = {
    pid: 1,
    ppid: 0,
    args: tree.title ?? argv,
    comm: (tree.comm ?? commOf(tree.title ?? c.path)).slice(0, 15),
    user: mainUser,
  };
  const out = [main];
  let pid = tree.firstChildPid ?? FIRST_CHILD_PID;
  for (const child of tree.children ?? []) {
    for (let i = 0; i < (child.count ?? 1); i++) {
      out.push({
        pid: pid++,
        ppid: 1,
        args: child.title,
        comm: (child.comm ?? commOf(child.title)).slice(0, 15),
        user: child.user ?? mainUser,
      });
    }
  }
  return out;
}

/** How many processes the container has (`docker stats` PIDS), if its main declared them. */
export function declaredProcessCount(c: Container): number | undefined {
  return declaredProcesses(c)?.length;
}

/** The pid the next process started inside (a `docker exec`) gets, at least `wanted`. */
export function nextPid(c: Container, wanted: number): number {
  const last = declaredProcesses(c)?.at(-1)?.pid ?? 1;
  return Math.max(wanted, last + 1);
}

/**
 * The simulated host's /etc/passwd: a Debian 13 host's static accounts (base-passwd, and
 * apt's `_apt`). `docker top` runs the host's ps, which names a container process's uid by
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
  65534: 'nobody',
};

/** A uid as the host's ps prints it in USER/UID columns. */
export function hostUserName(uid: number): string {
  return HOST_PASSWD[uid] ?? String(uid);
}
