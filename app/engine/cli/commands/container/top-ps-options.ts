/**
 * `docker top CONTAINER [ps OPTIONS]`: the daemon runs the host's `ps` (procps) with the
 * options and keeps the rows of the container's processes, which it finds by the PID
 * column. `-o`/`-eo`/`o` with a column list choose the columns; with no PID column the
 * daemon cannot tell the rows apart and refuses.
 */
import type { TopProcess } from '../../../runtime/stats';
import { uidOf } from './top-ps-styles';

type Column = { header: string; value: (p: TopProcess) => string };

/** procps's format specifiers, with their headers. CPU and memory figures are an idle process's. */
const SPECIFIERS: Record<string, Column> = {
  pid: { header: 'PID', value: (p) => String(p.pid) },
  ppid: { header: 'PPID', value: (p) => String(p.ppid) },
  user: { header: 'USER', value: (p) => p.user },
  euser: { header: 'EUSER', value: (p) => p.user },
  uid: { header: 'UID', value: (p) => uidOf(p) },
  comm: { header: 'COMMAND', value: (p) => p.comm },
  ucmd: { header: 'CMD', value: (p) => p.comm },
  args: { header: 'COMMAND', value: (p) => p.args },
  command: { header: 'COMMAND', value: (p) => p.args },
  cmd: { header: 'CMD', value: (p) => p.args },
  time: { header: 'TIME', value: () => '00:00:00' },
  stime: { header: 'STIME', value: (p) => p.stime },
  tty: { header: 'TT', value: () => '?' },
  stat: { header: 'STAT', value: () => 'Ss' },
  c: { header: 'C', value: () => '0' },
  pcpu: { header: '%CPU', value: () => '0.0' },
  '%cpu': { header: '%CPU', value: () => '0.0' },
  pmem: { header: '%MEM', value: () => '0.0' },
  '%mem': { header: '%MEM', value: () => '0.0' },
};

/** `-o LIST`, `-oLIST`, `-eo LIST`, `o LIST`, `-e`, `-f`: the columns, or undefined for `-ef`. */
function columnSpecs(args: readonly string[]): string[] | undefined {
  const specs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const joined = /^-[a-zA-Z]*o(.+)$/.exec(arg);
    if (joined) specs.push(...(joined[1] ?? '').split(','));
    else if (/^-[a-zA-Z]*o$/.test(arg) || arg === 'o') specs.push(...(args[++i] ?? '').split(','));
  }
  return specs.length > 0 ? specs : undefined;
}

export type TopTable = { ok: true; rows: string[][] } | { ok: false; error: string };

/**
 * The table `docker top` prints for these ps options, or the daemon's error; undefined when
 * the options do not choose columns (the default `-ef` table applies).
 */
export function psOptionsTable(
  args: readonly string[],
  processes: readonly TopProcess[],
): TopTable | undefined {
  const specs = columnSpecs(args);
  if (!specs) return undefined;
  const columns: Column[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const key = (eq < 0 ? spec : spec.slice(0, eq)).toLowerCase();
    const column = SPECIFIERS[key];
    if (!column) {
      return { ok: false, error: `ps: error: unknown user-defined format specifier "${key}"` };
    }
    columns.push(eq < 0 ? column : { ...column, header: spec.slice(eq + 1) });
  }
  if (!columns.some((c) => c.header === 'PID'))
    return { ok: false, error: "Couldn't find PID field in ps output" };
  return {
    ok: true,
    rows: [columns.map((c) => c.header), ...processes.map((p) => columns.map((c) => c.value(p)))],
  };
}
