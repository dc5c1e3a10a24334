/**
 * `bundle install`: check the lockfile against the Gemfile (frozen in deployment mode),
 * resolve when needed, then fetch and install each gem as Bundler 2.6 prints it in a build
 * ("Fetching rack 3.1.8", "Installing rack 3.1.8", "Installing pg 1.5.9 with native
 * extensions", "Using date 3.4.1" for default gems), stop as Bundler stops when an extension
 * cannot compile, and write Gemfile.lock when it resolved.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { transferMs } from '../common/sizes';
import { exists, readText, writeText } from '../common/fs-helpers';
import { resolvePath } from '../../fs/path';
import { excluded, type BundleProject } from './bundle-project';
import {
  installOrder,
  resolveFromCatalog,
  resolveFromLockfile,
  wantedDependencies,
  type ResolvedGem,
} from './bundle-resolve';
import { defaultGemVersion } from './default-gems';
import type { GemfileDependency } from './gemfile';
import {
  compiles,
  extensionDir,
  extensionPath,
  fullName,
  writeGem,
  type GemDirs,
} from './gem-files';
import { writeLockfile, type Lockfile } from './lockfile';
import { buildErrorText, nativeBuildFailure } from './native-build';
import type { RubyEnv } from './ruby-env';
import { normalizeRequirement, satisfiesAll } from './versions';

export const ROOT_WARNING =
  "Don't run Bundler as root. Installing your bundle as root will break this application for all non-root users on this machine.\n";

const FROZEN_HINT =
  'Run `bundle install` elsewhere and add the updated Gemfile.lock to version control.\nIf this is a development machine, remove the Gemfile freeze by running `bundle config set frozen false`.\n';

function requirementText(dep: GemfileDependency): string {
  return dep.requirements.map(normalizeRequirement).join(', ');
}

/** What the Gemfile added to or deleted from the lockfile's DEPENDENCIES. */
function dependencyChanges(
  project: BundleProject,
  lock: Lockfile,
): { added: string[]; deleted: string[] } {
  const show = (name: string, req: string) => (req ? `${name} (${req})` : name);
  const added: string[] = [];
  const inGemfile = new Set<string>();
  for (const dep of project.gemfile.dependencies) {
    inGemfile.add(dep.name);
    const locked = lock.dependencies[dep.name];
    if (locked === undefined || locked !== requirementText(dep))
      added.push(show(dep.name, requirementText(dep)));
  }
  const deleted = Object.entries(lock.dependencies)
    .filter(
      ([name, req]) =>
        !inGemfile.has(name) ||
        project.gemfile.dependencies.find((d) => d.name === name && requirementText(d) !== req),
    )
    .map(([name, req]) => show(name, req));
  return { added, deleted };
}

function frozenChangeError(added: string[], deleted: string[]): string {
  let text =
    "The dependencies in your gemfile changed, but the lockfile can't be updated because frozen mode is set\n";
  if (added.length)
    text += `\nYou have added to the Gemfile:\n${added.map((a) => `* ${a}`).join('\n')}\n`;
  if (deleted.length)
    text += `\nYou have deleted from the Gemfile:\n${deleted.map((d) => `* ${d}`).join('\n')}\n`;
  return `${text}\n${FROZEN_HINT}`;
}

/** "In Gemfile:" and the chain from a Gemfile dependency to the gem that failed. */
function dependencyChain(gems: ResolvedGem[], roots: GemfileDependency[], target: string): string {
  const byName = new Map(gems.map((g) => [g.pkg.name, g]));
  const parents = new Map<string, string>();
  const queue = roots.map((r) => r.name);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (name === target) break;
    for (const dep of Object.keys(byName.get(name)?.requirements ?? {}))
      if (!seen.has(dep)) {
        seen.add(dep);
        parents.set(dep, name);
        queue.push(dep);
      }
  }
  const chain = [target];
  while (parents.has(chain[0] as string)) chain.unshift(parents.get(chain[0] as string) as string);
  return chain
    .map((name, i) => {
      const pad = '  '.repeat(i + 1);
      const gem = byName.get(name);
      return i < chain.length - 1 && gem
        ? `${pad}${name} was resolved to ${gem.version}, which depends on`
        : `${pad}${name}`;
    })
    .join('\n');
}

function label(gem: ResolvedGem): string {
  return `${gem.pkg.name} ${gem.version}${gem.platform ? ` (${gem.platform})` : ''}`;
}

export function bundleInstall(
  io: ProgramIO,
  catalog: Catalog,
  ruby: RubyEnv,
  project: BundleProject,
): number {
  if (io.user.uid === 0 && !project.settings.flag('silence_root_warning')) io.stderr(ROOT_WARNING);
  const wantedRuby = requiredRuby(io, project);
  if (wantedRuby && !satisfiesAll(ruby.version, [normalizeRequirement(wantedRuby)])) {
    io.stderr(`Your Ruby version is ${ruby.version}, but your Gemfile specified ${wantedRuby}\n`);
    return 18;
  }
  const lock = project.lockfile;
  if (project.frozen && !lock) {
    const flag = project.deployment ? 'deployment' : 'frozen';
    io.stderr(
      `The --${flag} flag requires a Gemfile.lock. Please make sure you have checked your Gemfile.lock into version control before deploying.\n`,
    );
    return 16;
  }
  const wanted = wantedDependencies(project.gemfile);
  const roots = wanted.filter((d) => !excluded(project, d.groups));
  const changes = lock ? dependencyChanges(project, lock) : { added: [], deleted: [] };
  const changed = changes.added.length > 0 || changes.deleted.length > 0;
  if (lock && changed && project.frozen) {
    io.stderr(frozenChangeError(changes.added, changes.deleted));
    return 16;
  }
  const foreign = lock !== undefined && !supportsPlatform(lock.platforms, ruby);
  if (foreign && project.frozen) {
    io.stderr(
      `Your bundle only supports platforms [${lock.platforms.map((p) => `"${p}"`).join(', ')}] but your local platform is ${ruby.platform}. Add the current platform to the lockfile with\n\`bundle lock --add-platform ${ruby.platform}\` and try again.\n`,
    );
    return 16;
  }
  let all: ResolvedGem[];
  let resolved = false;
  const fromLock =
    lock && !changed && !foreign ? resolveFromLockfile(catalog, ruby, roots, lock) : undefined;
  if (fromLock && 'gems' in fromLock) all = fromLock.gems;
  else {
    if (fromLock && project.frozen) {
      io.stderr(
        `Your lock file is missing "${fromLock.missing}", but the lockfile can't be updated because frozen mode is set\n\n${FROZEN_HINT}`,
      );
      return 16;
    }
    io.stdout('Fetching gem metadata from https://rubygems.org/.........\n');
    io.stdout('Resolving dependencies...\n');
    io.spend(2_500);
    const result = resolveFromCatalog(catalog, ruby, wanted, lock);
    if (!result.ok) {
      io.stderr(result.message);
      return result.code;
    }
    all = result.gems;
    resolved = true;
  }
  const reach = resolved ? reachable(all, roots) : all;
  const order = installOrder(reach);
  const dirs = project.dirs;
  const fresh = order.filter((g) => !installedAlready(io, ruby, dirs, g));
  if (!resolved && fresh.length > 0)
    io.stdout('Fetching gem metadata from https://rubygems.org/...\n');
  io.stdout(`Using bundler ${ruby.bundlerVersion}\n`);
  for (const gem of order) {
    if (!fresh.includes(gem)) {
      io.stdout(`Using ${label(gem)}\n`);
      continue;
    }
    io.stdout(`Fetching ${label(gem)}\n`);
    io.spend(transferMs(gem.pkg.downloadSize, 15_000_000) + 60);
    const native = compiles(gem);
    io.stdout(`Installing ${label(gem)}${native ? ' with native extensions' : ''}\n`);
    const failure = native ? nativeBuildFailure(io, gem.pkg, ruby) : undefined;
    writeGem(io.fs, gem, failure ? { ...dirs, keepCache: true } : dirs, ruby);
    if (failure) {
      const gemDir = `${dirs.dir}/gems/${fullName(gem)}`;
      io.spend(1_500);
      io.stderr(
        `Gem::Ext::BuildError: ${buildErrorText(failure, gemDir, extensionDir(dirs, ruby, gem), ruby, extensionPath(gem.pkg))}\n`,
      );
      io.stderr(
        `An error occurred while installing ${gem.pkg.name} (${gem.version}), and Bundler cannot continue.\n\nIn Gemfile:\n${dependencyChain(reach, roots, gem.pkg.name)}\n`,
      );
      noteModelled(io, fresh);
      return 5;
    }
    io.spend(native ? compileMs(gem) : 80 + Math.round(gem.pkg.installedSize / 200_000));
  }
  if (resolved && !project.frozen)
    writeText(io.fs, project.lockfilePath, lockText(project, ruby, all, lock));
  const count = order.length + 1;
  const deps = project.gemfile.dependencies.length;
  io.stdout(
    `Bundle complete! ${deps} Gemfile ${deps === 1 ? 'dependency' : 'dependencies'}, ${count} ${count === 1 ? 'gem' : 'gems'} now installed.\n`,
  );
  const without = project.settings.list('without');
  const groupsLeftOut = without.filter((g) => wanted.some((d) => d.groups.includes(g)));
  if (groupsLeftOut.length > 0) {
    const names = groupsLeftOut.map((g) => `'${g}'`);
    const list =
      names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    io.stdout(
      `Gems in the ${names.length === 1 ? 'group' : 'groups'} ${list} were not installed.\n`,
    );
  }
  if (project.configuredPath) {
    const shown = project.configuredPath.startsWith(`${project.root}/`)
      ? `./${project.configuredPath.slice(project.root.length + 1)}`
      : project.configuredPath;
    io.stdout(`Bundled gems are installed into \`${shown}\`\n`);
  } else io.stdout('Use `bundle info [gemname]` to see where a bundled gem is installed.\n');
  if (fresh.length > 0)
    io.note(
      "Bundler did not download anything: the gems' files are modelled from Layercake's gem catalog, and C extensions are not really compiled.",
    );
  noteModelled(io, fresh);
  return 0;
}

/** The Ruby the Gemfile asks for: `ruby "3.4.1"`, or the version `ruby file:` names. */
function requiredRuby(io: ProgramIO, project: BundleProject): string | undefined {
  if (project.gemfile.ruby) return project.gemfile.ruby;
  if (!project.gemfile.rubyFile) return undefined;
  const text = readText(io.fs, resolvePath(project.root, project.gemfile.rubyFile));
  return text?.trim().replace(/^ruby-/, '') || undefined;
}

/** Whether a lockfile's PLATFORMS cover this Ruby ("ruby" covers every platform). */
export function supportsPlatform(platforms: string[], ruby: RubyEnv): boolean {
  if (platforms.length === 0) return true;
  const here =
    ruby.libc === 'musl'
      ? ['ruby', 'x86_64-linux-musl']
      : ['ruby', 'x86_64-linux', 'x86_64-linux-gnu'];
  return platforms.some((p) => here.includes(p));
}

function noteModelled(io: ProgramIO, gems: ResolvedGem[]): void {
  const modelled = gems.filter((g) => g.modelled).map((g) => `${g.pkg.name} ${g.version}`);
  if (modelled.length > 0)
    io.note(
      `Layercake's gem catalog holds one version of each gem: ${modelled.length > 6 ? `${modelled.slice(0, 6).join(', ')} and ${modelled.length - 6} more are` : `${modelled.join(', ')} ${modelled.length === 1 ? 'is' : 'are'}`} modelled with the files of the catalog's version.`,
    );
  const plausible = gems.filter((g) => g.plausible).map((g) => g.pkg.name);
  if (plausible.length > 0)
    io.note(
      `Layercake's gem catalog does not know ${plausible.join(', ')}: installed as plausible stand-ins (made-up files and sizes).`,
    );
}

/** Compiling C: seconds, more for big extensions (nokogiri from source takes minutes). */
function compileMs(gem: ResolvedGem): number {
  return gem.pkg.name === 'nokogiri' ? 90_000 : 2_000 + Math.round(gem.pkg.installedSize / 200);
}

function installedAlready(io: ProgramIO, ruby: RubyEnv, dirs: GemDirs, gem: ResolvedGem): boolean {
  if (defaultGemVersion(ruby.abi, gem.pkg.name) === gem.version && !gem.platform) return true;
  return exists(io.fs, `${dirs.dir}/specifications/${fullName(gem)}.gemspec`);
}

/** The resolved gems the wanted (not excluded) dependencies reach. */
function reachable(gems: ResolvedGem[], roots: GemfileDependency[]): ResolvedGem[] {
  const byName = new Map(gems.map((g) => [g.pkg.name, g]));
  const seen = new Set<string>();
  const queue = roots.map((r) => r.name);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...Object.keys(byName.get(name)?.requirements ?? {}));
  }
  return gems.filter((g) => seen.has(g.pkg.name));
}

function lockText(
  project: BundleProject,
  ruby: RubyEnv,
  gems: ResolvedGem[],
  old: Lockfile | undefined,
): string {
  const dependencies: Record<string, string> = {};
  for (const dep of project.gemfile.dependencies) dependencies[dep.name] = requirementText(dep);
  return writeLockfile({
    remote: 'https://rubygems.org/',
    specs: gems.map((g) => ({
      name: g.pkg.name,
      version: g.version,
      ...(g.platform ? { platform: g.platform } : {}),
      dependencies: g.requirements,
    })),
    platforms: [...new Set([...(old?.platforms ?? []), ruby.platform])],
    dependencies,
    ...(project.gemfile.ruby || project.gemfile.rubyFile
      ? { rubyVersion: `ruby ${ruby.version}` }
      : {}),
    bundledWith: ruby.bundlerVersion,
  });
}
