/**
 * npm packages the catalog does not list but Dockerfiles install globally to get a command:
 * pnpm (`npm install -g pnpm`, `npm i -g pnpm@9.15.0`). The package bundles its dependencies,
 * so it has none, and links `pnpm` and `pnpx` from bin/*.cjs.
 */
import type { Package } from '../../catalog/types';
import { PNPM_LATEST } from './pnpm-version';

/** A stand-in for a known tool's package at the version asked for (exact) or its latest. */
export function toolPackage(name: string, range: string): Package | undefined {
  if (name !== 'pnpm') return undefined;
  const version = /^\d+\.\d+\.\d+$/.test(range.trim()) ? range.trim() : PNPM_LATEST;
  const files = [
    {
      path: 'package.json',
      size: 4_200,
      text: `${JSON.stringify({ name: 'pnpm', version, bin: { pnpm: 'bin/pnpm.cjs', pnpx: 'bin/pnpx.cjs' } }, null, 2)}\n`,
    },
    { path: 'bin/pnpm.cjs', size: 320, mode: 0o755 },
    { path: 'bin/pnpx.cjs', size: 180, mode: 0o755 },
    { path: 'dist/pnpm.cjs', size: 5_400_000 },
    { path: 'dist/worker.js', size: 240_000 },
    { path: 'dist/pnpmrc', size: 70 },
    { path: 'README.md', size: 9_000 },
  ];
  return {
    ecosystem: 'npm',
    name: 'pnpm',
    version,
    depends: [],
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: 4_300_000,
    files,
    summary: 'Fast, disk space efficient package manager',
    bin: { pnpm: 'bin/pnpm.cjs', pnpx: 'bin/pnpx.cjs' },
  };
}
