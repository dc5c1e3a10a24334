/**
 * `bundle list`: the gems the bundle loads, sorted by name, Bundler itself included, as
 * Bundler's CLI::List prints them; `--name-only` prints names alone. Missing gems stop it as
 * they stop `bundle exec` (Bundler.load materializes the specs first).
 */
import type { ProgramIO } from '../../shell/program';
import { bundleSpecs } from './bundle-check';
import { GEMFILE_NOT_FOUND, openProject } from './bundle-project';
import type { RubyEnv } from './ruby-env';

export function bundleList(io: ProgramIO, ruby: RubyEnv, args: readonly string[]): number {
  const project = openProject(io.fs, io.env, io.cwd, ruby);
  if (!project) {
    io.stderr(GEMFILE_NOT_FOUND);
    return 10;
  }
  const { found, missing } = bundleSpecs(io.fs, ruby, project);
  if (missing.length > 0 || !project.lockfile) {
    io.stderr(
      `Could not find ${missing.join(', ')} in locally installed gems\nRun \`bundle install\` to install missing gems.\n`,
    );
    return 7;
  }
  const specs = [...found, { name: 'bundler', version: ruby.bundlerVersion }].sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  if (args.includes('--name-only')) {
    for (const s of specs) io.stdout(`${s.name}\n`);
    return 0;
  }
  io.stdout('Gems included by the bundle:\n');
  for (const s of specs) io.stdout(`  * ${s.name} (${s.version})\n`);
  io.stdout('Use `bundle info` to print more detailed information about a gem\n');
  return 0;
}
