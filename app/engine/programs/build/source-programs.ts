/**
 * Programs a modelled source build installs (source-build.ts): they answer their version
 * options as the real ones do, reading the version from the build that made them, so a
 * Dockerfile's closing smoke test (`memcached -V`, `redis-server --version`, `httpd -v`)
 * prints what it would. Run as a server, they say that the simulation serves nothing.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, findOnPath } from '../common/fs-helpers';

/** The version in the blob a modelled build wrote ("source-build:memcached:1.6.39:memcached"). */
function builtVersion(io: ProgramIO, command: string): string | undefined {
  const path = command.includes('/')
    ? absolute(io.cwd, command)
    : findOnPath(io.fs, io.env, command);
  if (!path) return undefined;
  const read = io.fs.readFile(path);
  const blob = read.ok && read.value.node.kind === 'file' ? read.value.node.blob : undefined;
  return /^source-build:[^:]+:([^:]+):/.exec(blob ?? '')?.[1];
}

/**
 * The variable the official image that ships the program sets to its version (httpd's
 * HTTPD_VERSION=2.4.65, redis's REDIS_VERSION, memcached's MEMCACHED_VERSION): the programs in
 * those stand-in images are not blobs of a modelled build, so their version comes from there.
 */
function imageVersion(io: ProgramIO, name: string): string | undefined {
  const project = name.startsWith('redis-') ? 'redis' : name;
  const value = io.env[`${project.toUpperCase()}_VERSION`];
  return value ? value : undefined;
}

const VERSION_FLAGS: Record<string, string[]> = {
  memcached: ['-V', '--version'],
  'redis-server': ['-v', '--version'],
  'redis-cli': ['-v', '--version'],
  'redis-benchmark': ['--version'],
  httpd: ['-v', '-V'],
};

function versionText(name: string, version: string): string {
  switch (name) {
    case 'memcached':
      return `memcached ${version}\n`;
    case 'redis-server':
      return `Redis server v=${version} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=5b3f0f2e8c6d4a1e\n`;
    case 'httpd':
      return `Server version: Apache/${version} (Unix)\nServer built:   Jan  1 2026 00:00:00\n`;
    default:
      return `${name} ${version}\n`;
  }
}

export const sourceBuiltProgram: Program = (argv, io) => {
  const command = argv[0] ?? '';
  const name = command.split('/').pop() ?? command;
  const version = builtVersion(io, command) ?? imageVersion(io, name) ?? 'unknown';
  if (argv.slice(1).some((a) => (VERSION_FLAGS[name] ?? ['--version']).includes(a))) {
    io.stdout(versionText(name, version));
    return 0;
  }
  io.note(
    `${name} ${version} would now run until stopped; the simulation does not run servers built from source, so it returns at once.`,
  );
  return 0;
};
