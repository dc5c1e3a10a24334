/**
 * Berry's StreamReport as a build log shows it (stdout is not a terminal, so no colours and
 * no progress bars): every line is `➤ YN<code>: <text>`, a step opens with `┌ Name`, its
 * lines are indented with `│ ` and it closes with `└ Completed` (`└ Completed in 0s 412ms`
 * when it took over 200 ms). Yarn 4's install opens with `· Yarn 4.5.3` and closes with
 * `· Done in 1s 234ms` (`· Done with warnings in`, `· Failed with errors in`); Yarn 3 has no
 * opening line and closes without the `·`. Everything goes to stdout.
 */
import type { ProgramIO } from '../../shell/program';

/** Yarn's durations: `0s 412ms`, `1s 234ms`, `2s` (whole seconds), `1m 5s` past a minute. */
export function berryDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  if (total > 60_000) {
    const minutes = Math.floor(total / 60_000);
    const seconds = Math.ceil((total - minutes * 60_000) / 1000);
    return seconds === 0 ? `${minutes}m` : `${minutes}m ${seconds}s`;
  }
  const seconds = Math.floor(total / 1000);
  const rest = total - seconds * 1000;
  return rest === 0 ? `${seconds}s` : `${seconds}s ${rest}ms`;
}

/** Yarn's sizes: binary units from KiB up, two decimals rounded down (`2.84 MiB`). */
export function berrySize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let power = units.length;
  while (power > 1 && bytes < 1024 ** power) power -= 1;
  const value = Math.floor((bytes * 100) / 1024 ** power) / 100;
  return `${value} ${units[power - 1]}`;
}

export class BerryReport {
  private elapsed = 0;
  private inStep = false;
  warnings = 0;
  errors = 0;

  constructor(
    private readonly io: ProgramIO,
    private readonly major: number,
    /** Install-like commands (Yarn 4) open with the version and close with `· Done`. */
    private readonly dotted = major >= 4,
  ) {}

  /** Simulated time, kept here too so the footers can print it. */
  spend(ms: number): void {
    this.elapsed += ms;
    this.io.spend(ms);
  }

  private line(code: number, text: string): void {
    const prefix = this.inStep ? '│ ' : '';
    this.io.stdout(`➤ YN${String(code).padStart(4, '0')}: ${prefix}${text}\n`);
  }

  info(code: number, text: string): void {
    this.line(code, text);
  }

  warning(code: number, text: string): void {
    this.warnings += 1;
    this.line(code, text);
  }

  error(code: number, text: string): void {
    this.errors += 1;
    this.line(code, text);
  }

  /** Yarn 4's opening line (`· Yarn 4.5.3`); Yarn 3 prints none. */
  header(version: string): void {
    if (this.dotted) this.line(0, `· Yarn ${version}`);
  }

  /** Runs one step between its `┌` and `└` lines; the step returns false to stop the install. */
  step(name: string, body: () => boolean): boolean {
    this.line(0, `┌ ${name}`);
    const start = this.elapsed;
    this.inStep = true;
    const go = body();
    this.inStep = false;
    const took = this.elapsed - start;
    this.line(0, took > 200 ? `└ Completed in ${berryDuration(took)}` : '└ Completed');
    return go;
  }

  /** The closing line; returns the exit code (1 after an error). */
  footer(): number {
    const dot = this.dotted ? '· ' : '';
    const outcome =
      this.errors > 0 ? 'Failed with errors' : this.warnings > 0 ? 'Done with warnings' : 'Done';
    this.line(0, `${dot}${outcome} in ${berryDuration(this.elapsed)}`);
    return this.errors > 0 ? 1 : 0;
  }
}

/** `a, b, c, d, e, and 3 more`: how Yarn 4 lists the locators a resolution added. */
export function berryList(items: readonly string[], shown = 5): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')}, and ${items.length - shown} more`;
}
