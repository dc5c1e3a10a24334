/**
 * procps-ng `ps` inside a Debian or Ubuntu container (once `procps` is installed: the slim
 * images have no ps). It lists the same process table as BusyBox ps and `docker top` (see
 * process-tree.ts), in procps's own fixed-width layout: `ps` (the caller's user, no terminal),
 * `ps -e`/`-A`, `ps -f`/`-ef`, `ps ax`, `ps aux`. Figures are an idle process's.
 */
import type { ProgramEntry, ProgramIO } from '../shell/program';
import { otherRows, type ProcessTable } from './ps-program';
import type { TopProcess } from './stats';

type Col = { header: string; width: number; left?: boolean; value: (p: TopProcess) => string };

const user8 = (name: string): string => (name.length > 8 ? `${name.slice(0, 7)}+` : name);

const COLS = {
  pid: { header: 'PID', width: 7, value: (p) => String(p.pid) },
  ppid: { header: 'PPID', width: 7, value: (p) => String(p.ppid) },
  uid: { header: 'UID', width: 8, left: true, value: (p) => user8(p.user) },
  user: { header: 'USER', width: 8, left: true, value: (p) => user8(p.user) },
  c: { header: 'C', width: 2, value: () => '0' },
  cpu: { header: '%CPU', width: 4, value: () => '0.0' },
  mem: { header: '%MEM', width: 4, value: () => '0.0' },
  vsz: { header: 'VSZ', width: 6, value: (p) => String(p.vszKb) },
  rss: { header: 'RSS', width: 5, value: (p) => String(p.rssKb) },
  tty: { header: 'TTY', width: 8, left: true, value: () => '?' },
  stat: { header: 'STAT', width: 4, left: true, value: (p) => (p.pid === 1 ? 'Ss' : 'S') },
  start: { header: 'START', width: 5, left: true, value: (p) => p.stime },
  stime: { header: 'STIME', width: 5, left: true, value: (p) => p.stime },
  bsdTime: { header: 'TIME', width: 6, value: () => '0:00' },
  time: { header: 'TIME', width: 8, value: () => '00:00:00' },
  args: { header: 'COMMAND', width: 0, left: true, value: (p) => p.args },
  cmdArgs: { header: 'CMD', width: 0, left: true, value: (p) => p.args },
  cmdComm: { header: 'CMD', width: 0, left: true, value: (p) => p.comm },
} satisfies Record<string, Col>;

const STYLES: Record<string, Col[]> = {
  default: [COLS.pid, COLS.tty, COLS.time, COLS.cmdComm],
  full: [COLS.uid, COLS.pid, COLS.ppid, COLS.c, COLS.stime, COLS.tty, COLS.time, COLS.cmdArgs],
  bsd: [COLS.pid, COLS.tty, COLS.stat, COLS.bsdTime, COLS.args],
  user: [
    COLS.user,
    COLS.pid,
    COLS.cpu,
    COLS.mem,
    COLS.vsz,
    COLS.rss,
    COLS.tty,
    COLS.stat,
    COLS.start,
    COLS.bsdTime,
    COLS.args,
  ],
};

/** A cell: left-aligned text is padded on the right, numbers on the left; the last is free. */
function cell(col: Col, text: string, last: boolean): string {
  if (last) return text;
  return col.left ? text.padEnd(col.width) : text.padStart(col.width);
}

function render(cols: readonly Col[], rows: readonly TopProcess[]): string {
  const line = (cells: string[]) =>
    `${cells.map((text, i) => cell(cols[i]!, text, i === cols.length - 1)).join(' ')}\n`;
  return (
    line(cols.map((c) => c.header)) + rows.map((p) => line(cols.map((c) => c.value(p)))).join('')
  );
}

type Choice = { cols: Col[]; all: boolean } | { error: string };

/** The style and selection the options ask for. */
function choose(args: readonly string[]): Choice {
  let cols = STYLES.default!;
  let all = false;
  for (const arg of args) {
    if (arg.startsWith('-')) {
      for (const letter of arg.slice(1)) {
        if (letter === 'e' || letter === 'A') all = true;
        else if (letter === 'f') cols = STYLES.full!;
        else return { error: `error: unsupported SysV option\n` };
      }
      continue;
    }
    for (const letter of arg) {
      if (letter === 'a' || letter === 'x') all = true;
      else if (letter === 'u') cols = STYLES.user!;
      else return { error: `error: unsupported option (BSD syntax)\n` };
    }
    if (cols === STYLES.default) cols = STYLES.bsd!;
  }
  return { cols, all };
}

export function procpsPs(table: ProcessTable): ProgramEntry {
  return {
    run: (argv: string[], io: ProgramIO) => {
      const chosen = choose(argv.slice(1));
      if ('error' in chosen) {
        io.stderr(
          `${chosen.error}\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`,
        );
        return 1;
      }
      const self: TopProcess = {
        user: io.user.name,
        uid: io.user.uid,
        pid: table.pid,
        ppid: table.ppid ?? 0,
        stime: table.stime ?? '00:00',
        args: argv.join(' '),
        comm: (argv[0] ?? 'ps').replace(/^.*\//, '').slice(0, 15),
        rssKb: 3968,
        vszKb: 8100,
      };
      // Without -e/a/x, ps picks the caller's own processes (none of them has a terminal).
      const mine = (p: TopProcess) =>
        p.uid === undefined ? p.user === io.user.name : p.uid === io.user.uid;
      const rows = [...otherRows(table), self].filter((p) => chosen.all || mine(p));
      io.stdout(render(chosen.cols, rows));
      return 0;
    },
  };
}
