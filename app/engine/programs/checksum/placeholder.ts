/**
 * A simulated download has no bytes, so `sha256sum -c` cannot compare it with the digest a
 * Dockerfile pins and lets it pass as the genuine file would. But some expected digests can
 * never be a real file's: placeholders such as 64 zeros or "deadbeef" repeated, whose hex
 * uses few distinct digits (a real digest of 32+ hex digits uses 14 of the 16 on average and
 * fewer than 9 about once in a million), and the digest of empty input, which a download of
 * any size cannot have. Those fail, as they would against the real file.
 */
import { digestHex, type Algorithm } from './digest';

export function cannotMatchDownload(algorithm: Algorithm, expected: string): boolean {
  if (new Set(expected.toLowerCase()).size < 9) return true;
  return expected.toLowerCase() === digestHex(algorithm, '');
}
