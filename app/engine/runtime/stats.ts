/**
 * `docker stats` and `docker top`: plausible resource figures and process lists for a
 * running container, deterministic from its id, its command and the time, so a replay
 * prints the same numbers. An idle `sleep` uses a few hundred KiB; nginx a few MiB across
 * its master and workers; a Python or Node server tens of MiB.
 */
import { formatFloat } from '../cli/format/go-number';
import { bytesSize, humanSizeWithPrecision } from '../cli/format/units';
import { basename } from '../fs/path';
import type { Container } from '../host/containers';
import { containerShell } from './image-shell';
import { declaredProcessCount, declaredProcesses, hostUserName } from './process-tree';
import type { ShellFlavour } from './process-tree-launch';
import { pidFor } from './start';
import { isRunning } from './transitions';

/** The host's memory, as the limit of a container without `-m`. */
export const HOST_MEMORY = 16_758_452_224;

function seeded(c: Container, salt: string): number {
  let h = 2166136261;
  for (const ch of `${c.id}:${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h / 0xffffffff;
}

interface Profile {
  memory: number;
  pids: number;
  cpu: number;
}

function profile(c: Container): Profile {
  const words = [c.path, ...c.args].map((w) => basename(w));
  const has = (...names: string[]) =>
    names.some((n) => words.some((w) => w === n || w.startsWith(n)));
  if (has('nginx')) return { memory: 3_100_000, pids: 3, cpu: 0 };
  if (has('gunicorn', 'uvicorn', 'flask'))
    return { memory: 38_000_000, pids: has('gunicorn') ? 2 : 1, cpu: 0.02 };
  if (has('python', 'python3')) return { memory: 21_000_000, pids: 1, cpu: 0.01 };
  if (has('node', 'npm')) return { memory: 44_000_000, pids: 7, cpu: 0.03 };
  if (has('sh', 'bash') && !c.longRunning) return { memory: 600_000, pids: 1, cpu: 0 };
  return { memory: 320_000, pids: 1, cpu: 0 };
}

export interface StatsRow {
  ID: string;
  Container: string;
  Name: string;
  CPUPerc: string;
  MemUsage: string;
  MemPerc: string;
  NetIO: string;
  BlockIO: string;
  PIDs: string;
}

export function statsRow(c: Container, now: number, ref?: string): StatsRow {
  const running = isRunning(c);
  const base = profile(c);
  const memory = running
    ? Math.round((base.memory * (0.95 + seeded(c, 'mem') * 0.1)) / 4096) * 4096
    : 0;
  const cpu =
    running && c.status !== 'paused' ? base.cpu * seeded(c, `cpu:${Math.floor(now / 5000)}`) : 0;
  const uptime = running ? Math.max(0, now - c.startedAt) : 0;
  const bridge = (c.network ?? 'bridge') === 'bridge' && running;
  const rx = bridge ? Math.round(800 + (uptime / 1000) * 3 + seeded(c, 'rx') * 400) : 0;
  const blockRead = running && base.memory > 1_000_000 ? Math.round(base.memory / 8) : 0;
  return {
    ID: c.id.slice(0, 12),
    Container: ref ?? c.id.slice(0, 12),
    Name: c.name,
    CPUPerc: `${formatFloat(cpu, 'f', 2)}%`,
    MemUsage: running ? `${bytesSize(memory)} / ${bytesSize(HOST_MEMORY)}` : '0B / 0B',
    MemPerc: `${formatFloat(running ? (memory / HOST_MEMORY) * 100 : 0, 'f', 2)}%`,
    NetIO: `${humanSizeWithPrecision(rx, 3)} / ${humanSizeWithPrecision(0, 3)}`,
    BlockIO: `${humanSizeWithPrecision(blockRead, 3)} / ${humanSizeWithPrecision(0, 3)}`,
    PIDs: String(running ? (declaredProcessCount(c, containerShell(c)) ?? base.pids) : 0),
  };
}

/** One process of a container as the host's `ps` sees it. */
export interface TopProcess {
  user: string;
  pid: number;
  ppid: number;
  /** Start time, HH:MM (UTC). */
  stime: string;
  /** The command line (`args`), and the program's name (`comm`). */
  args: string;
  comm: string;
  /** Resident and virtual size in KiB, as ps counts them (shared libraries included). */
  rssKb: number;
  vszKb: number;
  /** The numeric uid, when known (UID columns of `-l`, `j`, `s`; `-o uid`). */
  uid?: number;
}

/**
 * The container's processes as the host sees them (`docker top`), or as ps inside does: the
 * tree its main declared, else its argv alone (on the host, nginx's workers guessed from a
 * command line that runs nginx under a shell).
 */
export function topProcesses(
  c: Container,
  userName: string,
  view: 'host' | 'container' = 'host',
  /** The image's /bin/sh (image-shell.ts): whether a `sh -c` main stayed above its command. */
  shell: ShellFlavour = containerShell(c),
): TopProcess[] {
  const pid = pidFor(c);
  const stime = new Date(c.startedAt).toISOString().slice(11, 16);
  // ps shows the argv joined by spaces, unquoted: `sh -c while true; do ...; done`.
  const cmd = [c.path, ...c.args].join(' ');
  // ps counts what stats leaves out (the binary's own pages): a BusyBox sleep is 1384/2268.
  const rssKb = Math.floor(profile(c).memory / 1024) + 1072;
  const proc = (p: number, ppid: number, args: string, comm: string): TopProcess => ({
    user: userName,
    pid: p,
    ppid,
    stime,
    args,
    comm: comm.slice(0, 15),
    rssKb,
    vszKb: rssKb + 884,
  });
  const declared = declaredProcesses(c, shell);
  // A main alone runs as whoever it switched to (an entrypoint's su-exec), else as started.
  const main = c.runAs?.main;
  if (view === 'container') {
    // ps inside: the container's pids and its own /etc/passwd names.
    if (!declared)
      return [
        {
          ...proc(1, 0, cmd, basename(c.path)),
          ...(main ? { user: main.name, uid: main.uid } : {}),
        },
      ];
    return declared.map((p) => ({
      ...proc(p.pid, p.ppid, p.args, p.comm),
      user: p.user.name,
      uid: p.user.uid,
    }));
  }
  if (declared) {
    // The host's ps: host pids (children after the main's), users named by the host's passwd.
    const hostPid = (inside: number) => (inside === 1 ? pid : pid + 12 + inside);
    return declared.map((p) => ({
      ...proc(hostPid(p.pid), p.pid === 1 ? pid - 22 : hostPid(p.ppid), p.args, p.comm),
      user: hostUserName(p.user.uid),
      uid: p.user.uid,
    }));
  }
  if (/\bnginx\b/.test(cmd)) {
    const master = `nginx: master process ${cmd.replace(/^.*?nginx\s*/, 'nginx ')}`;
    return [
      proc(pid, pid - 22, master, 'nginx'),
      proc(pid + 41, pid, 'nginx: worker process', 'nginx'),
      proc(pid + 42, pid, 'nginx: worker process', 'nginx'),
    ];
  }
  return [
    {
      ...proc(pid, pid - 22, cmd, basename(c.path)),
      ...(main ? { user: hostUserName(main.uid), uid: main.uid } : {}),
    },
  ];
}
