/**
 * BusyBox `ps` inside a container: the container's own process tree, PID 1 first. In a
 * container this is the lesson: the main command is PID 1 and nothing of the host shows.
 * The table holds PID 1 and the children its server declared (nginx's workers...), then the
 * process running `ps` (under `docker exec`, the exec'd one).
 */
import type { ProgramEntry } from '../shell/program';
import type { TopProcess } from './stats';

export interface ProcessTable {
  /** The pid of the process that runs `ps` (1 for the main process). */
  pid: number;
  /** Its parent: 0 for an exec'd process (runc starts it), the shell for a typed command. */
  ppid?: number;
  /** The container's other processes (PID 1 and its children), when `ps` is not PID 1 itself. */
  others?: readonly TopProcess[];
  /** When the process running `ps` started, HH:MM (procps's START and STIME). */
  stime?: string;
}

/** BusyBox's default build: `PID`, `USER` (8 wide), `TIME` (m:ss), `COMMAND`. */
function row(pid: number, user: string, command: string): string {
  return `${String(pid).padStart(5)} ${user.slice(0, 8).padEnd(8)}  0:00 ${command}\n`;
}

/** The processes before the one running ps, in pid order. */
export function otherRows(table: ProcessTable): readonly TopProcess[] {
  return (table.others ?? []).filter((p) => p.pid !== table.pid);
}

export function busyboxPs(table: ProcessTable): ProgramEntry {
  return {
    run: (argv, io) => {
      const self = argv.map((a, i) => (i === 0 ? a.replace(/^.*\//, '') : a)).join(' ');
      let text = 'PID   USER     TIME  COMMAND\n';
      for (const p of otherRows(table)) text += row(p.pid, p.user, p.args);
      text += row(table.pid, io.user.name, self);
      io.stdout(text);
      return 0;
    },
  };
}
