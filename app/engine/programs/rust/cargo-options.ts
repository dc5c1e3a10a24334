/**
 * The options cargo's build-like commands share (build, check, test, run, install, fetch),
 * read from argv and the CARGO_* variables that stand for them.
 */
import { parseArgs } from '../common/args';

export interface CargoOptions {
  release: boolean;
  profile?: string;
  target?: string;
  bins: string[];
  allBins: boolean;
  packages: string[];
  workspace: boolean;
  locked: boolean;
  offline: boolean;
  manifestPath?: string;
  targetDir?: string;
  path?: string;
  root?: string;
  version?: string;
  force: boolean;
  quiet: boolean;
  operands: string[];
  /** Options cargo does not have, in its words. */
  unknown?: string;
}

const VALUE_OPTIONS = [
  'target',
  'bin',
  'package',
  'manifest-path',
  'target-dir',
  'jobs',
  'features',
  'profile',
  'color',
  'message-format',
  'config',
  'path',
  'root',
  'version',
  'example',
  'test',
  'bench',
  'git',
  'branch',
  'tag',
  'rev',
  'index',
  'registry',
  'exclude',
  'Z',
  'vers',
  'lockfile-path',
  'timings',
];

const FLAGS = new Set([
  'release',
  'locked',
  'offline',
  'frozen',
  'workspace',
  'all',
  'bins',
  'lib',
  'tests',
  'examples',
  'benches',
  'all-targets',
  'all-features',
  'no-default-features',
  'quiet',
  'verbose',
  'force',
  'no-run',
  'no-fail-fast',
  'debug',
  'keep-going',
  'ignore-rust-version',
  'doc',
  'no-track',
  'list',
  'future-incompat-report',
]);

export function readCargoOptions(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): CargoOptions {
  const parsed = parseArgs(args, {
    short: {
      r: 'release',
      p: 'package',
      j: 'jobs',
      F: 'features',
      q: 'quiet',
      v: 'verbose',
      f: 'force',
      Z: 'Z',
    },
    takesValue: VALUE_OPTIONS,
  });
  const values = (name: string) =>
    parsed.options.filter((o) => o.name === name).map((o) => o.value);
  const has = (name: string) => parsed.options.some((o) => o.name === name);
  const last = (name: string) => values(name).pop();
  const unknown = parsed.options.find((o) => !FLAGS.has(o.name) && !VALUE_OPTIONS.includes(o.name));
  const profile = last('profile');
  const offlineEnv = ['true', '1'].includes(env.CARGO_NET_OFFLINE ?? '');
  const target = last('target') ?? env.CARGO_BUILD_TARGET;
  const manifestPath = last('manifest-path');
  const targetDir = last('target-dir');
  const path = last('path');
  const root = last('root');
  const version = last('version') ?? last('vers');
  return {
    release: has('release') || profile === 'release',
    ...(profile ? { profile } : {}),
    ...(target ? { target } : {}),
    bins: values('bin'),
    allBins: has('bins'),
    packages: values('package').flatMap((p) => p.split(',')),
    workspace: has('workspace') || has('all'),
    locked: has('locked') || has('frozen'),
    offline: has('offline') || has('frozen') || offlineEnv,
    ...(manifestPath ? { manifestPath } : {}),
    ...(targetDir ? { targetDir } : {}),
    ...(path ? { path } : {}),
    ...(root ? { root } : {}),
    ...(version ? { version } : {}),
    force: has('force'),
    quiet: has('quiet'),
    operands: parsed.operands,
    ...(unknown
      ? {
          unknown: `error: unexpected argument '${unknown.name.startsWith('-') ? '' : '--'}${unknown.name}' found\n\nUsage: cargo [OPTIONS] [COMMAND]\n\nFor more information, try '--help'.\n`,
        }
      : {}),
  };
}
