/**
 * What pip downloads for a package: a wheel's file name (pure Python or a manylinux build
 * for this CPython, musllinux on Alpine), its metadata file's size, and where the HTTP cache keeps them under
 * ~/.cache/pip/http-v2 — the bytes that stay in a layer when --no-cache-dir is forgotten.
 */
import type { Package, PackageFile } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { exists, writeBlob } from '../common/fs-helpers';
import { sha256Hex, unitFromName } from '../common/hash';
import { pyTag, type PythonEnv } from './env';

/** Whether a package ships compiled modules, by file list (pip asks several times each). */
const nativeFiles = new WeakMap<readonly PackageFile[], boolean>();

function isNative(pkg: Package): boolean {
  let native = nativeFiles.get(pkg.files);
  if (native === undefined) {
    native = pkg.files.some((f) => /\.so(\.|$)/.test(f.path));
    nativeFiles.set(pkg.files, native);
  }
  return native;
}

export function wheelName(pkg: Package, version: string, env: PythonEnv): string {
  const dist = pkg.name.toLowerCase().replace(/[-.]+/g, '_');
  const native = isNative(pkg);
  // On Alpine pip takes the musllinux build (pydantic_core-...-musllinux_1_2_x86_64.whl).
  const platform = env.musl ? 'musllinux_1_2_x86_64' : 'manylinux_2_17_x86_64.manylinux2014_x86_64';
  const tag = native ? `cp${pyTag(env)}-cp${pyTag(env)}-${platform}` : 'py3-none-any';
  return `${dist}-${version}-${tag}.whl`;
}

/** Metadata sizes by package name: each is a hash of the name, asked for twice per install. */
const metadataSizes = new Map<string, number>();

export function metadataSize(pkg: Package): number {
  let size = metadataSizes.get(pkg.name);
  if (size === undefined) {
    size = Math.round(1_500 + unitFromName(pkg.name) * 4_000);
    if (metadataSizes.size > 5_000) metadataSizes.clear();
    metadataSizes.set(pkg.name, size);
  }
  return size;
}

/**
 * Where PyPI serves a wheel, its `.metadata` beside it: files.pythonhosted.org splits the file's
 * blake2b-256 (64 hex digits) as /packages/2/2/60/; a stand-in digest of the name takes its
 * place. The cache keys below are derived from this URL.
 */
export function wheelUrl(wheel: string): string {
  const h = sha256Hex(wheel);
  return `https://files.pythonhosted.org/packages/${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4, 64)}/${wheel}`;
}

/** http-v2 keeps a response under five levels of its key's hex digits, body beside it. */
function cachePaths(cacheDir: string, url: string): { head: string; body: string } {
  const key = sha256Hex(url).slice(0, 56);
  const dir = `${cacheDir}/http-v2/${key[0]}/${key[1]}/${key[2]}/${key[3]}/${key[4]}`;
  return { head: `${dir}/${key}`, body: `${dir}/${key}.body` };
}

export function isCached(fs: FileSystem, cacheDir: string, wheel: string): boolean {
  return exists(fs, cachePaths(cacheDir, wheelUrl(wheel)).body);
}

export function cacheWheel(
  fs: FileSystem,
  cacheDir: string,
  wheel: string,
  size: number,
  metadata: number,
): void {
  for (const [url, bytes] of [
    [wheelUrl(wheel), size],
    [`${wheelUrl(wheel)}.metadata`, metadata],
  ] as const) {
    const paths = cachePaths(cacheDir, url);
    writeBlob(fs, paths.head, `pip-cache-head:${url}`, 1_200 + (url.length % 200), 0o600);
    writeBlob(fs, paths.body, `pip-cache-body:${url}`, bytes, 0o600);
  }
}
