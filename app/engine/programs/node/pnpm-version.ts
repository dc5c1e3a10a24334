/**
 * Which pnpm runs, and where it came from. Through corepack's shim (`corepack enable` links
 * /usr/local/bin/pnpm to corepack/dist/pnpm.js) the version is package.json's
 * "packageManager" pin, else the one `corepack prepare --activate` made known-good, else the
 * latest release; corepack downloads it on first use into
 * $COREPACK_HOME (~/.cache/node/corepack)/v1/pnpm/<version>, and its shims (corepack 0.32+
 * set COREPACK_ENABLE_DOWNLOAD_PROMPT=1 unless it is set) announce the download on stderr.
 * Installed with `npm install -g pnpm` it is the package's version.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, findOnPath, readText, writeBlob, writeText } from '../common/fs-helpers';
import { readJson, type PackageJson } from './project';

/** The pnpm release a download without a pin gets (the catalog's as-of date, early 2026). */
export const PNPM_LATEST = '10.24.0';

export function corepackHome(io: ProgramIO): string {
  return io.env.COREPACK_HOME ?? `${io.env.HOME ?? io.user.home}/.cache/node/corepack`;
}

export function resolvedExecutable(io: ProgramIO, argv0: string): string | undefined {
  const found = findOnPath(io.fs, io.env, argv0);
  if (!found) return undefined;
  const st = io.fs.stat(found.startsWith('/') ? found : `${io.cwd}/${found}`);
  return st.ok ? st.value.path : undefined;
}

function pinned(io: ProgramIO): string | undefined {
  const read = readJson<PackageJson>(io.fs, `${io.cwd === '/' ? '' : io.cwd}/package.json`);
  const field = read.ok ? read.value.packageManager : undefined;
  const m = typeof field === 'string' ? /^pnpm@(\d+\.\d+\.\d+[^+]*)/.exec(field) : null;
  return m?.[1];
}

function knownGood(io: ProgramIO): string | undefined {
  const text = readText(io.fs, `${corepackHome(io)}/lastKnownGood.json`);
  return text ? /"pnpm"\s*:\s*"([^"]+)"/.exec(text)?.[1] : undefined;
}

/** Downloads (models) pnpm into corepack's cache unless it is there; true if it downloaded. */
export function corepackInstall(io: ProgramIO, version: string, prompt: boolean): boolean {
  const dir = `${corepackHome(io)}/v1/pnpm/${version}`;
  if (exists(io.fs, `${dir}/package.json`)) return false;
  if (prompt && io.env.COREPACK_ENABLE_DOWNLOAD_PROMPT !== '0')
    io.stderr(
      `! Corepack is about to download https://registry.npmjs.org/pnpm/-/pnpm-${version}.tgz\n`,
    );
  writeText(
    io.fs,
    `${dir}/package.json`,
    `${JSON.stringify({ name: 'pnpm', version, bin: { pnpm: 'bin/pnpm.cjs', pnpx: 'bin/pnpx.cjs' } }, null, 2)}\n`,
  );
  writeText(
    io.fs,
    `${dir}/bin/pnpm.cjs`,
    "#!/usr/bin/env node\nrequire('../dist/pnpm.cjs')\n",
    0o755,
  );
  writeBlob(io.fs, `${dir}/dist/pnpm.cjs`, `pnpm:${version}`, 5_400_000);
  writeText(
    io.fs,
    `${dir}/.corepack`,
    `${JSON.stringify({ locator: { name: 'pnpm', reference: version } })}\n`,
  );
  io.spend(1_800);
  io.note(`corepack did not download pnpm ${version}: its files in ${dir} are modelled.`);
  return true;
}

/** Records `name@version` as corepack's known-good release, keeping the other tools' entries. */
export function markKnownGood(io: ProgramIO, version: string, name = 'pnpm'): void {
  const path = `${corepackHome(io)}/lastKnownGood.json`;
  let known: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(readText(io.fs, path) ?? '{}') as unknown;
    if (parsed !== null && typeof parsed === 'object') known = parsed as Record<string, unknown>;
  } catch {
    known = {};
  }
  writeText(io.fs, path, `${JSON.stringify({ ...known, [name]: version })}\n`);
}

/** The version of pnpm that `argv0` runs, downloading it first when corepack would. */
export function pnpmVersion(io: ProgramIO, argv0: string): string {
  const exe = resolvedExecutable(io, argv0) ?? '';
  if (exe.includes('/corepack/dist/')) {
    const pin = pinned(io);
    const version = pin ?? knownGood(io) ?? PNPM_LATEST;
    corepackInstall(io, version, true);
    return version;
  }
  const m = /^(.*\/node_modules\/pnpm)\//.exec(exe);
  const manifest = m ? readText(io.fs, `${m[1]}/package.json`) : undefined;
  return (manifest && /"version"\s*:\s*"([^"]+)"/.exec(manifest)?.[1]) ?? PNPM_LATEST;
}
