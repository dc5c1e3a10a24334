/**
 * Resolving and writing a node_modules tree: every dependency hoisted to the top level (as
 * npm and yarn do when there are no conflicts), each package's files under
 * node_modules/<name>/, its bin entries linked in node_modules/.bin, and the tarballs kept in
 * the package manager's cache (~/.npm/_cacache for npm).
 */
import type { Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { ensureDir, readText, removeTree, writeBlob, writeText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex, sha512Hex } from '../common/hash';
import { placePackageFiles } from '../common/package-files';
import { formatJson, type LockEntry } from './project';

export { resolveTree } from './resolve-tree';

export interface NodeRequest {
  name: string;
  range: string;
  dev: boolean;
}

export interface ResolvedPackage {
  name: string;
  version: string;
  pkg: Package;
  /** Only needed by devDependencies. */
  dev: boolean;
  dependencies: Record<string, string>;
  /** Where it sits under node_modules: its name, or `send/node_modules/ms` when nested. */
  path?: string;
}

/** A package's folder under node_modules (its name unless nested under another). */
export function pathOf(r: ResolvedPackage): string {
  return r.path ?? r.name;
}

export function integrityOf(name: string, version: string): string {
  return `sha512-${base64OfHex(sha512Hex(`${name}@${version}`))}`;
}

export function tarballUrl(name: string, version: string): string {
  const base = name.startsWith('@') ? name.split('/')[1] : name;
  return `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`;
}

export function lockEntries(resolved: Map<string, ResolvedPackage>): Record<string, LockEntry> {
  const entries: Record<string, LockEntry> = {};
  const keyed = [...resolved.values()].map((r) => [`node_modules/${pathOf(r)}`, r] as const);
  for (const [key, r] of keyed.sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    entries[key] = {
      version: r.version,
      resolved: tarballUrl(r.name, r.version),
      integrity: integrityOf(r.name, r.version),
      ...(r.dev ? { dev: true } : {}),
      ...(Object.keys(r.dependencies).length > 0 ? { dependencies: r.dependencies } : {}),
    };
  }
  return entries;
}

/** Writes node_modules (replacing what was there) and returns the packages written. */
export function writeNodeModules(
  io: ProgramIO,
  projectDir: string,
  packages: readonly ResolvedPackage[],
  cache: ((r: ResolvedPackage) => void) | undefined,
): number {
  const modules = `${projectDir === '/' ? '' : projectDir}/node_modules`;
  ensureDir(io.fs, modules);
  for (const r of packages) {
    const dir = `${modules}/${pathOf(r)}`;
    removeTree(io.fs, dir);
    const placed = placePackageFiles(io.fs, { ...r.pkg, version: r.version }, dir);
    if (placed.files.includes(`${dir}/package.json`)) stampVersion(io, dir, r);
    else {
      writeText(
        io.fs,
        `${dir}/package.json`,
        formatJson({ name: r.name, version: r.version, dependencies: r.dependencies }),
      );
    }
    const declared = r.pkg.bin
      ? JSON.stringify({ bin: r.pkg.bin })
      : readText(io.fs, `${dir}/package.json`);
    linkBins(io, dir.slice(0, -r.name.length - 1), r.name, declared);
    cache?.(r);
    io.spend(40 + Math.round(r.pkg.installedSize / 200_000));
  }
  return packages.length;
}

/**
 * A range the catalog's version does not satisfy (`"vite": "^4.4.5"`, catalog vite 7.3.1) is
 * installed as the version asked for: its package.json says so, so `vite build` and
 * `npm ls` report 4.4.5 rather than the catalog's version.
 */
function stampVersion(io: ProgramIO, dir: string, r: ResolvedPackage): void {
  if (r.version === r.pkg.version) return;
  const text = readText(io.fs, `${dir}/package.json`);
  const field = new RegExp(`("version"\\s*:\\s*")${r.pkg.version.replace(/\./g, '\\.')}"`);
  if (text === undefined || !field.test(text)) return;
  writeText(io.fs, `${dir}/package.json`, text.replace(field, `$1${r.version}"`));
}

function linkBins(
  io: ProgramIO,
  modules: string,
  name: string,
  manifest: string | undefined,
): void {
  if (!manifest) return;
  let bin: unknown;
  try {
    bin = (JSON.parse(manifest) as { bin?: unknown }).bin;
  } catch {
    return;
  }
  const entries: [string, string][] =
    typeof bin === 'string'
      ? [[name.split('/').pop() as string, bin]]
      : bin && typeof bin === 'object'
        ? Object.entries(bin as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === 'string',
          )
        : [];
  if (entries.length === 0) return;
  ensureDir(io.fs, `${modules}/.bin`);
  for (const [command, target] of entries) {
    const link = `${modules}/.bin/${command}`;
    if (io.fs.lstat(link).ok) io.fs.remove(link);
    io.fs.symlink(`../${name}/${target.replace(/^\.\//, '')}`, link);
    io.fs.chmod(`${modules}/${name}/${target.replace(/^\.\//, '')}`, 0o755);
  }
}

/** npm's content-addressed cache: the tarball under content-v2, an index entry beside it. */
export function npmCacheWriter(io: ProgramIO, cacheDir: string): (r: ResolvedPackage) => void {
  return (r) => {
    const hex = sha512Hex(`${r.name}@${r.version}`);
    writeBlob(
      io.fs,
      `${cacheDir}/_cacache/content-v2/sha512/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex.slice(4)}`,
      `npm-tgz:${r.name}@${r.version}`,
      r.pkg.downloadSize,
      0o644,
    );
    const key = sha256Hex(`make-fetch-happen:request-cache:${tarballUrl(r.name, r.version)}`);
    writeBlob(
      io.fs,
      `${cacheDir}/_cacache/index-v5/${key.slice(0, 2)}/${key.slice(2, 4)}/${key.slice(4)}`,
      `npm-index:${r.name}@${r.version}`,
      560 + r.name.length * 2,
      0o644,
    );
  };
}
