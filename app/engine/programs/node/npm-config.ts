/**
 * Where npm finds its settings and the project: its own version, the cache folder (`--cache`,
 * `npm_config_cache`, else `~/.npm`), whether dev dependencies are left out, the project's
 * package.json with npm's errors when it is missing or not JSON, and the versions its
 * package-lock.json holds.
 */
import type { ProgramIO } from '../../shell/program';
import { hasOption, optionValues, type parseArgs } from '../common/args';
import { readText } from '../common/fs-helpers';
import { logLine, npmError } from './npm-messages';
import type { NodeRequest } from './node-modules';
import { readJson, type Lockfile, type PackageJson } from './project';

export function npmVersion(io: ProgramIO): string {
  const manifest = readText(io.fs, '/usr/local/lib/node_modules/npm/package.json');
  return (manifest && /"version"\s*:\s*"([^"]+)"/.exec(manifest)?.[1]) ?? '11.6.2';
}

export function cacheDir(io: ProgramIO, parsed: ReturnType<typeof parseArgs>): string {
  return optionValues(parsed, 'cache')[0] ?? defaultCache(io);
}

export function defaultCache(io: ProgramIO): string {
  return io.env.npm_config_cache ?? `${io.env.HOME ?? io.user.home}/.npm`;
}

export function omitDev(io: ProgramIO, parsed: ReturnType<typeof parseArgs>): boolean {
  // --include=dev wins over --omit=dev and NODE_ENV=production, whatever their order (fly.io's
  // Node Dockerfiles set NODE_ENV=production and build with `npm ci --include=dev`).
  if (optionValues(parsed, 'include').includes('dev')) return false;
  return (
    optionValues(parsed, 'omit').includes('dev') ||
    hasOption(parsed, 'production') ||
    io.env.NODE_ENV === 'production' ||
    io.env.npm_config_omit === 'dev'
  );
}

export function projectFile(io: ProgramIO, name: string): string {
  return `${io.cwd === '/' ? '' : io.cwd}/${name}`;
}

export function readManifest(io: ProgramIO): PackageJson | undefined {
  const path = projectFile(io, 'package.json');
  const read = readJson<PackageJson>(io.fs, path);
  if (read.ok) return read.value;
  if (read.error === 'ENOENT') {
    io.stderr(
      npmError([
        'code ENOENT',
        'syscall open',
        `path ${path}`,
        'errno -2',
        `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`,
        'enoent This is related to npm not being able to find a file.',
        'enoent',
        logLine(io.now, defaultCache(io)),
      ]),
    );
  } else {
    io.stderr(
      npmError([
        'code EJSONPARSE',
        `path ${path}`,
        `JSON.parse Invalid package.json: ${read.message}`,
        logLine(io.now, defaultCache(io)),
      ]),
    );
  }
  return undefined;
}

export function requestsOf(manifest: PackageJson, withDev: boolean): NodeRequest[] {
  return [
    ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({
      name,
      range,
      dev: false,
    })),
    ...(withDev
      ? Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => ({
          name,
          range,
          dev: true,
        }))
      : []),
  ];
}

/** The version package-lock.json holds at a node_modules path, if the project has one. */
export function lockedVersions(io: ProgramIO): (path: string) => string | undefined {
  const lock = readJson<Lockfile>(io.fs, projectFile(io, 'package-lock.json'));
  const packages = lock.ok && typeof lock.value.packages === 'object' ? lock.value.packages : {};
  return (path) => packages[`node_modules/${path}`]?.version;
}
