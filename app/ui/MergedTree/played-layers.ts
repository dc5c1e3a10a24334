/**
 * How many of an image's layers the layer stack has shown: while a build plays, the world
 * already holds the finished image, and its steps still in the store's `pendingEvents` are
 * drawn as "building" (see LayerStack's `useUnplayed`). The merged view shows the union of
 * the layers below the first of them, so a file appears as its layer lands.
 */
import type { Digest } from '../../engine/fs/digest';
import type { DirNode } from '../../engine/fs/node';
import type { HostState } from '../../engine/host/state';
import type { QueuedEvent } from '../../store';

/**
 * The number of bottom layers of `layers` that have landed: the index of the lowest layer
 * whose `layer-created` event is still queued, or all of them.
 *
 * The tree is handed layer trees, not the build that made them, so a queued event counts
 * when its layer is the one at its position in this image (the same stored tree at the same
 * RootFS index): the final stage's steps of the build that made the image. An earlier stage
 * with an identical layer at the same position can only hold the view back while that
 * stage plays, and the final stage's steps are still queued behind it then anyway.
 */
export function playedLayerCount(
  pending: readonly QueuedEvent[],
  hosts: Readonly<Record<string, HostState>> | undefined,
  layers: readonly DirNode[],
): number {
  let played = layers.length;
  if (!hosts) return played;
  for (const { event } of pending) {
    if (event.type !== 'layer-created' || event.index >= played) continue;
    const tree = hosts[event.host]?.layers[event.diffId as Digest]?.tree;
    if (tree !== undefined && layers[event.index] === tree) played = event.index;
  }
  return played;
}
