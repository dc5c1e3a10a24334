/**
 * BusyBox `ps` inside a container: the container's own process tree, PID 1 first. In a
 * container this is the lesson: the main command is PID 1 and nothing of the host shows.
 * The simulation knows two processes: the main one and, under `docker exec`, the exec'd one.
 */
import type { ProgramEntry } from '../shell/program';

export interface ProcessTable {
  /** The pid of the process that runs `ps` (1 for the main process). */
  pid: number;
  /** PID 1's command line and user, when the process running `ps` is not PID 1 itself. */
  main?: { command: string; user: string };
}

/** BusyBox's default build: `PID`, `USER` (8 wide), `TIME` (m:ss), `COMMAND`. */
function row(pid: number, user: string, command: string): string {
  return `${String(pid).padStart(5)} ${user.slice(0, 8).padEnd(8)}  0:00 ${command}\n`;
}

export function busyboxPs(table: ProcessTable): ProgramEntry {
  return {
    run: (argv, io) => {
      const self = argv.map((a, i) => (i === 0 ? a.replace(/^.*\//, '') : a)).join(' ');
      let text = 'PID   USER     TIME  COMMAND\n';
      if (table.main && table.pid !== 1) text += row(1, table.main.user, table.main.command);
      text += row(table.pid, io.user.name, self);
      io.stdout(text);
      return 0;
    },
  };
}
