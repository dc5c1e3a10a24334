/**
 * Small deterministic hashing for generated data: FNV-1a over UTF-16 code units. Not for
 * identity (layer digests use sha256): only to spread sizes and choices reproducibly.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, 1) from a key: the same key always gives the same number. */
export function unitHash(key: string): number {
  return fnv1a(key) / 0x100000000;
}

/** A weight in [low, high) from a key. */
export function jitter(key: string, low = 0.5, high = 1.5): number {
  return low + (high - low) * unitHash(key);
}
