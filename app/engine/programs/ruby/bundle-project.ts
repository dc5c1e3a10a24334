/**
 * The application Bundler works on: its Gemfile (BUNDLE_GEMFILE, else the nearest Gemfile or
 * gems.rb from the working directory up), its lockfile, its settings, and where its gems are
 * installed (`<path>/ruby/<abi>` when a path is configured, `vendor/bundle` in deployment
 * mode without one, else GEM_HOME as `gem install` uses it).
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname, resolvePath } from '../../fs/path';
import { isFile, readText } from '../common/fs-helpers';
import { BundleSettings } from './bundle-config';
import { parseGemfile, type Gemfile } from './gemfile';
import type { GemDirs } from './gem-files';
import { parseLockfile, type Lockfile } from './lockfile';
import type { RubyEnv } from './ruby-env';

export interface BundleProject {
  gemfilePath: string;
  lockfilePath: string;
  root: string;
  gemfile: Gemfile;
  lockfile: Lockfile | undefined;
  settings: BundleSettings;
  /** Where gems go; `configuredPath` when a path (or deployment) sets it. */
  dirs: GemDirs;
  configuredPath: string | undefined;
  frozen: boolean;
  deployment: boolean;
}

export const GEMFILE_NOT_FOUND = 'Could not locate Gemfile\n';

export function findGemfile(
  fs: FileSystem,
  env: Readonly<Record<string, string>>,
  cwd: string,
): string | undefined {
  if (env.BUNDLE_GEMFILE) {
    const path = resolvePath(cwd, env.BUNDLE_GEMFILE);
    return isFile(fs, path) ? path : undefined;
  }
  let dir = cwd;
  for (;;) {
    for (const name of ['Gemfile', 'gems.rb']) {
      const path = resolvePath(dir, name);
      if (isFile(fs, path)) return path;
    }
    if (dir === '/') return undefined;
    dir = dirname(dir);
  }
}

export function openProject(
  fs: FileSystem,
  env: Readonly<Record<string, string>>,
  cwd: string,
  ruby: RubyEnv,
): BundleProject | undefined {
  const gemfilePath = findGemfile(fs, env, cwd);
  if (!gemfilePath) return undefined;
  const root = dirname(gemfilePath);
  const lockfilePath = gemfilePath.endsWith('gems.rb')
    ? `${root === '/' ? '' : root}/gems.locked`
    : `${gemfilePath}.lock`;
  const settings = new BundleSettings(fs, env, root);
  const lockText = readText(fs, lockfilePath);
  const deployment = settings.flag('deployment');
  const path = settings.get('path') ?? (deployment ? 'vendor/bundle' : undefined);
  const configuredPath = path ? resolvePath(root, path) : undefined;
  const dir = configuredPath ? `${configuredPath}/ruby/${ruby.abi}` : ruby.gemHome;
  return {
    gemfilePath,
    lockfilePath,
    root,
    gemfile: parseGemfile(readText(fs, gemfilePath) ?? ''),
    lockfile: lockText === undefined ? undefined : parseLockfile(lockText),
    settings,
    dirs: {
      dir,
      bin: configuredPath ? `${dir}/bin` : ruby.gemBin,
      keepCache: true,
    },
    configuredPath,
    frozen: deployment || settings.flag('frozen'),
    deployment,
  };
}

/** Groups left out by `without`: a dependency is left out when all its groups are. */
export function excluded(project: BundleProject, groups: readonly string[]): boolean {
  const without = project.settings.list('without');
  return groups.length > 0 && groups.every((g) => without.includes(g));
}
