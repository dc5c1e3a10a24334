/**
 * go.sum as the go command checks and writes it. Since Go 1.16 builds run with -mod=readonly:
 * a package imported from a required module whose content hash (`<module> <version> h1:...`)
 * go.sum lacks stops `go build`, `go run`, `go test` and `go vet` with "missing go.sum entry
 * for module providing package", and an import no required module provides with "no required
 * module provides package". `go mod tidy`, `go get` and `go mod download MODULE` (or `all`)
 * write the hashes; `go mod download` without arguments only fills the module cache and
 * leaves go.sum alone (Go 1.16.5 and later). Hashes are not verified here: any line for the
 * module and version counts, and the ones written are stand-ins.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { GoMod } from './go-mod';
import { importSpecs } from './imports';

function goSumPath(mod: GoMod): string {
  return `${mod.dir === '/' ? '' : mod.dir}/go.sum`;
}

/** A stand-in `h1:` hash of a module's content (or of its go.mod file). */
export function moduleHash(module: string, version: string, goMod = false): string {
  return `h1:${sha256Hex(`${module}${version}${goMod ? '/go.mod' : ''}`).slice(0, 43)}=`;
}

/** Adds both go.sum lines of each module that lacks them, keeping go.sum sorted as go does. */
export function writeSums(io: ProgramIO, mod: GoMod, modules: GoMod['requires']): void {
  const path = goSumPath(mod);
  const existing = readText(io.fs, path);
  const lines = new Set((existing ?? '').split('\n').filter(Boolean));
  const before = lines.size;
  for (const { module, version } of modules) {
    const has = (suffix: string) => [...lines].some((l) => l.startsWith(`${module} ${suffix} `));
    if (!has(version)) lines.add(`${module} ${version} ${moduleHash(module, version)}`);
    if (!has(`${version}/go.mod`))
      lines.add(`${module} ${version}/go.mod ${moduleHash(module, version, true)}`);
  }
  if (existing !== undefined && lines.size === before) return;
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeText(io.fs, path, sorted.length > 0 ? `${sorted.join('\n')}\n` : '');
}

function isStandard(path: string): boolean {
  return !(path.split('/')[0] ?? '').includes('.');
}

/** `go build -mod=mod` (or GOFLAGS) updates go.sum itself; a vendor directory needs no sums. */
export function sumsChecked(io: ProgramIO, mod: GoMod, args: string[]): boolean {
  const flags = [...args, ...(io.env.GOFLAGS ?? '').split(/\s+/)];
  if (flags.some((f) => /^--?mod=(mod|vendor)$/.test(f))) return false;
  return readText(io.fs, `${mod.dir === '/' ? '' : mod.dir}/vendor/modules.txt`) === undefined;
}

/**
 * Checks the imports of one package's files (absolute paths) against go.mod and go.sum;
 * prints go's errors and returns 1 when any import cannot be loaded, 0 otherwise.
 */
export function checkImports(
  io: ProgramIO,
  mod: GoMod,
  pkgPath: string,
  files: { path: string; text: string }[],
): number {
  const sums = (readText(io.fs, goSumPath(mod)) ?? '').split('\n');
  const replaced = new Set(
    [
      ...(readText(io.fs, mod.path) ?? '').matchAll(
        /^\s*(?:replace\s+)?(\S+)(?:\s+v\S+)?\s+=>\s+\.{0,2}\//gm,
      ),
    ].map((m) => m[1]),
  );
  const reported = new Set<string>();
  let errors = '';
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const shown = file.path.startsWith(`${io.cwd}/`)
      ? file.path.slice(io.cwd.length + 1)
      : file.path;
    for (const spec of importSpecs(file.text)) {
      const path = spec.path;
      if (path === 'C' || reported.has(path)) continue;
      if (path === mod.module || path.startsWith(`${mod.module}/`) || isStandard(path)) continue;
      const provider = mod.requires
        .filter((r) => path === r.module || path.startsWith(`${r.module}/`))
        .sort((a, b) => b.module.length - a.module.length)[0];
      if (provider && replaced.has(provider.module)) continue;
      const at = `${shown}:${spec.line}:${spec.col}`;
      if (!provider) {
        errors += `${at}: no required module provides package ${path}; to add it:\n\tgo get ${path}\n`;
        reported.add(path);
      } else if (!sums.some((l) => l.startsWith(`${provider.module} ${provider.version} h1:`))) {
        errors += `${at}: missing go.sum entry for module providing package ${path} (imported by ${pkgPath}); to add:\n\tgo get ${pkgPath}\n`;
        reported.add(path);
      }
    }
  }
  io.stderr(errors);
  return errors ? 1 : 0;
}
