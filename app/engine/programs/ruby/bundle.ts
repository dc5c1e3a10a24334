/**
 * `bundle` / `bundler`: install, config, exec, lock, check and version, reading the Gemfile,
 * Gemfile.lock and Bundler's settings from the image and writing gems where Bundler would.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { bundleConfig } from './bundle-config-command';
import { missingGems } from './bundle-check';
import { bundleList } from './bundle-list';
import { bundleInstall } from './bundle-install';
import { GEMFILE_NOT_FOUND, openProject, type BundleProject } from './bundle-project';
import { resolveFromCatalog, wantedDependencies } from './bundle-resolve';
import { writeLockfile } from './lockfile';
import { exists, writeText } from '../common/fs-helpers';
import { fullName, writeGem } from './gem-files';
import { rubyEnv, type RubyEnv } from './ruby-env';
import { normalizeRequirement } from './versions';

const DEPRECATED_FLAGS: Record<string, (value: string) => [string, string]> = {
  '--deployment': () => ['deployment', 'true'],
  '--frozen': () => ['frozen', 'true'],
  '--without': (v) => ['without', v],
  '--with': (v) => ['with', v],
  '--path': (v) => ['path', v],
};

function deprecatedFlag(flag: string, key: string, value: string): string {
  const shown = key === 'deployment' || key === 'frozen' ? value : `'${value}'`;
  return `[DEPRECATED] The \`${flag}\` flag is deprecated because it relies on being remembered across bundler invocations, which bundler will no longer do in future versions. Instead please use \`bundle config set ${key} ${shown}\`, and stop using this flag\n`;
}

function install(io: ProgramIO, catalog: Catalog, ruby: RubyEnv, args: string[]): number {
  let project = openProject(io.fs, io.env, io.cwd, ruby);
  if (!project) {
    io.stderr(GEMFILE_NOT_FOUND);
    return 10;
  }
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] as string).split('=', 2) as [string, string | undefined];
    const remember = DEPRECATED_FLAGS[flag];
    if (remember) {
      const takesValue = !['--deployment', '--frozen'].includes(flag);
      const value = takesValue ? (inline ?? args[++i] ?? '') : '';
      const [key, stored] = remember(value);
      io.stderr(deprecatedFlag(flag, key, stored));
      project.settings.set('local', key, stored.split(/\s+/));
    }
  }
  project = openProject(io.fs, io.env, io.cwd, ruby) as BundleProject;
  return bundleInstall(io, catalog, switchToLockedBundler(io, catalog, ruby, project), project);
}

/**
 * Bundler 2.3+ runs the Bundler version the lockfile was made with (BUNDLED WITH): it installs
 * it into the bundle's gem dir the first time, saying so, and restarts with it.
 */
function switchToLockedBundler(
  io: ProgramIO,
  catalog: Catalog,
  ruby: RubyEnv,
  project: BundleProject,
): RubyEnv {
  const locked = project.lockfile?.bundledWith;
  if (!locked || !/^\d+\.\d+\.\d+$/.test(locked) || locked === ruby.bundlerVersion) return ruby;
  if (io.env.BUNDLER_VERSION || project.settings.get('version') === 'system') return ruby;
  const pkg = catalog.package('rubygems', 'bundler');
  if (!pkg) return ruby;
  const choice = { pkg, version: locked, requirements: {} };
  const dirs = project.dirs;
  if (!exists(io.fs, `${dirs.dir}/specifications/${fullName(choice)}.gemspec`)) {
    io.stdout(
      `Bundler ${ruby.bundlerVersion} is running, but your lockfile was generated with ${locked}. Installing Bundler ${locked} and restarting using that version.\n`,
    );
    io.stdout(
      `Fetching gem metadata from https://rubygems.org/.\nFetching bundler ${locked}\nInstalling bundler ${locked}\n`,
    );
    io.spend(1_500);
    writeGem(io.fs, choice, dirs, ruby);
  }
  return { ...ruby, bundlerVersion: locked };
}

function exec(io: ProgramIO, ruby: RubyEnv, args: string[]): number {
  const project = openProject(io.fs, io.env, io.cwd, ruby);
  if (!project) {
    io.stderr(GEMFILE_NOT_FOUND);
    return 10;
  }
  if (args.length === 0) {
    io.stderr('bundler: exec needs a command to run\n');
    return 128;
  }
  const missing = missingGems(io.fs, ruby, project);
  if (missing.length > 0) {
    io.stderr(
      `Could not find ${missing.join(', ')} in locally installed gems\nRun \`bundle install\` to install missing gems.\n`,
    );
    return 7;
  }
  const env: Record<string, string> = {
    ...io.env,
    PATH: `${project.dirs.bin}:${io.env.PATH ?? ''}`,
    BUNDLE_GEMFILE: project.gemfilePath,
    BUNDLE_BIN_PATH: `${ruby.systemGemDir}/gems/bundler-${ruby.bundlerVersion}/exe/bundle`,
    BUNDLER_VERSION: ruby.bundlerVersion,
    RUBYOPT: `-r${ruby.prefix}/lib/ruby/${ruby.abi}/bundler/setup`,
    ...(project.configuredPath ? { GEM_HOME: project.dirs.dir, GEM_PATH: project.dirs.dir } : {}),
  };
  const code = io.run(args, undefined, { env });
  if (code === 127) {
    io.stderr(
      `bundler: command not found: ${args[0]}\nInstall missing gem executables with \`bundle install\`\n`,
    );
  }
  return code;
}

function lock(io: ProgramIO, catalog: Catalog, ruby: RubyEnv, args: string[]): number {
  const added = args.flatMap((a, i) =>
    args[i - 1] === '--add-platform'
      ? a.split(/[\s,]+/)
      : a.startsWith('--add-platform=')
        ? [a.slice(15)]
        : [],
  );
  const project = openProject(io.fs, io.env, io.cwd, ruby);
  if (!project) {
    io.stderr(GEMFILE_NOT_FOUND);
    return 10;
  }
  io.stdout('Fetching gem metadata from https://rubygems.org/.........\n');
  io.stdout('Resolving dependencies...\n');
  io.spend(2_500);
  const result = resolveFromCatalog(
    catalog,
    ruby,
    wantedDependencies(project.gemfile),
    project.lockfile,
  );
  if (!result.ok) {
    io.stderr(result.message);
    return result.code;
  }
  const dependencies: Record<string, string> = {};
  for (const dep of project.gemfile.dependencies)
    dependencies[dep.name] = dep.requirements.map(normalizeRequirement).join(', ');
  writeText(
    io.fs,
    project.lockfilePath,
    writeLockfile({
      remote: 'https://rubygems.org/',
      specs: result.gems.map((g) => ({
        name: g.pkg.name,
        version: g.version,
        ...(g.platform ? { platform: g.platform } : {}),
        dependencies: g.requirements,
      })),
      platforms: [...new Set([...(project.lockfile?.platforms ?? []), ...added, ruby.platform])],
      dependencies,
      bundledWith: ruby.bundlerVersion,
    }),
  );
  io.stdout(`Writing lockfile to ${project.lockfilePath}\n`);
  return 0;
}

function check(io: ProgramIO, ruby: RubyEnv): number {
  const project = openProject(io.fs, io.env, io.cwd, ruby);
  if (!project) {
    io.stderr(GEMFILE_NOT_FOUND);
    return 10;
  }
  const missing = project.lockfile ? missingGems(io.fs, ruby, project) : ['(no lockfile)'];
  if (missing.length === 0) {
    io.stdout("The Gemfile's dependencies are satisfied\n");
    return 0;
  }
  io.stderr(
    "Bundler can't satisfy your Gemfile's dependencies.\nInstall missing gems with `bundle install`.\n",
  );
  return 1;
}

export function bundleProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const ruby = rubyEnv(io.fs, io.env);
    if (!ruby) {
      io.stderr(`${argv[0] ?? 'bundle'}: ruby: not found\n`);
      return 127;
    }
    const args = argv.slice(1).filter((a) => a !== '--verbose' && a !== '--no-color');
    const command = args[0] ?? 'install';
    const rest = args.slice(1);
    switch (command) {
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`Bundler version ${ruby.bundlerVersion}\n`);
        return 0;
      case 'install':
      case 'i':
        return install(io, catalog, ruby, rest);
      case 'config':
        return bundleConfig(io, ruby, rest);
      case 'exec':
      case 'e':
        return exec(io, ruby, rest);
      case 'lock':
        return lock(io, catalog, ruby, rest);
      case 'check':
        return check(io, ruby);
      case 'list':
        return bundleList(io, ruby, rest);
      default:
        if (command.startsWith('-')) return install(io, catalog, ruby, args);
        io.stderr(`Could not find command "${command}".\n`);
        return 15;
    }
  };
}
