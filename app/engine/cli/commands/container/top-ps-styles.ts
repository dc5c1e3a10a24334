/**
 * The tables of `docker top CONTAINER [ps OPTIONS]` for ps's ready-made styles: BSD words
 * (`aux`, `ax`, `j`, `l`, `s`, `v`) and UNIX flags (`-ef`, `-e`, `-f`, `-F`, `-j`, `-l`), as
 * procps prints them for the container's processes (recorded in runtime-top-ps-styles).
 * Figures are an idle process's: no CPU time, sleeping session leaders.
 */
import type { TopProcess } from '../../../runtime/stats';

/** The numeric uid when the process table knows it, else what the user column shows. */
export const uidOf = (p: TopProcess): string =>
  p.uid !== undefined ? String(p.uid) : p.user === 'root' ? '0' : p.user;

export type PsColumn = { header: string; value: (p: TopProcess) => string };

const col = (header: string, value: (p: TopProcess) => string): PsColumn => ({ header, value });

const C = {
  user: col('USER', (p) => p.user),
  uidName: col('UID', (p) => p.user),
  uid: col('UID', (p) => uidOf(p)),
  pid: col('PID', (p) => String(p.pid)),
  ppid: col('PPID', (p) => String(p.ppid)),
  pgid: col('PGID', (p) => String(p.pid)),
  sid: col('SID', (p) => String(p.pid)),
  tpgid: col('TPGID', () => '-1'),
  c: col('C', () => '0'),
  cpu: col('%CPU', () => '0.0'),
  mem: col('%MEM', () => '0.0'),
  vsz: col('VSZ', (p) => String(p.vszKb)),
  rss: col('RSS', (p) => String(p.rssKb)),
  sz: col('SZ', (p) => String(Math.ceil(p.vszKb / 4))),
  psr: col('PSR', () => '0'),
  tty: col('TTY', () => '?'),
  stat: col('STAT', () => 'Ss'),
  s: col('S', () => 'S'),
  f: col('F', () => '4'),
  ni: col('NI', () => '0'),
  addr: col('ADDR', () => '-'),
  wchan: col('WCHAN', (p) => (p.comm === 'sleep' ? 'hrtime' : 'do_sel')),
  start: col('START', (p) => p.stime),
  stime: col('STIME', (p) => p.stime),
  bsdTime: col('TIME', () => '0:00'),
  time: col('TIME', () => '00:00:00'),
  majfl: col('MAJFL', () => '0'),
  trs: col('TRS', () => '1550'),
  drs: col('DRS', (p) => String(p.vszKb - 1551)),
  command: col('COMMAND', (p) => p.args),
  cmdArgs: col('CMD', (p) => p.args),
  cmdComm: col('CMD', (p) => p.comm),
  mask: (header: string) => col(header, () => '0000000000000000'),
};

/** BSD styles by letter (the last one typed wins, as procps does), and the default. */
const BSD: Record<string, PsColumn[]> = {
  u: [C.user, C.pid, C.cpu, C.mem, C.vsz, C.rss, C.tty, C.stat, C.start, C.bsdTime, C.command],
  j: [C.ppid, C.pid, C.pgid, C.sid, C.tty, C.tpgid, C.stat, C.uid, C.bsdTime, C.command],
  l: [
    C.f,
    C.uid,
    C.pid,
    C.ppid,
    { ...C.ni, header: 'PRI', value: () => '20' },
    C.ni,
    C.vsz,
    C.rss,
    C.wchan,
    C.stat,
    C.tty,
    C.bsdTime,
    C.command,
  ],
  s: [
    C.uid,
    C.pid,
    C.mask('PENDING'),
    C.mask('BLOCKED'),
    C.mask('IGNORED'),
    C.mask('CAUGHT'),
    C.stat,
    C.tty,
    C.bsdTime,
    C.command,
  ],
  v: [C.pid, C.tty, C.stat, C.bsdTime, C.majfl, C.trs, C.drs, C.rss, C.mem, C.command],
};
const BSD_DEFAULT = [C.pid, C.tty, C.stat, C.bsdTime, C.command];

/** UNIX styles: -f full, -F extra full, -l long, -j jobs; none of them: PID TTY TIME CMD. */
const UNIX_FULL = [C.uidName, C.pid, C.ppid, C.c, C.stime, C.tty, C.time, C.cmdArgs];
const UNIX_EXTRA = [C.uidName, C.pid, C.ppid, C.c, C.sz, C.rss, C.psr, C.stime, C.tty, C.time];
const UNIX_LONG = [
  C.f,
  C.s,
  C.uid,
  C.pid,
  C.ppid,
  C.c,
  { ...C.ni, header: 'PRI', value: () => '80' },
  C.ni,
  C.addr,
  C.sz,
  C.wchan,
  C.tty,
  C.time,
  C.cmdComm,
];
const UNIX_JOBS = [C.pid, C.pgid, C.sid, C.tty, C.time, C.cmdComm];
const UNIX_DEFAULT = [C.pid, C.tty, C.time, C.cmdComm];

export type PsStyle = { ok: true; columns: PsColumn[] } | { ok: false; error: string };

/**
 * The columns ps prints for these options (none of them a column list), or its failure as the
 * daemon reports it. BSD `f` (a forest) makes the daemon's ps fail outright.
 */
export function psStyleColumns(args: readonly string[]): PsStyle {
  let bsd: PsColumn[] | undefined;
  let unix: PsColumn[] | undefined;
  let dashed = false;
  for (const arg of args) {
    if (arg.startsWith('--')) return { ok: false, error: 'ps: error: unknown gnu long option' };
    if (arg.startsWith('-')) {
      const letters = arg.slice(1);
      // procps reads a lone -x as BSD x (a warning-free extension).
      if (/^[x]+$/.test(letters)) {
        bsd ??= BSD_DEFAULT;
        continue;
      }
      dashed = true;
      if (letters.includes('F')) unix = [...UNIX_EXTRA, C.cmdArgs];
      else if (letters.includes('f')) unix = UNIX_FULL;
      else if (letters.includes('l')) unix = UNIX_LONG;
      else if (letters.includes('j')) unix = UNIX_JOBS;
      continue;
    }
    if (arg.includes('f')) return { ok: false, error: 'ps: exit status 1' };
    for (const letter of arg) bsd = BSD[letter] ?? bsd ?? BSD_DEFAULT;
  }
  if (bsd) return { ok: true, columns: bsd };
  return { ok: true, columns: unix ?? (dashed ? UNIX_DEFAULT : UNIX_FULL) };
}
