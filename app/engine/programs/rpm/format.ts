/**
 * dnf's and yum's number and line formats as a build log shows them (stdout is not a
 * terminal, so lines are laid out for 80 columns): sizes as dnf's format_number prints them
 * ("8.1 k", "12 M", "38  "), a repository's or a download's progress line
 * ("Rocky Linux 9 - BaseOS                          2.4 MB/s | 2.3 MB     00:00    "), and the
 * transaction table.
 */

const UNITS = [' ', 'k', 'M', 'G', 'T'];

/** "38  ", "8.1 k", "12 M": the number, a space and the unit letter (blank for bytes). */
export function formatNumber(bytes: number): string {
  let n = bytes;
  let unit = 0;
  while (n >= 999.5 && unit < UNITS.length - 1) {
    n /= 1024;
    unit++;
  }
  const text = n < 9.95 ? n.toFixed(1) : String(Math.round(n));
  return `${text} ${UNITS[unit]}`;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A download's line: name, speed, size and time, as dnf 4 prints it without a terminal. */
export function progressLine(name: string, bytes: number, ms: number): string {
  const speed = `${formatNumber(ms > 0 ? (bytes * 1000) / ms : bytes)}B/s`;
  const label = name.length > 47 ? name.slice(0, 47) : name.padEnd(47);
  return `${label} ${speed.padStart(8)} | ${`${formatNumber(bytes)}B`.padStart(6)}     ${clock(ms)}    \n`;
}

/** yum 3's line for a repository's file: "base   | 3.6 kB  00:00:00". */
export function yumLine(name: string, bytes: number, ms: number): string {
  const s = Math.round(ms / 1000);
  return `${name.padEnd(57)}| ${`${formatNumber(bytes)}B`.padStart(7)}  00:${clock(s * 1000)}     \n`;
}

export interface Row {
  name: string;
  arch: string;
  version: string;
  repo: string;
  size: number;
}

/** The table's columns: natural widths, with what is left of 80 columns spread over them. */
export function tableLines(groups: [string, Row[]][], repoHeader = 'Repository'): string {
  const rows = groups.flatMap(([, r]) => r);
  const widths = [
    Math.max(7, ...rows.map((r) => r.name.length)),
    Math.max(4, ...rows.map((r) => r.arch.length)),
    Math.max(7, ...rows.map((r) => r.version.length)),
    Math.max(repoHeader.length, ...rows.map((r) => r.repo.length)),
    Math.max(4, ...rows.map((r) => formatNumber(r.size).length)),
  ];
  const used = 1 + widths.reduce((a, b) => a + b, 0) + 4;
  const spare = Math.max(0, 80 - used);
  for (let i = 0; i < 4; i++) widths[i] = (widths[i] as number) + Math.floor(spare / 4);
  const line = (cells: string[]) =>
    ` ${cells
      .map((c, i) => (i === 4 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join(' ')}`.trimEnd() + '\n';
  const rule = '='.repeat(80) + '\n';
  let out = rule + line(['Package', 'Arch', 'Version', repoHeader, 'Size']) + rule;
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    out += `${title}\n`;
    for (const r of list) out += line([r.name, r.arch, r.version, r.repo, formatNumber(r.size)]);
  }
  return out;
}

/** "Installed:" lists, two names a line when they fit in 80 columns, as dnf 4 lays them out. */
export function columns(items: string[]): string {
  const width = Math.max(0, ...items.map((i) => i.length));
  if (width > 36) return items.map((i) => `  ${i}\n`).join('');
  let out = '';
  for (let i = 0; i < items.length; i += 2) {
    const a = items[i] as string;
    const b = items[i + 1];
    out += b === undefined ? `  ${a}\n` : `  ${a.padEnd(width)}   ${b}\n`;
  }
  return out;
}
