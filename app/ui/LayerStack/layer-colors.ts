/**
 * One colour per layer, shared by every view that draws layers (the stack, the merged
 * tree's tags, the containers' read-only plinth, the disk view), so a file's tag has the
 * colour of the slab it came from. The base image's layers are greys: they are the
 * foundation, not the person's work. Colours live in layer-colors.css (per theme).
 */
import './layer-colors.css';

export const OWN_TONES = 8;
export const BASE_TONES = 3;

/** The `data-tone` value for a layer: `own-N` for the image's own layers, `base-N` below. */
export function layerTone(layerIndex: number, baseLayers: number): string {
  if (layerIndex < baseLayers) return `base-${layerIndex % BASE_TONES}`;
  return `own-${(layerIndex - baseLayers) % OWN_TONES}`;
}

/** "L3": the short tag a file carries for the layer that serves it (1-based, like the announcements). */
export function layerTag(layerIndex: number): string {
  return `L${layerIndex + 1}`;
}
