/**
 * pnpm 9/10: install (from pnpm-lock.yaml when it matches package.json, frozen in CI or with
 * --frozen-lockfile; else resolving from the npm catalog and writing the lockfile), add,
 * run/<script> (through npm's script runner), --version and store path. Output is the
 * append-only reporter a Docker build log shows (stdout is not a terminal). Errors are
 * reported on stdout, as pnpm's reporter prints them.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { exists, readText, writeText } from '../common/fs-helpers';
import { noManifest, pnpmError, pnpmExec, pnpmRun } from './pnpm-run';
import { readJson, type PackageJson } from './project';
import {
  lockedNodes,
  planFromLock,
  planFromResolution,
  staleSpecifiers,
  type InstallPlan,
} from './pnpm-plan';
import { modulesYaml, storeIndexPath, writePnpmLayout } from './pnpm-layout';
import { DEP_FIELDS, formatPnpmLock, parsePnpmLock } from './pnpm-lock';
import { pnpmVersion } from './pnpm-version';
import { pnpmConfig, pnpmSetting } from './pnpm-config';
import { fetchIntoStore, offlineMiss } from './pnpm-fetch';

/** Options whose value is the next argument (`pnpm --filter web build`). */
const TAKES_VALUE = new Set([
  '--filter',
  '-F',
  '--reporter',
  '--store-dir',
  '--loglevel',
  '--dir',
  '-C',
]);

const CI_NOTE =
  'Note that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"';

export function pnpmProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    const version = pnpmVersion(io, argv[0] ?? 'pnpm');
    const command = args.find((a, i) => !a.startsWith('-') && !TAKES_VALUE.has(args[i - 1] ?? ''));
    if (args.some((a) => a === '--filter' || a === '-F' || a === '-r' || a === '--recursive'))
      io.note(
        'pnpm workspaces (--filter, -r) are not modelled: the command ran in this folder only.',
      );
    if (command === undefined && (args.includes('--version') || args.includes('-v'))) {
      io.stdout(`${version}\n`);
      return 0;
    }
    const rest = args.slice(args.indexOf(command ?? '') + 1);
    switch (command ?? 'install') {
      case 'install':
      case 'i':
        return install(io, catalog, version, args, []);
      case 'add':
        return install(
          io,
          catalog,
          version,
          args,
          rest.filter((a) => !a.startsWith('-')),
        );
      case 'run':
      case 'run-script':
        return pnpmRun(io, rest[0], rest.slice(1));
      case 'exec':
        return pnpmExec(io, rest[0], rest.slice(1));
      case 'config':
      case 'c':
        return pnpmConfig(io, rest);
      case 'setup':
      case 'prune':
      case 'rebuild':
      case 'deploy':
      case 'dlx':
      case 'env':
      case 'approve-builds':
        io.note(`pnpm ${command}: this command is not modelled; nothing was done.`);
        return 0;
      case 'fetch':
        return fetch(io, catalog, version, args);
      case 'store':
        if (rest[0] === 'path') io.stdout(`${storeDir(io, version)}\n`);
        else if (rest[0] === 'prune')
          io.note(
            'pnpm store prune: removing unreferenced packages from the store is not modelled.',
          );
        return 0;
      default:
        return pnpmRun(io, command, rest);
    }
  };
}

/** The store: store-dir setting, else $PNPM_HOME/store, else XDG data home; v3 (pnpm 9) or v10. */
export function storeDir(io: ProgramIO, version: string): string {
  const layout = Number.parseInt(version, 10) >= 10 ? 'v10' : 'v3';
  const home = io.env.HOME ?? io.user.home;
  const base =
    pnpmSetting(io, 'store-dir') ??
    (io.env.PNPM_HOME
      ? `${io.env.PNPM_HOME}/store`
      : `${io.env.XDG_DATA_HOME ?? `${home}/.local/share`}/pnpm/store`);
  return `${base.replace(/\/$/, '')}/${layout}`;
}

function install(
  io: ProgramIO,
  catalog: Catalog,
  version: string,
  args: string[],
  adding: string[],
): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok) {
    io.stdout(noManifest(io.cwd));
    return 1;
  }
  const manifest = read.value;
  for (const spec of adding) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const known =
      catalog.package('npm', name)?.version ?? catalog.plausiblePackage('npm', name).version;
    const field =
      args.includes('-D') || args.includes('--save-dev') ? 'devDependencies' : 'dependencies';
    manifest[field] = {
      ...(manifest[field] ?? {}),
      [name]: at > 0 ? spec.slice(at + 1) : `^${known}`,
    };
  }
  const frozen =
    args.includes('--frozen-lockfile') ||
    (io.env.CI !== undefined &&
      io.env.CI !== '' &&
      io.env.CI !== 'false' &&
      !args.includes('--no-frozen-lockfile') &&
      adding.length === 0);
  const prod =
    args.includes('--prod') ||
    args.includes('-P') ||
    args.includes('--production') ||
    io.env.NODE_ENV === 'production';
  const lockText = readText(io.fs, `${dir}/pnpm-lock.yaml`);
  const lock = lockText === undefined ? undefined : parsePnpmLock(lockText);
  const lockMajor = lock?.ok ? Number.parseFloat(lock.lock.lockfileVersion) : 9;
  if (lockMajor < 6) {
    io.stdout(
      pnpmError('ERR_PNPM_LOCKFILE_BREAKING_CHANGE', [
        `Lockfile ${dir}/pnpm-lock.yaml not compatible with current pnpm`,
        '',
        'Run with the --force parameter to recreate the lockfile.',
      ]),
    );
    return 1;
  }
  if (frozen && lockMajor < 9) {
    io.stdout(
      pnpmError('ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE', [
        'Cannot perform a frozen installation because the version of the lockfile is incompatible with this version of pnpm',
      ]),
    );
    return 1;
  }
  if (frozen && lock === undefined) {
    io.stdout(
      pnpmError('ERR_PNPM_NO_LOCKFILE', [
        'Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent',
        '',
        CI_NOTE,
      ]),
    );
    return 1;
  }
  const stale = lock?.ok
    ? staleSpecifiers(lock.lock, manifest)
    : ['the lockfile could not be read'];
  if (frozen && stale.length > 0) {
    io.stdout(
      pnpmError('ERR_PNPM_OUTDATED_LOCKFILE', [
        `Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json`,
        '',
        CI_NOTE,
        '',
        '  Failure reason:',
        "  specifiers in the lockfile don't match specifiers in package.json:",
        ...stale,
      ]),
    );
    return 1;
  }
  const noted = new Set<string>();
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };
  let plan: InstallPlan;
  if (lock?.ok && stale.length === 0 && lockMajor >= 9) {
    io.stdout('Lockfile is up to date, resolution step is skipped\n');
    plan = planFromLock(catalog, lock.lock, prod, noteOnce);
  } else {
    plan = planFromResolution(io, catalog, manifest, prod, noteOnce);
    writeText(io.fs, `${dir}/pnpm-lock.yaml`, formatPnpmLock(plan.importer, plan.everything));
  }
  if (adding.length > 0)
    writeText(io.fs, `${dir}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const miss = args.includes('--offline')
    ? offlineMiss(io, storeDir(io, version), plan.nodes)
    : undefined;
  if (miss) {
    io.stdout(miss);
    return 1;
  }
  return link(io, version, plan, prod, args.includes('--ignore-scripts'));
}

/** `pnpm fetch`: the lockfile's packages into the store, no node_modules. */
function fetch(io: ProgramIO, catalog: Catalog, version: string, args: string[]): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const text = readText(io.fs, `${dir}/pnpm-lock.yaml`);
  const lock = text === undefined ? undefined : parsePnpmLock(text);
  if (!lock?.ok) {
    io.stdout(
      pnpmError('ERR_PNPM_NO_LOCKFILE', [
        'Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent',
      ]),
    );
    return 1;
  }
  const prod = args.includes('--prod') || args.includes('-P');
  const plan = planFromLock(catalog, lock.lock, prod, (t) => io.note(t));
  const store = storeDir(io, version);
  const start = io.now;
  const reused = fetchIntoStore(io, store, plan.nodes);
  const total = plan.nodes.length;
  io.stdout(
    `Progress: resolved ${total}, reused ${reused}, downloaded ${total - reused}, added 0, done\n`,
  );
  io.stdout(`Done in ${pnpmDuration(io.now - start)}${doneSuffix(version)}\n`);
  return 0;
}

/** pnpm's durations: "759ms" under a second, else "2.3s". */
export function pnpmDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

function doneSuffix(version: string): string {
  return Number.parseInt(version, 10) >= 10 ? ` using pnpm v${version}` : '';
}

function link(
  io: ProgramIO,
  version: string,
  plan: InstallPlan,
  prod: boolean,
  ignoreScripts: boolean,
): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const start = io.now;
  const store = storeDir(io, version);
  const current = formatPnpmLock(plan.importer, lockedNodes(plan.nodes));
  if (
    plan.nodes.length === 0 ||
    (readText(io.fs, `${dir}/node_modules/.pnpm/lock.yaml`) === current &&
      exists(io.fs, `${dir}/node_modules/.modules.yaml`))
  ) {
    io.spend(300);
    io.stdout(
      `Already up to date\nDone in ${pnpmDuration(io.now - start)}${doneSuffix(version)}\n`,
    );
    return 0;
  }
  const reused = plan.nodes.filter((n) => exists(io.fs, storeIndexPath(store, n))).length;
  const total = plan.nodes.length;
  io.stdout(`Progress: resolved 1, reused 0, downloaded 0, added 0\n`);
  io.stdout(`Packages: +${total}\n${'+'.repeat(Math.min(total, 80))}\n`);
  writePnpmLayout(io, { project: io.cwd, nodes: plan.nodes, direct: plan.direct, store });
  io.spend(600 + plan.nodes.reduce((s, n) => s + Math.round(n.pkg.downloadSize / 20_000), 0));
  const directKeys = new Set(plan.direct.map((d) => d.key));
  writeText(
    io.fs,
    `${dir}/node_modules/.modules.yaml`,
    modulesYaml({
      version,
      store,
      hoisted: plan.nodes.filter((n) => !directKeys.has(n.key)),
      prod,
      now: io.now,
    }),
  );
  writeText(io.fs, `${dir}/node_modules/.pnpm/lock.yaml`, current);
  io.stdout(
    `Progress: resolved ${total}, reused ${reused}, downloaded ${total - reused}, added ${total}, done\n`,
  );
  for (const field of DEP_FIELDS) {
    const listed = plan.direct.filter((d) => d.field === field);
    if (listed.length === 0) continue;
    io.stdout(`\n${field}:\n`);
    for (const d of [...listed].sort((a, b) => (a.name < b.name ? -1 : 1)))
      io.stdout(`+ ${d.name} ${d.version}\n`);
  }
  io.stdout(`\nDone in ${pnpmDuration(io.now - start)}${doneSuffix(version)}\n`);
  io.note(
    `pnpm did not download anything: the packages' files are modelled from Layercake's package catalog (one file per package in the store at ${store}).${ignoreScripts ? '' : " Dependencies' install scripts are not run."}`,
  );
  return 0;
}
