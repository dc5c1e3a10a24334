/**
 * `yarn install` and `yarn workspaces focus` in Yarn 3/4: the three steps of Berry's report
 * (resolution, fetch, link), `--immutable` (or `enableImmutableInstalls`, on in CI) refusing
 * a lockfile the install would change (YN0028, exit 1), the cache filled with zips, the
 * linker's output, and yarn.lock written when it changed (focus never writes it).
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { readJson, type PackageJson } from './project';
import type { BerryConfig } from './yarn-berry-config';
import { fetchIntoCache, linkNodeModules, linkPnp, writeInstallState } from './yarn-berry-link';
import { parseBerryLock, type BerryLock } from './yarn-berry-lock';
import { planBerryInstall, workspaceName, type BerryPlan } from './yarn-berry-plan';
import { BerryReport, berryList, berrySize } from './yarn-berry-report';

export interface BerryContext {
  version: string;
  major: number;
  /** The folder of the project's package.json. */
  project: string;
  config: BerryConfig;
}

export interface BerryInstallOptions {
  immutable: boolean;
  /** Only what production dependencies need (`workspaces focus --production`). */
  production: boolean;
  /** Write yarn.lock when it changes (install does; focus does not). */
  persist: boolean;
  /** How the command's usage line reads, for the "No project found" error. */
  usage: string;
}

export const INSTALL_USAGE =
  '$ yarn install [--json] [--immutable] [--immutable-cache] [--refresh-lockfile] [--check-cache] [--check-resolutions] [--inline-builds] [--mode #0]';

export function berryInstall(
  io: ProgramIO,
  catalog: Catalog,
  ctx: BerryContext,
  opts: BerryInstallOptions,
): number {
  const dir = ctx.project === '/' ? '' : ctx.project;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok) {
    // Clipanion's usage errors go to stdout, followed by the command's usage line.
    io.stdout(`Usage Error: No project found in ${io.cwd}\n\n${opts.usage}\n`);
    return 1;
  }
  const manifest = read.value;
  if (manifest.workspaces !== undefined)
    io.note(
      'Yarn workspaces (the "workspaces" field) are not modelled: only the root package.json was installed.',
    );
  const report = new BerryReport(io, ctx.major);
  report.header(ctx.version);
  const lockText = readText(io.fs, `${dir}/yarn.lock`);
  const parsed = lockText === undefined ? undefined : parseBerryLock(lockText);
  const old: BerryLock | undefined = parsed?.ok ? parsed.lock : undefined;
  if (parsed && !parsed.ok)
    io.note(
      `yarn.lock could not be used as a Berry lockfile (${parsed.error}): Yarn would migrate it; Layercake resolves the project again.`,
    );
  const noted = new Set<string>();
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };
  let plan: BerryPlan | undefined;
  const resolved = report.step('Resolution step', () => {
    plan = planBerryInstall(io, catalog, manifest, ctx.major, old, noteOnce);
    report.spend(old && !plan.modified ? 60 : 250 + plan.packages.length * 12);
    if (plan.modified && ctx.major >= 4 && plan.added.length > 0)
      report.info(85, `+ ${berryList(plan.added)}.`);
    if (plan.modified && opts.immutable) {
      // Yarn also prints the lockfile diff (YN0028 lines) when it is short; not modelled.
      report.error(
        28,
        'The lockfile would have been modified by this install, which is explicitly forbidden.',
      );
      return false;
    }
    return true;
  });
  if (!resolved || !plan) return report.footer();
  const done = plan;
  const packages = opts.production ? done.packages.filter((p) => p.prod) : done.packages;
  report.step('Fetch step', () => {
    const fetched = fetchIntoCache(io, packages, ctx.config, ctx.major);
    report.spend(120 + Math.round(fetched.bytes / 20_000));
    if (ctx.major >= 4 && fetched.added.length > 0) {
      const n = fetched.added.length;
      report.info(
        13,
        `${n} package${n === 1 ? ' was' : 's were'} added to the project (+ ${berrySize(fetched.bytes)}).`,
      );
    } else if (ctx.major < 4) {
      for (const p of [...fetched.added].sort((a, b) => (a.name < b.name ? -1 : 1)))
        report.info(
          13,
          `${p.name}@npm:${p.version} can't be found in the cache and will be fetched from the remote registry`,
        );
    }
    return true;
  });
  report.step('Link step', () => {
    if (ctx.config.nodeLinker === 'node-modules') {
      linkNodeModules(io, ctx.project, workspaceName(manifest), packages);
    } else {
      if (ctx.config.nodeLinker === 'pnpm')
        io.note(
          "nodeLinker: pnpm is not modelled: the packages were linked as Plug'n'Play would link them.",
        );
      linkPnp(io, ctx.project, packages);
    }
    report.spend(150 + packages.length * 15);
    return true;
  });
  if (done.modified && opts.persist) writeText(io.fs, `${dir}/yarn.lock`, done.lockText);
  writeInstallState(io, ctx.project, packages.length);
  io.note(
    `Yarn did not download anything: the packages are modelled from Layercake's package catalog (one zip per package in ${ctx.config.cacheDir}). Dependencies' build scripts are not run.`,
  );
  return report.footer();
}
