/**
 * What pip downloads for a package: a wheel's file name (pure Python or a manylinux build
 * for this CPython, musllinux on Alpine), its metadata file's size, and where the HTTP cache keeps them under
 * ~/.cache/pip/http-v2 (~/.cache/pip/http before pip 23.3) — the bytes that stay in a layer when
 * --no-cache-dir is forgotten.
 */
import type { Package, PackageFile } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { exists, writeBlob } from '../common/fs-helpers';
import { sha256Hex, unitFromName } from '../common/hash';
import { pyTag, type PythonEnv } from './env';
import type { PipDialect } from './pip-dialect';
import { compareVersions } from './requirements';

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

/**
 * Pure-Python projects that still publish universal wheels (`six-1.17.0-py2.py3-none-any.whl`),
 * with the first release whose wheel is py3-only where they dropped Python 2 (urllib3 2.0,
 * requests 2.28). Names as the catalog spells them; each checked against public pip logs.
 */
const UNIVERSAL_WHEELS: Record<string, string | undefined> = {
  six: undefined,
  'python-dateutil': undefined,
  pytz: undefined,
  tzdata: undefined,
  wcwidth: undefined,
  distlib: undefined,
  ptyprocess: undefined,
  pexpect: undefined,
  toml: undefined,
  shellingham: undefined,
  'requests-toolbelt': undefined,
  'click-plugins': undefined,
  'sentry-sdk': undefined,
  urllib3: '2.0.0',
  requests: '2.28.0',
};

function isUniversal(name: string, version: string): boolean {
  const key = name.toLowerCase().replace(/[-_.]+/g, '-');
  if (!(key in UNIVERSAL_WHEELS)) return false;
  const until = UNIVERSAL_WHEELS[key];
  return until === undefined || compareVersions(version, until) < 0;
}

export function wheelName(pkg: Package, version: string, env: PythonEnv): string {
  const dist = pkg.name.toLowerCase().replace(/[-.]+/g, '_');
  const native = isNative(pkg);
  // On Alpine pip takes the musllinux build (pydantic_core-...-musllinux_1_2_x86_64.whl).
  const platform = env.musl ? 'musllinux_1_2_x86_64' : 'manylinux_2_17_x86_64.manylinux2014_x86_64';
  const pure = isUniversal(pkg.name, version) ? 'py2.py3-none-any' : 'py3-none-any';
  const tag = native ? `cp${pyTag(env)}-cp${pyTag(env)}-${platform}` : pure;
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

/**
 * Where the HTTP cache keeps a response: under five levels of its key's hex digits (a sha224 of
 * the URL in pip; a stand-in digest of the same length here). http-v2 (pip 23.3 on) writes the
 * headers to the key's file and the body beside it in `.body`; the older `http` folder held
 * both in the one file.
 */
function cachePaths(
  cacheDir: string,
  url: string,
  folder: PipDialect['httpCache'],
): { head: string; body: string } {
  const key = sha256Hex(url).slice(0, 56);
  const head = `${cacheDir}/${folder}/${key[0]}/${key[1]}/${key[2]}/${key[3]}/${key[4]}/${key}`;
  return { head, body: folder === 'http-v2' ? `${head}.body` : head };
}

export function isCached(
  fs: FileSystem,
  cacheDir: string,
  wheel: string,
  dialect: PipDialect,
): boolean {
  return exists(fs, cachePaths(cacheDir, wheelUrl(wheel), dialect.httpCache).body);
}

export function cacheWheel(
  fs: FileSystem,
  cacheDir: string,
  wheel: string,
  size: number,
  metadata: number,
  dialect: PipDialect,
): void {
  for (const [url, bytes] of [
    [wheelUrl(wheel), size],
    [`${wheelUrl(wheel)}.metadata`, metadata],
  ] as const) {
    const paths = cachePaths(cacheDir, url, dialect.httpCache);
    const headBytes = 1_200 + (url.length % 200);
    if (paths.body === paths.head) {
      writeBlob(fs, paths.head, `pip-cache:${url}`, headBytes + bytes, 0o600);
      continue;
    }
    writeBlob(fs, paths.head, `pip-cache-head:${url}`, headBytes, 0o600);
    writeBlob(fs, paths.body, `pip-cache-body:${url}`, bytes, 0o600);
  }
}
