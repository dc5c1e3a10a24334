/**
 * The Pipenv commands that read what install made: `pipenv requirements` (the lock as a
 * requirements file: "-i <index>" then `name==version; markers`, --dev adds the develop
 * section, --dev-only gives it alone, --hash appends the hashes) and `pipenv run` (a command
 * or a Pipfile [scripts] entry with the virtualenv's bin first on PATH, VIRTUAL_ENV and
 * PIPENV_ACTIVE=1 set).
 */
import type { PythonEnv } from './env';
import { readLock, type PipenvContext } from './pipenv-install';

export interface RequirementsFlags {
  dev: boolean;
  devOnly: boolean;
  hash: boolean;
  excludeMarkers: boolean;
  categories: string[];
}

export function pipenvRequirements(ctx: PipenvContext, flags: RequirementsFlags): number {
  const { io, pipfile } = ctx;
  const lock = readLock(ctx);
  if (!lock) {
    io.stderr(`ERROR: ${pipfile.dir === '/' ? '' : pipfile.dir}/Pipfile.lock not found!\n`);
    io.note('pipenv requirements reads Pipfile.lock: run `pipenv lock` first (and commit it).');
    return 1;
  }
  const sections =
    flags.categories.length > 0
      ? flags.categories.map((c) =>
          c === 'packages' ? 'default' : c === 'dev-packages' ? 'develop' : c,
        )
      : flags.devOnly
        ? ['develop']
        : flags.dev
          ? ['default', 'develop']
          : ['default'];
  const sources = lock.sources.filter(
    (s): s is { url: string } =>
      typeof s === 'object' && s !== null && !Array.isArray(s) && typeof s.url === 'string',
  );
  const lines = sources.map((s, i) => `${i === 0 ? '-i' : '--extra-index-url'} ${s.url}`);
  const seen = new Set<string>();
  for (const section of sections)
    for (const pkg of lock.sections.get(section) ?? []) {
      if (seen.has(pkg.name)) continue;
      seen.add(pkg.name);
      const markers = pkg.markers && !flags.excludeMarkers ? `; ${pkg.markers}` : '';
      lines.push(`${pkg.name}${pkg.version}${markers}`);
    }
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  if (flags.hash)
    io.note('pipenv requirements --hash: the hashes of the simulated lock are stand-ins.');
  return 0;
}

/** `pipenv run CMD ARGS...` in the environment; Pipenv's exit status is the command's. */
export function pipenvRun(ctx: PipenvContext, env: PythonEnv, args: string[]): number {
  const { io, pipfile } = ctx;
  const [name = '', ...rest] = args;
  const script = pipfile.scripts[name];
  const argv = script ? [...script.split(/\s+/).filter(Boolean), ...rest] : args;
  const runEnv: Record<string, string> = {
    ...io.env,
    PIPENV_ACTIVE: '1',
    ...(env.venv ? { VIRTUAL_ENV: env.venv, PATH: `${env.binDir}:${io.env.PATH ?? ''}` } : {}),
  };
  const code = io.run(argv, undefined, { env: runEnv, cwd: io.cwd });
  if (code === 127) {
    io.stderr(
      `Error: the command ${argv[0] ?? name} could not be found within PATH or Pipfile's [scripts].\n`,
    );
    return 1;
  }
  return code;
}
