/**
 * Which gems of a bundle are not installed where Bundler looks: what `bundle exec`,
 * `bundle check` and `require "bundler/setup"` refuse to run without.
 */
import type { FileSystem } from '../../fs/filesystem';
import { exists, listDir } from '../common/fs-helpers';
import { excluded, type BundleProject } from './bundle-project';
import { wantedDependencies } from './bundle-resolve';
import { defaultGemVersion } from './default-gems';
import type { RubyEnv } from './ruby-env';

/** Full names ("rails-8.0.1") of locked gems that are missing; Gemfile names without a lockfile. */
export function missingGems(fs: FileSystem, ruby: RubyEnv, project: BundleProject): string[] {
  return bundleSpecs(fs, ruby, project).missing;
}

/**
 * The gems the bundle loads (locked gems the Gemfile's groups reach, found installed or as
 * default gems) and those missing.
 */
export function bundleSpecs(
  fs: FileSystem,
  ruby: RubyEnv,
  project: BundleProject,
): { found: { name: string; version: string }[]; missing: string[] } {
  const roots = wantedDependencies(project.gemfile).filter((d) => !excluded(project, d.groups));
  const specs = `${project.dirs.dir}/specifications`;
  const lock = project.lockfile;
  if (!lock) {
    const installed = listDir(fs, specs);
    const missing = roots
      .map((d) => d.name)
      .filter((name) => !installed.some((f) => f.startsWith(`${name}-`)));
    return { found: [], missing };
  }
  const byName = new Map<string, { version: string; platform?: string; deps: string[] }[]>();
  for (const s of lock.specs)
    byName.set(s.name, [
      ...(byName.get(s.name) ?? []),
      {
        version: s.version,
        ...(s.platform ? { platform: s.platform } : {}),
        deps: Object.keys(s.dependencies),
      },
    ]);
  const missing: string[] = [];
  const found: { name: string; version: string }[] = [];
  const seen = new Set<string>();
  const queue = roots.map((r) => r.name);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name) || name === 'bundler') continue;
    seen.add(name);
    const candidates = byName.get(name) ?? [];
    if (candidates.length === 0) {
      missing.push(name);
      continue;
    }
    const hit = candidates.find(
      (c) =>
        (c.platform === undefined && defaultGemVersion(ruby.abi, name) === c.version) ||
        exists(fs, `${specs}/${name}-${c.version}${c.platform ? `-${c.platform}` : ''}.gemspec`),
    );
    if (!hit) {
      const first = candidates[0] as { version: string; platform?: string };
      missing.push(`${name}-${first.version}${first.platform ? `-${first.platform}` : ''}`);
    } else found.push({ name, version: hit.version });
    for (const c of candidates) queue.push(...c.deps);
  }
  return { found, missing };
}
