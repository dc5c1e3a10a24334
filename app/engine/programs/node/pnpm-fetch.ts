/**
 * The store side of pnpm: `pnpm fetch` (packages from pnpm-lock.yaml into the store only, so
 * a Dockerfile can cache them before copying the sources) and `--offline` installs, which
 * take every package from the store and fail on the first one it lacks.
 */
import type { ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { tarballUrl } from './node-modules';
import { storeIndexPath, writeStoreEntry, type PnpmNode } from './pnpm-layout';

/** The first package --offline cannot take from the store, as pnpm reports it. */
export function offlineMiss(
  io: ProgramIO,
  store: string,
  nodes: readonly PnpmNode[],
): string | undefined {
  const missing = nodes.find((n) => !exists(io.fs, storeIndexPath(store, n)));
  if (!missing) return undefined;
  return ` ERR_PNPM_NO_OFFLINE_TARBALL  A package is missing from the store but cannot download it in offline mode. The missing package may be downloaded from ${tarballUrl(missing.name, missing.version)}.\n`;
}

/** Fills the store with the packages; returns how many were already there. */
export function fetchIntoStore(io: ProgramIO, store: string, nodes: readonly PnpmNode[]): number {
  let reused = 0;
  for (const n of nodes) {
    if (exists(io.fs, storeIndexPath(store, n))) {
      reused++;
      continue;
    }
    writeStoreEntry(io, store, n);
    io.spend(20 + Math.round(n.pkg.downloadSize / 20_000));
  }
  return reused;
}
