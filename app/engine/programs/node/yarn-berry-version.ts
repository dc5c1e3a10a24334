/**
 * Which Yarn runs when a Dockerfile types `yarn`, in the order the real tools decide it:
 * 1. a `yarnPath` in the project's .yarnrc.yml: both Yarn 1.22 and Berry hand over to that
 *    release file (`yarn set version` writes it to .yarn/releases/yarn-<version>.cjs);
 * 2. through corepack's shim (`corepack enable` links /usr/local/bin/yarn to
 *    corepack/dist/yarn.js): package.json's "packageManager" pin, else the version
 *    `corepack prepare --activate` made known-good, else corepack's default, Yarn 1.22.22.
 *    Corepack downloads a missing version into $COREPACK_HOME/v1/yarn/<version> and, with
 *    COREPACK_ENABLE_DOWNLOAD_PROMPT (its shims set it), says so on stderr;
 * 3. else the image's own Yarn classic (/opt/yarn-v1.22.22).
 */
import type { ProgramIO } from '../../shell/program';
import { exists, readText, writeBlob, writeText } from '../common/fs-helpers';
import { parseYarnrc, projectDir } from './yarn-berry-config';
import { corepackHome, resolvedExecutable } from './pnpm-version';
import { readJson, type PackageJson } from './project';

/** The Yarn classic release node images and corepack's default ship. */
export const YARN_CLASSIC = '1.22.22';

/**
 * What `yarn set version stable` gets: the newest Yarn 4 release Layercake knows of (the
 * catalog is as of early 2026; a newer release may exist).
 */
export const YARN_STABLE = '4.12.0';

export type WhichYarn =
  | { kind: 'classic'; version: string; viaCorepack: boolean }
  | { kind: 'berry'; version: string; via: 'yarnPath' | 'corepack'; viaCorepack: boolean }
  | { kind: 'missing-release'; path: string }
  | { kind: 'other-manager'; name: string; manifest: string };

/** The yarnPath setting of the project (relative paths are from the project folder). */
export function yarnPathOf(io: ProgramIO, project: string): string | undefined {
  const dir = project === '/' ? '' : project;
  const value =
    io.env.YARN_YARN_PATH ??
    parseYarnrc(readText(io.fs, `${dir}/.yarnrc.yml`) ?? '').values.get('yarnPath');
  if (value === undefined || value === '') return undefined;
  return value.startsWith('/') ? value : `${dir}/${value.replace(/^\.\//, '')}`;
}

/** The version a release file holds: its name says it (yarn-4.5.3.cjs). */
function releaseVersion(io: ProgramIO, path: string): string {
  const read = io.fs.readFile(path);
  const node = read.ok ? read.value.node : undefined;
  const blob = node?.kind === 'file' ? /^yarn-release:(.+)$/.exec(node.blob ?? '')?.[1] : undefined;
  return blob ?? /yarn-(\d+\.\d+\.\d+[^/]*?)\.c?js$/.exec(path)?.[1] ?? YARN_STABLE;
}

/** The "packageManager" field of the nearest package.json, split into name and version. */
export function packageManagerPin(
  io: ProgramIO,
  project: string,
): { name: string; version: string; raw: string; manifest: string } | undefined {
  const manifest = `${project === '/' ? '' : project}/package.json`;
  const read = readJson<PackageJson>(io.fs, manifest);
  const raw = read.ok ? read.value.packageManager : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = /^(@?[^@]+)@(.+)$/.exec(raw);
  return m
    ? { name: m[1] as string, version: (m[2] as string).replace(/\+.*$/, ''), raw, manifest }
    : undefined;
}

function knownGoodYarn(io: ProgramIO): string | undefined {
  const text = readText(io.fs, `${corepackHome(io)}/lastKnownGood.json`);
  return text ? /"yarn"\s*:\s*"([^"]+)"/.exec(text)?.[1] : undefined;
}

export function berryMajor(version: string): number {
  return Number.parseInt(version, 10) || 4;
}

/** Decides which Yarn `argv0` runs in this project (downloading through corepack if needed). */
export function whichYarn(io: ProgramIO, argv0: string): WhichYarn {
  const project = projectDir(io);
  const viaCorepack = (resolvedExecutable(io, argv0) ?? '').includes('/corepack/dist/');
  let launched = YARN_CLASSIC;
  if (viaCorepack) {
    // Corepack picks and fetches its Yarn first; that Yarn then honours a yarnPath.
    const pin = packageManagerPin(io, project);
    if (pin && pin.name !== 'yarn')
      return { kind: 'other-manager', name: pin.name, manifest: pin.manifest };
    launched = pin?.version ?? knownGoodYarn(io) ?? YARN_CLASSIC;
    corepackFetchYarn(io, launched, true);
  }
  const yarnPath = yarnPathOf(io, project);
  if (yarnPath !== undefined && io.env.YARN_IGNORE_PATH !== '1') {
    if (!exists(io.fs, yarnPath)) return { kind: 'missing-release', path: yarnPath };
    const version = releaseVersion(io, yarnPath);
    return berryMajor(version) >= 2
      ? { kind: 'berry', version, via: 'yarnPath', viaCorepack }
      : { kind: 'classic', version, viaCorepack };
  }
  return berryMajor(launched) >= 2
    ? { kind: 'berry', version: launched, via: 'corepack', viaCorepack }
    : { kind: 'classic', version: launched, viaCorepack };
}

/** Where corepack fetches a Yarn release from: npm for 1.x, repo.yarnpkg.com for Berry. */
export function yarnDownloadUrl(version: string): string {
  return berryMajor(version) >= 2
    ? `https://repo.yarnpkg.com/${version}/packages/yarnpkg-cli/bin/yarn.js`
    : `https://registry.yarnpkg.com/yarn/-/yarn-${version}.tgz`;
}

/** Models corepack's download of a Yarn release into its cache; true if it downloaded. */
export function corepackFetchYarn(io: ProgramIO, version: string, prompt: boolean): boolean {
  const dir = `${corepackHome(io)}/v1/yarn/${version}`;
  if (exists(io.fs, `${dir}/.corepack`)) return false;
  if (prompt && io.env.COREPACK_ENABLE_DOWNLOAD_PROMPT !== '0')
    io.stderr(`! Corepack is about to download ${yarnDownloadUrl(version)}\n`);
  if (berryMajor(version) >= 2) {
    // Berry is one bundled file; corepack keeps it as yarn.js beside its .corepack record.
    writeBlob(io.fs, `${dir}/yarn.js`, `yarn-release:${version}`, berryBundleSize(version), 0o755);
  } else {
    writeText(
      io.fs,
      `${dir}/package.json`,
      `${JSON.stringify({ name: 'yarn', version, bin: { yarn: './bin/yarn.js', yarnpkg: './bin/yarn.js' } }, null, 2)}\n`,
    );
    writeText(
      io.fs,
      `${dir}/bin/yarn.js`,
      "#!/usr/bin/env node\nrequire('../lib/cli.js');\n",
      0o755,
    );
    writeBlob(io.fs, `${dir}/lib/cli.js`, `yarn-release:${version}`, 5_263_014);
  }
  writeText(
    io.fs,
    `${dir}/.corepack`,
    `${JSON.stringify({ locator: { name: 'yarn', reference: version } })}\n`,
  );
  io.spend(1_500);
  io.note(`corepack did not download Yarn ${version}: its files in ${dir} are modelled.`);
  return true;
}

/** The size of Berry's single-file bundle (yarn.js / yarn-<v>.cjs): about 2.9 MB for 4.x. */
export function berryBundleSize(version: string): number {
  return berryMajor(version) >= 4 ? 2_905_000 : 2_310_000;
}
