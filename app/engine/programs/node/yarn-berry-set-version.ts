/**
 * `yarn set version stable|4.x|4.5.3|3.x`, as Yarn 4 does it (Yarn 1.22 hands the command to
 * the Berry release it fetches, so its output is the same):
 *
 *   ➤ YN0000: You don't seem to have Corepack enabled; we'll have to rely on yarnPath instead
 *   ➤ YN0000: Downloading https://repo.yarnpkg.com/4.5.3/packages/yarnpkg-cli/bin/yarn.js
 *   ➤ YN0000: Saving the new release in .yarn/releases/yarn-4.5.3.cjs
 *   ➤ YN0000: Done with warnings in 0s 696ms
 *
 * The release lands in .yarn/releases; `yarnPath` in .yarnrc.yml points at it when corepack
 * is not what runs Yarn (or with --yarn-path, or when a yarnPath was already set); the
 * "packageManager" field of package.json names the new version either way.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, readText, removeTree, writeBlob, writeText } from '../common/fs-helpers';
import { readJson, type PackageJson } from './project';
import { setYarnrcValue } from './yarn-berry-config';
import { BerryReport } from './yarn-berry-report';
import {
  YARN_CLASSIC,
  YARN_STABLE,
  berryBundleSize,
  berryMajor,
  yarnDownloadUrl,
  yarnPathOf,
} from './yarn-berry-version';

/** The last Yarn 3 release (3.8.7, late 2024). */
const YARN_3_LATEST = '3.8.7';

/** The release a `set version` argument names, or undefined when Layercake cannot tell. */
export function resolveYarnSpec(spec: string): string | undefined {
  if (spec === 'stable' || spec === 'latest' || spec === 'berry') return YARN_STABLE;
  if (spec === 'classic' || /^1(\.x|\.22)?$/.test(spec)) return YARN_CLASSIC;
  if (/^4(\.x)?$/.test(spec) || spec === '^4') return YARN_STABLE;
  if (/^3(\.x)?$/.test(spec) || spec === '^3') return YARN_3_LATEST;
  const exact = /^(\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(spec);
  return exact?.[1];
}

export function setVersion(
  io: ProgramIO,
  project: string,
  spec: string | undefined,
  opts: { viaCorepack: boolean; forceYarnPath: boolean },
): number {
  const version = resolveYarnSpec(spec ?? '');
  if (spec === undefined || version === undefined) {
    io.stdout(
      `Usage Error: Invalid version reference "${spec ?? ''}"\n\n$ yarn set version [--yarn-path] [--only-if-needed] <version>\n`,
    );
    if (spec !== undefined)
      io.note(
        `yarn set version ${spec}: Layercake knows stable, 4.x, 3.x, classic and exact versions.`,
      );
    return 1;
  }
  const report = new BerryReport(io, 4, false);
  const dir = project === '/' ? '' : project;
  const previous = yarnPathOf(io, project);
  const useYarnPath = !opts.viaCorepack || opts.forceYarnPath || previous !== undefined;
  if (!opts.viaCorepack)
    report.warning(
      0,
      "You don't seem to have Corepack enabled; we'll have to rely on yarnPath instead",
    );
  report.info(0, `Downloading ${yarnDownloadUrl(version)}`);
  report.spend(300 + Math.round(berryBundleSize(version) / 10_000));
  if (berryMajor(version) >= 2) {
    const relative = `.yarn/releases/yarn-${version}.cjs`;
    report.info(0, `Saving the new release in ${relative}`);
    if (
      previous !== undefined &&
      previous !== `${dir}/${relative}` &&
      previous.includes('/.yarn/releases/')
    )
      removeTree(io.fs, previous);
    writeBlob(
      io.fs,
      `${dir}/${relative}`,
      `yarn-release:${version}`,
      berryBundleSize(version),
      0o755,
    );
    if (useYarnPath) {
      const rc = `${dir}/.yarnrc.yml`;
      writeText(io.fs, rc, setYarnrcValue(readText(io.fs, rc) ?? '', 'yarnPath', relative));
    }
  } else {
    io.note(
      'yarn set version classic: going back to Yarn 1 is not modelled beyond packageManager.',
    );
  }
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (read.ok) {
    const manifest = { ...read.value, packageManager: `yarn@${version}` };
    writeText(io.fs, `${dir}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  } else if (!exists(io.fs, `${dir}/package.json`)) {
    io.note('yarn set version found no package.json: no packageManager field was written.');
  }
  io.note(`Yarn ${version} was not downloaded: the release file is modelled.`);
  return report.footer();
}
