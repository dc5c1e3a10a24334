/**
 * The gem executables Ruby Dockerfiles run, modelled by what they leave in the image:
 * `rails` (version, assets:precompile, db:*, server), `rake`, `bootsnap precompile` (its
 * compile cache under tmp/cache/bootsnap), `puma` and `thrust` (servers return at once, with
 * a note). Others run as a no-op with a note. A Rails app needs its bundle installed
 * (`require "bundler/setup"` in config/boot.rb) and config/application.rb.
 */
import type { ProgramIO, ServeRequest } from '../../shell/program';
import { dirname, resolvePath } from '../../fs/path';
import { exists, readText } from '../common/fs-helpers';
import { missingGems } from './bundle-check';
import { openProject } from './bundle-project';
import { bootsnapPrecompile } from './bootsnap';
import { railsAssets } from './rails-assets';
import { rubyDescription, type RubyEnv } from './ruby-env';
import { compareGemVersions } from './versions';
import { jekyll } from './jekyll';
import { pumaSettings } from './puma-options';

/** The Rails app around a directory: the nearest folder up with config/application.rb. */
function appRoot(io: ProgramIO, from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (exists(io.fs, `${dir === '/' ? '' : dir}/config/application.rb`)) return dir;
    if (dir === '/') return undefined;
    dir = dirname(dir);
  }
}

/** A locked gem's version in the app's bundle. */
function lockedVersion(
  io: ProgramIO,
  ruby: RubyEnv,
  root: string,
  gem: string,
): string | undefined {
  const project = openProject(io.fs, { ...io.env, BUNDLE_GEMFILE: `${root}/Gemfile` }, root, ruby);
  return project?.lockfile?.specs.find((s) => s.name === gem)?.version;
}

/** `require "bundler/setup"`: fails as Bundler does when locked gems are not installed. */
function bundlerSetup(io: ProgramIO, ruby: RubyEnv, root: string): boolean {
  if (!exists(io.fs, `${root}/Gemfile`)) return true;
  const project = openProject(io.fs, { ...io.env, BUNDLE_GEMFILE: `${root}/Gemfile` }, root, ruby);
  const missing = project ? missingGems(io.fs, ruby, project) : [];
  if (missing.length === 0) return true;
  io.stderr(
    `${ruby.prefix}/lib/ruby/${ruby.abi}/bundler/definition.rb:691:in 'Bundler::Definition#materialize': Could not find ${missing.join(', ')} in locally installed gems (Bundler::GemNotFound)\n`,
  );
  return false;
}

function rails(io: ProgramIO, ruby: RubyEnv, args: string[], script: string | undefined): number {
  const root = appRoot(io, script ? dirname(dirname(script)) : io.cwd);
  const command = args[0] ?? '';
  if (!root) {
    if (command === '-v' || command === '--version' || command === 'version') {
      io.stdout(`Rails ${lockedVersion(io, ruby, io.cwd, 'rails') ?? '8.1.1'}\n`);
      return 0;
    }
    const where = script ? resolvePath(dirname(dirname(script)), 'config/application') : undefined;
    if (where) {
      io.stderr(
        `<internal:${ruby.prefix}/lib/ruby/${ruby.abi}/rubygems/core_ext/kernel_require.rb>:136:in 'Kernel#require': cannot load such file -- ${where} (LoadError)\n`,
      );
      return 1;
    }
    io.note(
      `rails ${args.join(' ')} outside an application: Layercake models commands inside a Rails app only.`,
    );
    return 0;
  }
  if (!bundlerSetup(io, ruby, root)) return 1;
  const version =
    lockedVersion(io, ruby, root, 'rails') ?? lockedVersion(io, ruby, root, 'railties') ?? '8.1.1';
  const env = io.env.RAILS_ENV || io.env.RACK_ENV || 'development';
  switch (command) {
    case '-v':
    case '--version':
    case 'version':
      io.stdout(`Rails ${version}\n`);
      return 0;
    case 'assets:precompile':
    case 'assets:clobber':
      if (env === 'production' && !hasSecret(io, root)) {
        io.stderr(
          `bin/rails aborted!\nArgumentError: Missing \`secret_key_base\` for 'production' environment, set this string with \`bin/rails credentials:edit\` (ArgumentError)\n\nTasks: TOP => environment\n(See full trace by running task with --trace)\n`,
        );
        return 1;
      }
      return railsAssets(io, ruby, root, command === 'assets:clobber');
    case 'server':
    case 's':
      return server(io, ruby, root, version, env, args);
    default:
      if (/^db:/.test(command)) {
        io.note(
          `rails ${command}: Layercake has no database to ${command.slice(3)}; the step is modelled as done and changes no files.`,
        );
        return 0;
      }
      io.note(`rails ${args.join(' ')}: this Rails command is not modelled; it ran as a no-op.`);
      return 0;
  }
}

function hasSecret(io: ProgramIO, root: string): boolean {
  return Boolean(
    io.env.SECRET_KEY_BASE ||
    io.env.SECRET_KEY_BASE_DUMMY ||
    io.env.RAILS_MASTER_KEY ||
    exists(io.fs, `${root}/config/master.key`),
  );
}

function server(
  io: ProgramIO,
  ruby: RubyEnv,
  root: string,
  rails: string,
  env: string,
  args: string[],
): number {
  const puma = lockedVersion(io, ruby, root, 'puma');
  const port =
    args.find((a, i) => args[i - 1] === '-p' || args[i - 1] === '--port') ?? io.env.PORT ?? '3000';
  io.stdout(
    `=> Booting Puma\n=> Rails ${rails} application starting in ${env} \n=> Run \`bin/rails server --help\` for more startup options\n`,
  );
  const yjit = compareGemVersions(rails, '7.2') >= 0;
  if (puma) io.stdout(pumaBanner(ruby, puma, env, port, yjit));
  io.serve?.(pumaServing(['bin/rails', 'server', ...args], true));
  io.note('The Rails server would keep running here; in Layercake it returns at once.');
  return 0;
}

/**
 * Puma keeps serving in a container. On SIGTERM it stops gracefully and then re-raises the
 * signal (its `raise_exception_on_sigterm` default), so the process dies of it: 143. Its
 * single mode logs the graceful stop, the time (Ruby's `Time.now`) and a goodbye; under
 * `rails server` the server command's `ensure` adds "Exiting" as the exception passes.
 */
export function pumaServing(argv: string[], rails: boolean): ServeRequest {
  const stop =
    '- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: {time} ===\n- Goodbye!\n';
  return {
    name: 'puma',
    commandLine: argv.join(' '),
    ignoresSigterm: false,
    termExitCode: 143,
    termDelayMs: 300,
    stopLog: [
      { stream: 'stdout', clock: 'ruby', text: stop },
      ...(rails ? [{ stream: 'stdout' as const, text: 'Exiting\n' }] : []),
    ],
  };
}

/** Puma's release names, which its banner prints after the version. */
const PUMA_CODENAMES: Record<string, string> = {
  '6.4.0': 'The Eagle of Durango',
  '6.4.1': 'The Eagle of Durango',
  '6.4.2': 'The Eagle of Durango',
  '6.4.3': 'The Eagle of Durango',
  '6.5.0': "Sky's Version",
};

/** Rails 7.2 and later turn YJIT on as they boot, which Ruby's description then shows. */
function pumaBanner(
  ruby: RubyEnv,
  version: string,
  env: string,
  port: string,
  yjit = false,
): string {
  const codename = PUMA_CODENAMES[version];
  const description = rubyDescription(ruby, yjit);
  return `Puma starting in single mode...\n* Puma version: ${version}${codename ? ` ("${codename}")` : ''}\n* Ruby version: ${description}\n*  Min threads: 3\n*  Max threads: 3\n*  Environment: ${env}\n*          PID: 1\n* Listening on http://${port.includes(':') ? port : `0.0.0.0:${port}`}\nUse Ctrl-C to stop\n`;
}

function rake(io: ProgramIO, ruby: RubyEnv, args: string[]): number {
  if (args[0] === '--version' || args[0] === '-V') {
    io.stdout(`rake, version ${lockedVersion(io, ruby, io.cwd, 'rake') ?? '13.2.1'}\n`);
    return 0;
  }
  const rakefile = ['rakefile', 'Rakefile', 'rakefile.rb', 'Rakefile.rb']
    .map((n) => resolvePath(io.cwd, n))
    .find((p) => exists(io.fs, p));
  if (!rakefile) {
    io.stderr(
      'rake aborted!\nNo Rakefile found (looking for: rakefile, Rakefile, rakefile.rb, Rakefile.rb)\n\n(See full trace by running task with --trace)\n',
    );
    return 1;
  }
  if (/config\/application/.test(readText(io.fs, rakefile) ?? ''))
    return rails(io, ruby, args, undefined);
  io.note(
    `rake ${args.join(' ')}: the tasks of ${rakefile} are Ruby code, which Layercake does not run.`,
  );
  return 0;
}

export function runGemTool(
  io: ProgramIO,
  ruby: RubyEnv,
  executable: string,
  args: string[],
  script?: string,
): number {
  switch (executable) {
    case 'rails':
      return rails(io, ruby, args, script && /\/bin\/rails$/.test(script) ? script : undefined);
    case 'rake':
      return rake(io, ruby, args);
    case 'bootsnap':
      return bootsnapPrecompile(io, ruby, args);
    case 'puma': {
      const version = lockedVersion(io, ruby, io.cwd, 'puma') ?? '7.1.0';
      if (args.includes('-V') || args.includes('--version')) {
        io.stdout(`puma version ${version}\n`);
        return 0;
      }
      const settings = pumaSettings(io, args);
      io.stdout(pumaBanner(ruby, version, settings.environment, settings.listen));
      io.serve?.(pumaServing(['puma', ...args], false));
      io.note('Puma would keep serving here; in Layercake it returns at once.');
      return 0;
    }
    case 'thrust':
      if (args.length === 0) {
        io.stderr('Missing command to run\n');
        return 1;
      }
      io.note(
        'Thruster would proxy HTTP on port 80 to the command it starts; Layercake only runs the command.',
      );
      return io.run(args);
    case 'jekyll':
      return jekyll(io, args);
    default:
      io.note(`${executable} is a gem executable Layercake does not model; it ran as a no-op.`);
      return 0;
  }
}
