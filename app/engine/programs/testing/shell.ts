/**
 * Test support: runs a command line through the real shell with the basic userland and
 * every package program, as a RUN step does, over a given filesystem.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { coreutils, runShell, type ShellResult, type Userland } from '../../shell';
import type { ServeRequest } from '../../shell/program';
import { packagePrograms } from '../index';
import { DEFAULT_PATH, ROOT } from './fake-io';

export function shellRun(
  script: string,
  fs: FileSystem,
  catalog: Catalog,
  options: {
    distro?: Distro;
    userland?: Userland;
    cwd?: string;
    env?: Record<string, string>;
    /** A container's main process: where a server keeps running (ProgramIO.serve). */
    serve?: (request: ServeRequest) => never;
  } = {},
): ShellResult {
  const userland = options.userland ?? 'gnu';
  const programs = new Map([
    ...coreutils(userland),
    ...packagePrograms(catalog, options.distro ?? 'trixie'),
  ]);
  return runShell(script, {
    fs,
    env: { PATH: DEFAULT_PATH, HOME: '/root', ...options.env },
    cwd: options.cwd ?? '/',
    user: ROOT,
    userland,
    programs,
    now: Date.UTC(2026, 0, 15, 9),
    ...(options.serve ? { serve: options.serve } : {}),
  });
}
