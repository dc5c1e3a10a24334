/**
 * `gem`: `install` (with dependencies, into GEM_HOME; `-v`, `NAME:VERSION`,
 * `--no-document`/`-N`, and gemrc's `install: --no-document`), `list`, `env` and
 * `--version`, printing what RubyGems 3.6 prints.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { listDir, readText } from '../common/fs-helpers';
import { transferMs } from '../common/sizes';
import { localPlatforms } from './bundle-resolve';
import { defaultGemsOf } from './default-gems';
import {
  compiles,
  extensionDir,
  extensionPath,
  fullName,
  writeGem,
  type GemChoice,
} from './gem-files';
import { buildErrorText, nativeBuildFailure } from './native-build';
import { rubyEnv, type RubyEnv } from './ruby-env';
import { compareGemVersions, modelledVersion, satisfiesAll } from './versions';

function noDocument(io: ProgramIO, args: string[]): boolean {
  if (args.includes('--no-document') || args.includes('-N')) return true;
  if (args.includes('--document')) return false;
  const rc = `${readText(io.fs, '/usr/local/etc/gemrc') ?? ''}\n${readText(io.fs, '/etc/gemrc') ?? ''}\n${readText(io.fs, `${io.env.HOME || '/root'}/.gemrc`) ?? ''}`;
  return /^(install|gem):.*--no-document/m.test(rc);
}

/** Collects a gem and its dependencies (dependencies first), or says which is missing. */
function collect(
  catalog: Catalog,
  ruby: RubyEnv,
  name: string,
  requirements: string[],
  out: Map<string, GemChoice>,
): string | undefined {
  if (out.has(name) || (name === 'bundler' && requirements.length === 0 && out.size > 0))
    return undefined;
  const pkg = catalog.package('rubygems', name);
  const version =
    pkg && (satisfiesAll(pkg.version, requirements) ? pkg.version : modelledVersion(requirements));
  if (!pkg || !version)
    return `ERROR:  Could not find a valid gem '${name}' (${requirements.length ? requirements.join(', ') : '>= 0'}) in any repository\n`;
  const platform = pkg.gem?.platforms.find((p) => localPlatforms(ruby).includes(p));
  const reqs: Record<string, string> = {};
  for (const [dep, req] of Object.entries(pkg.gem?.requirements ?? {}))
    if (!(platform && pkg.gem?.sourceOnly.includes(dep)))
      reqs[dep] = req === `= ${pkg.version}` ? `= ${version}` : req;
  out.set(name, { pkg, version, ...(platform ? { platform } : {}), requirements: reqs });
  for (const [dep, req] of Object.entries(reqs)) {
    if (dep === 'bundler') continue;
    const missing = collect(catalog, ruby, dep, [req], out);
    if (missing) return missing;
  }
  // Dependencies before dependents: move this one after everything it pulled in.
  const self = out.get(name) as GemChoice;
  out.delete(name);
  out.set(name, self);
  return undefined;
}

function install(io: ProgramIO, catalog: Catalog, ruby: RubyEnv, args: string[]): number {
  const names: [string, string[]][] = [];
  let version: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-v' || arg === '--version') version = args[++i];
    else if (arg.startsWith('--version=')) version = arg.slice(10);
    else if (arg === '--install-dir' || arg === '-i' || arg === '--bindir' || arg === '-n') i++;
    else if (!arg.startsWith('-')) {
      const [name, pinned] = arg.split(':') as [string, string | undefined];
      names.push([name, pinned ? [`= ${pinned}`] : []]);
    }
  }
  if (names.length === 0) {
    io.stderr(
      'ERROR:  While executing gem ... (Gem::CommandLineError)\n    Please specify at least one gem name (e.g. gem build GEMNAME)\n',
    );
    return 1;
  }
  const quiet = noDocument(io, args);
  const dirs = { dir: ruby.gemHome, bin: ruby.gemBin, keepCache: true };
  let installed = 0;
  for (const [name, pinned] of names) {
    const requirements = version ? [version.match(/^[~<>=!]/) ? version : `= ${version}`] : pinned;
    const plan = new Map<string, GemChoice>();
    const error = collect(catalog, ruby, name, requirements, plan);
    if (error) {
      io.stderr(error);
      return 2;
    }
    const choices = [...plan.values()];
    for (const choice of choices) io.stdout(`Fetching ${fullName(choice)}.gem\n`);
    io.spend(choices.reduce((ms, c) => ms + transferMs(c.pkg.downloadSize, 15_000_000) + 60, 0));
    for (const choice of choices) {
      if (compiles(choice)) {
        io.stdout('Building native extensions. This could take a while...\n');
        const failure = nativeBuildFailure(io, choice.pkg, ruby);
        if (failure) {
          writeGem(io.fs, choice, dirs, ruby);
          const gemDir = `${dirs.dir}/gems/${fullName(choice)}`;
          io.stderr(
            `ERROR:  Error installing ${choice.pkg.name}:\n\t${buildErrorText(failure, gemDir, extensionDir(dirs, ruby, choice), ruby, extensionPath(choice.pkg)).replace(/\n(?=.)/g, '\n')}`,
          );
          return 1;
        }
        io.spend(2_000 + Math.round(choice.pkg.installedSize / 200));
      }
      writeGem(io.fs, choice, dirs, ruby);
      io.stdout(`Successfully installed ${fullName(choice)}\n`);
      if (!quiet) {
        io.stdout(`Parsing documentation for ${fullName(choice)}\n`);
        io.stdout(`Installing ri documentation for ${fullName(choice)}\n`);
      }
      installed++;
    }
    if (!quiet)
      io.stdout(
        `Done installing documentation for ${choices.map((c) => c.pkg.name).join(', ')} after 0 seconds\n`,
      );
  }
  io.stdout(`${installed} gem${installed === 1 ? '' : 's'} installed\n`);
  io.note(
    "gem did not download anything: the gems' files are modelled from Layercake's gem catalog.",
  );
  return 0;
}

function installedVersions(
  io: ProgramIO,
  ruby: RubyEnv,
): Map<string, { versions: string[]; defaults: string[] }> {
  const gems = new Map<string, { versions: string[]; defaults: string[] }>();
  const entry = (name: string) => {
    let e = gems.get(name);
    if (!e) gems.set(name, (e = { versions: [], defaults: [] }));
    return e;
  };
  for (const dir of new Set([ruby.gemHome, ruby.systemGemDir])) {
    for (const spec of listDir(io.fs, `${dir}/specifications`)) {
      const m = /^(.+)-(\d[^-]*)(?:-[a-z].*)?\.gemspec$/.exec(spec);
      if (m && !entry(m[1] as string).versions.includes(m[2] as string))
        entry(m[1] as string).versions.push(m[2] as string);
    }
  }
  for (const [name, version] of Object.entries(defaultGemsOf(ruby.abi)))
    entry(name).defaults.push(version);
  entry('bundler').defaults.push(ruby.bundlerVersion);
  return gems;
}

function list(io: ProgramIO, ruby: RubyEnv, args: string[]): number {
  const filter = args.find((a) => !a.startsWith('-'));
  io.stdout('\n*** LOCAL GEMS ***\n\n');
  const gems = installedVersions(io, ruby);
  for (const name of [...gems.keys()].sort()) {
    if (filter && !name.includes(filter)) continue;
    const { versions, defaults } = gems.get(name) as { versions: string[]; defaults: string[] };
    const all = [
      ...versions.filter((v) => !defaults.includes(v)).map((v) => ({ v, d: false })),
      ...[...new Set(defaults)].map((v) => ({ v, d: true })),
    ].sort((a, b) => compareGemVersions(b.v, a.v));
    io.stdout(`${name} (${all.map((x) => (x.d ? `default: ${x.v}` : x.v)).join(', ')})\n`);
  }
  return 0;
}

function env(io: ProgramIO, ruby: RubyEnv, args: string[]): number {
  const user = `${io.env.HOME || '/root'}/.local/share/gem/ruby/${ruby.abi}`;
  const paths = [...new Set([ruby.gemHome, user, ruby.systemGemDir])];
  const key = args[0];
  if (key === 'home' || key === 'gemdir') io.stdout(`${ruby.gemHome}\n`);
  else if (key === 'version') io.stdout(`${ruby.rubygemsVersion}\n`);
  else if (key === 'path' || key === 'gempath') io.stdout(`${paths.join(':')}\n`);
  else if (key === undefined) {
    const rc = readText(io.fs, `${ruby.prefix}/etc/gemrc`) ?? '';
    const config = rc
      .split('\n')
      .map((l) => /^(\w+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `     - "${m[1]}" => "${m[2]}"`);
    io.stdout(
      [
        'RubyGems Environment:',
        `  - RUBYGEMS VERSION: ${ruby.rubygemsVersion}`,
        `  - RUBY VERSION: ${ruby.version} (${ruby.date} patchlevel ${ruby.version.endsWith('.0') ? '-1' : '100'}) [${ruby.platform}]`,
        `  - INSTALLATION DIRECTORY: ${ruby.gemHome}`,
        `  - USER INSTALLATION DIRECTORY: ${user}`,
        `  - RUBY EXECUTABLE: ${ruby.ruby}`,
        '  - GIT EXECUTABLE: ',
        `  - EXECUTABLE DIRECTORY: ${ruby.gemBin}`,
        `  - SPEC CACHE DIRECTORY: ${io.env.HOME || '/root'}/.cache/gem/specs`,
        `  - SYSTEM CONFIGURATION DIRECTORY: ${ruby.prefix}/etc`,
        '  - RUBYGEMS PLATFORMS:',
        '     - ruby',
        `     - ${ruby.platform}`,
        '  - GEM PATHS:',
        ...paths.map((p) => `     - ${p}`),
        '  - GEM CONFIGURATION:',
        '     - :update_sources => true',
        '     - :verbose => true',
        '     - :backtrace => true',
        '     - :bulk_threshold => 1000',
        ...config,
        '  - REMOTE SOURCES:',
        '     - https://rubygems.org/',
        '  - SHELL PATH:',
        ...(io.env.PATH ?? '').split(':').map((p) => `     - ${p}`),
        '',
      ].join('\n'),
    );
  } else io.stdout('\n');
  return 0;
}

export function gemProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const ruby = rubyEnv(io.fs, io.env);
    if (!ruby) {
      io.stderr('gem: ruby: not found\n');
      return 127;
    }
    const [command, ...rest] = argv.slice(1);
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${ruby.rubygemsVersion}\n`);
        return 0;
      case 'install':
      case 'i':
        return install(io, catalog, ruby, rest);
      case 'list':
        return list(io, ruby, rest);
      case 'env':
      case 'environment':
        return env(io, ruby, rest);
      case undefined:
        io.stdout(
          'RubyGems is a package management framework for Ruby.\n\n  Usage:\n    gem -h/--help\n    gem -v/--version\n    gem [global options...] command [arguments...] [options...]\n',
        );
        return 0;
      default:
        io.note(`gem ${command} is not modelled; it ran as a no-op.`);
        return 0;
    }
  };
}
