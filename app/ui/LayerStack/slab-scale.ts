/**
 * How thick a layer's slab is drawn: a log scale, because layers run from a few bytes (a
 * COPY of requirements.txt) to hundreds of megabytes (a base OS, a pip install). A linear
 * scale would show one huge block and slivers; on a log scale each factor of ten adds the
 * same thickness, so "bigger" stays readable at every size. Thickness is in em so the
 * projection theme's larger type scales it too.
 */

/** The thinnest filesystem slab: room for two lines of text (instruction; digest and size). */
export const MIN_SLAB_EM = 2.75;
export const MAX_SLAB_EM = 5.5;
/** Layers up to this size get the minimum; 1 GB and more get the maximum. */
const SMALL = 100;
const DECADES = 7;

export function slabThickness(bytes: number): number {
  if (!(bytes > SMALL)) return MIN_SLAB_EM;
  const t = Math.min(Math.log10(bytes / SMALL) / DECADES, 1);
  return Math.round((MIN_SLAB_EM + t * (MAX_SLAB_EM - MIN_SLAB_EM)) * 100) / 100;
}

/** Stripes of a collapsed base image: thin, but still thicker for bigger layers. */
export function stripeThickness(bytes: number): number {
  return Math.round((slabThickness(bytes) / MAX_SLAB_EM) * 0.6 * 100) / 100;
}
