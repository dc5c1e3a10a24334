/**
 * Checksums of file contents. Text the simulation holds byte for byte gets its real digest
 * (`echo hi | sha256sum` prints what Linux prints). A blob (a package binary, a download)
 * has no bytes, so its digest is taken over its identity string: stable, equal for equal
 * content, but not the real file's checksum, which is why `-c` trusts blobs with a note.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Content } from '../../fs/filesystem';

export type Algorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

const HASHERS: Record<Algorithm, (bytes: Uint8Array) => Uint8Array> = {
  md5,
  sha1,
  sha224,
  sha256,
  sha384,
  sha512,
};

/** Hex digest length of each algorithm, for recognising checksum lines. */
export const HEX_LENGTH: Record<Algorithm, number> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

export function digestHex(algorithm: Algorithm, text: string): string {
  return bytesToHex(HASHERS[algorithm](utf8ToBytes(text)));
}

/** The digest of a file's content; `exact` is false when it stands in for a blob's bytes. */
export function contentDigest(
  algorithm: Algorithm,
  content: Content,
): { hex: string; exact: boolean } {
  if ('text' in content) return { hex: digestHex(algorithm, content.text), exact: true };
  return { hex: digestHex(algorithm, `blob:${content.size}:${content.blob}`), exact: false };
}
