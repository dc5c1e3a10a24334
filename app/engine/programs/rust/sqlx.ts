/**
 * sqlx's compile-time checked queries: `sqlx::query!` and its kin ask the database (at
 * DATABASE_URL) about each query while the crate compiles, or read the offline cache
 * (`.sqlx/`, written by `cargo sqlx prepare`). A Docker build has neither a database nor,
 * unless it was copied in, the cache: the build fails with rustc's report of each macro.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, readText } from '../common/fs-helpers';
import type { Package } from './manifest';
import type { Resolution } from './resolve';

const MACRO =
  /\b(?:sqlx::)?query(?:_as|_scalar|_file|_file_as|_file_scalar)?(?:_unchecked)?!\s*\(/g;

function usesSqlx(resolution: Resolution, pkg: Package): boolean {
  const seen = new Set<string>();
  const walk = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    const unit = resolution.units.get(key);
    if (!unit) return false;
    if (unit.name === 'sqlx-macros') return true;
    return unit.deps.some((d) => d.kind !== 'dev' && walk(d.key));
  };
  return walk(`${pkg.name} ${pkg.version}`);
}

/** The offline cache in the package's directory or one above it (the workspace root). */
function hasCache(io: ProgramIO, dir: string): boolean {
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    if (exists(io.fs, `${d === '/' ? '' : d}/.sqlx`)) return true;
    if (d === '/') return false;
  }
}

/** The index of the `)` closing the `(` at `open` on this line (strings skipped), or -1. */
function matchingParen(line: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** rustc's errors for the query macros that cannot be checked; undefined when they can. */
export function checkSqlxMacros(
  io: ProgramIO,
  resolution: Resolution,
  pkg: Package,
  sources: string[],
  target: string,
): string | undefined {
  if (!usesSqlx(resolution, pkg)) return undefined;
  const offline = ['true', '1'].includes(io.env.SQLX_OFFLINE ?? '');
  const url = io.env.DATABASE_URL;
  const cached = hasCache(io, pkg.dir);
  if (cached && (offline || !url)) return undefined;
  const message = url
    ? `error communicating with database: failed to lookup address information: Name or service not known`
    : offline
      ? '`SQLX_OFFLINE=true` but there is no cached data for this query, run `cargo sqlx prepare` to update the query cache or unset `SQLX_OFFLINE`'
      : 'set `DATABASE_URL` to use query macros online, or run `cargo sqlx prepare` to update the query cache';
  const reports: string[] = [];
  for (const path of sources) {
    const text = readText(io.fs, path) ?? '';
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(MACRO)) {
        if (reports.length >= 10) return;
        const col = (m.index ?? 0) + 1;
        const close = matchingParen(line, (m.index ?? 0) + m[0].length - 1);
        const width = (close < 0 ? line.length : close + 1) - col + 1;
        const number = String(i + 1);
        const pad = ' '.repeat(number.length);
        const name = m[0].replace(/!\s*\($/, '');
        reports.push(
          `error: ${message}\n${pad}--> ${path.slice(pkg.dir.length + 1)}:${number}:${col}\n${pad} |\n${number} | ${line}\n${pad} | ${' '.repeat(col - 1)}${'^'.repeat(Math.max(1, width))}\n${pad} |\n${pad} = note: this error originates in the macro \`$crate::sqlx_macros::expand_query\` which comes from the expansion of the macro \`${name.startsWith('sqlx::') ? name : `sqlx::${name}`}\` (in Nightly builds, run with -Z macro-backtrace for more info)\n\n`,
        );
      }
    });
  }
  if (reports.length === 0) return undefined;
  const n = reports.length;
  return `${reports.join('')}error: could not compile \`${pkg.name}\` (${target}) due to ${n} previous error${n === 1 ? '' : 's'}\n`;
}
