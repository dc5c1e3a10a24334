/**
 * BuildKit's build cache, simplified to what it teaches: a step is reused when its parent
 * step and its own definition match and, for COPY/ADD, the content of its sources matches
 * (timestamps never count). A miss rebuilds that step and, since every later key includes
 * its parent, everything after it.
 */
import { digestOf, type Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';

export interface BuildCacheEntry {
  /** The layer the step produced (undefined for steps without a filesystem layer). */
  diffId?: Digest;
  /** The upper tree of that step, kept so the step can be replayed as CACHED. */
  tree?: DirNode;
  /** Environment and working directory after a RUN (a RUN's result depends only on the key). */
  logs: string[];
  durationMs: number;
  /** When the layer was made (ms): a CACHED step's layer keeps it, so a rebuild's image is the same. */
  createdMs?: number;
}

/** The cache key of a step: parent key + what the step is + what it reads. */
export function stepKey(
  parent: string,
  definition: string,
  inputs: readonly string[] = [],
): string {
  return digestOf([parent, definition, ...inputs].join('\n'));
}
