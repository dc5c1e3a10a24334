/** npm's longer messages, as npm 10 and 11 print them ("npm error" prefix on each line). */
import type { ProgramIO } from '../../shell/program';
import { unitFromName } from '../common/hash';
import { npmDuration } from '../common/sizes';
import type { ResolvedPackage } from './node-modules';

export function npmError(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? 'npm error\n' : `npm error ${line}\n`)).join('');
}

/** npm writes its debug log under its cache folder (`~/.npm` unless --cache moves it). */
export function logLine(now: number, cache = '/root/.npm'): string {
  const stamp = new Date(now).toISOString().replace(/:/g, '_').replace('.', '_');
  return `A complete log of this run can be found in: ${cache}/_logs/${stamp.replace(/_(\d{3})Z$/, '_$1Z')}-debug-0.log`;
}

export const CI_USAGE = [
  'Clean install a project',
  '',
  'Usage:',
  'npm ci',
  '',
  'Options:',
  '[--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]',
  '[--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]',
  '[--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]',
  '[--strict-peer-deps] [--foreground-scripts] [--ignore-scripts] [--no-audit]',
  '[--no-bin-links] [--no-fund] [--dry-run]',
  '[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]',
  '[-ws|--workspaces] [--include-workspace-root] [--install-links]',
  '',
  'aliases: clean-install, ic, install-clean, isntall-clean',
  '',
  'Run "npm help ci" for more info',
];

export const CI_NO_LOCKFILE = [
  'code EUSAGE',
  '',
  'The `npm ci` command can only install with an existing package-lock.json or',
  'npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
  'later to generate a package-lock.json file, then try again.',
  '',
  ...CI_USAGE,
];

/** `problems`: npm's "Missing: x@range from lock file" and "Invalid: lock file's ..." lines. */
export function ciOutOfSync(problems: readonly string[]): string[] {
  return [
    'code EUSAGE',
    '',
    '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
    '',
    ...problems,
    '',
    ...CI_USAGE,
  ];
}

export const CACHE_CLEAN_NEEDS_FORCE = [
  'As of npm@5, the npm cache self-heals from corruption issues',
  'by treating integrity mismatches as cache misses.  As a result,',
  'data extracted from the cache is guaranteed to be valid.  If you',
  'want to make sure everything is consistent, use `npm cache verify`',
  'instead.  Deleting the cache can only make npm go slower, and is',
  'not likely to correct any problems you may be facing.',
  '',
  "On the other hand, if you're debugging an issue with the installer,",
  'or race conditions that depend on the timing of writing to an empty',
  'cache, you can use `npm install --cache /tmp/empty-cache` to use a',
  'temporary cache instead of nuking the actual one.',
  '',
  "If you're sure you want to delete the entire cache, rerun this command",
  'with --force.',
];

/**
 * The end of an install: what changed, funding, audit. A global install is not audited, so
 * it says only `added 1 package in 960ms` (and funding).
 */
export function summary(
  io: ProgramIO,
  added: number,
  audited: number,
  ms: number,
  funding: number,
  global = false,
): void {
  io.stdout(
    global
      ? `\nadded ${added} package${added === 1 ? '' : 's'} in ${npmDuration(ms)}\n`
      : added > 0
        ? `\nadded ${added} package${added === 1 ? '' : 's'}, and audited ${audited} package${audited === 1 ? '' : 's'} in ${npmDuration(ms)}\n`
        : `\nup to date, audited ${audited} package${audited === 1 ? '' : 's'} in ${npmDuration(ms)}\n`,
  );
  if (funding > 0) {
    io.stdout(
      `\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n`,
    );
  }
  if (!global) io.stdout('\nfound 0 vulnerabilities\n');
}

/** How many packages ask for funding (modelled: about one in five). */
export function fundingCount(packages: readonly ResolvedPackage[]): number {
  return packages.filter((p) => unitFromName(`fund:${p.name}`) < 0.2).length;
}
