/**
 * uv's install step, shared by `uv sync` and `uv pip install`: the packages (already resolved,
 * pinned) are installed by pip's own installer (the same catalog files, site-packages layout
 * and dist-info RECORD), quietly; uv then prints its own summary, as it does when stderr is not
 * a terminal: "Prepared N packages in ...", "Installed N packages in ...", " + name==version".
 * Wheels it fetched stay in uv's cache (UV_CACHE_DIR, default ~/.cache/uv) unless --no-cache;
 * UV_COMPILE_BYTECODE writes the __pycache__ .pyc files of what it installed.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { PythonEnv } from './env';
import { installPinned } from './pinned-install';
import { canonical, installedDists, recordedFiles } from './site';
import type { Locked } from './uv-lock';

export interface UvInstallOptions {
  site: string;
  binDir: string;
  noCache: boolean;
  compileBytecode: boolean;
  /** What an environment already in step is called: "Audited" (sync), "Checked" (run). */
  upToDateWord?: 'Audited' | 'Checked';
}

/** "1ms", "120ms", "1.20s": uv's elapsed times. */
export function uvElapsed(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))}ms` : `${(ms / 1000).toFixed(2)}s`;
}

const plural = (n: number) => `${n} package${n === 1 ? '' : 's'}`;

export function uvCacheDir(io: ProgramIO): string {
  const dir = io.env.UV_CACHE_DIR;
  if (dir) return absolute(io.cwd, dir);
  const xdg = io.env.XDG_CACHE_HOME;
  return xdg ? `${xdg}/uv` : `${io.env.HOME ?? io.user.home}/.cache/uv`;
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export function compileBytecodeWanted(io: ProgramIO, flag: boolean): boolean {
  return flag || truthy(io.env.UV_COMPILE_BYTECODE);
}

export function noCacheWanted(io: ProgramIO, flag: boolean): boolean {
  return flag || truthy(io.env.UV_NO_CACHE);
}

function cachedPath(cache: string, pkg: Locked): string {
  return `${cache}/wheels-v5/pypi/${pkg.name}/${pkg.version}-py3-none-any.http`;
}

/**
 * Installs the packages missing from the site (or present at another version), and removes
 * none. Returns uv's exit code; the summary lines go to stderr.
 */
export function uvInstall(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  packages: readonly Locked[],
  options: UvInstallOptions,
  extra: { built?: string[]; installed?: string[] } = {},
): number {
  const before = new Map(installedDists(io.fs, [options.site]).map((d) => [canonical(d.name), d]));
  const wanted = packages.filter((p) => before.get(p.name)?.version !== p.version);
  const cache = uvCacheDir(io);
  const fresh = options.noCache
    ? wanted
    : wanted.filter((p) => !exists(io.fs, cachedPath(cache, p)));
  const prepareMs = fresh.reduce((ms, p) => {
    const pkg = catalog.package('pypi', p.name);
    return ms + 40 + Math.round((pkg?.downloadSize ?? 200_000) / 60_000);
  }, 0);
  for (const line of extra.built ?? []) io.stderr(`${line}\n`);
  const preparedCount = fresh.length + (extra.built?.length ?? 0);
  if (preparedCount > 0) {
    io.spend(prepareMs);
    io.stderr(`Prepared ${plural(preparedCount)} in ${uvElapsed(prepareMs)}\n`);
  }
  if (wanted.length > 0) {
    const code = installPinned(io, catalog, env, wanted, {
      site: options.site,
      binDir: options.binDir,
      userOrVenv: true,
      tool: 'uv',
    });
    if (code !== 0) return 2;
  }
  const installedCount = wanted.length + (extra.installed?.length ?? 0);
  if (installedCount === 0) {
    io.stderr(
      `${options.upToDateWord ?? 'Audited'} ${plural(packages.length)} in ${uvElapsed(packages.length * 0.1)}\n`,
    );
    return 0;
  }
  const after = installedDists(io.fs, [options.site]);
  for (const dist of after) {
    if (!wanted.some((p) => p.name === canonical(dist.name))) continue;
    writeText(io.fs, `${dist.distInfo}/INSTALLER`, 'uv\n');
  }
  const installMs = 3 + wanted.length * 1.5;
  io.spend(installMs);
  io.stderr(`Installed ${plural(installedCount)} in ${uvElapsed(installMs)}\n`);
  if (options.compileBytecode) {
    const compiled = compileBytecode(io, env, options.site);
    io.stderr(`Bytecode compiled ${compiled.files} files in ${uvElapsed(compiled.ms)}\n`);
  }
  const lines = wanted.map((p) => ` + ${p.name}==${p.version}`);
  lines.push(...(extra.installed ?? []));
  // Sorted by package name, not by line: `pydantic==` comes before `pydantic-core==`.
  const name = (line: string) => line.slice(3).split(/==| /)[0] as string;
  for (const line of lines.sort((a, b) => (name(a) < name(b) ? -1 : 1))) io.stderr(`${line}\n`);
  if (!options.noCache) {
    writeText(io.fs, `${cache}/CACHEDIR.TAG`, 'Signature: 8a477f597d28d172789f06886806bc55\n');
    writeText(io.fs, `${cache}/.gitignore`, '*');
    for (const p of fresh) {
      const pkg = catalog.package('pypi', p.name);
      writeBlob(io.fs, cachedPath(cache, p), `uv-cache:${p.name}:${p.version}:http`, 1_800);
      const id = sha256Hex(`${p.name}==${p.version}`).slice(0, 21);
      writeBlob(
        io.fs,
        `${cache}/archive-v0/${id}/${p.name.replace(/-/g, '_')}.data`,
        `uv-cache:${p.name}:${p.version}:archive`,
        pkg?.installedSize ?? 400_000,
      );
    }
    io.note(
      `uv kept the unpacked wheels in its cache (${cache}): in a Dockerfile, mount it (RUN --mount=type=cache,target=${cache}) or set UV_NO_CACHE=1 so it stays out of the layer. The cache's contents are modelled as one file per package.`,
    );
  }
  return 0;
}

/** UV_COMPILE_BYTECODE: a .pyc beside every .py the site holds, in __pycache__. */
function compileBytecode(
  io: ProgramIO,
  env: PythonEnv,
  site: string,
): { files: number; ms: number } {
  let files = 0;
  const tag = `cpython-${env.minor.replace('.', '')}`;
  for (const dist of installedDists(io.fs, [site])) {
    for (const path of recordedFiles(io.fs, dist)) {
      if (!path.endsWith('.py') || !path.startsWith(site)) continue;
      const slash = path.lastIndexOf('/');
      const pyc = `${path.slice(0, slash)}/__pycache__/${path.slice(slash + 1, -3)}.${tag}.pyc`;
      if (exists(io.fs, pyc)) continue;
      const st = io.fs.stat(path);
      const size = st.ok && st.value.node.kind === 'file' ? st.value.node.size : 1_000;
      writeBlob(io.fs, pyc, `pyc:${path}`, Math.round(size * 0.9 + 200));
      files++;
    }
  }
  const ms = files * 0.6;
  io.spend(ms);
  return { files, ms };
}
