/**
 * Decompression of lz-string's URI-safe format (`compressToEncodedURIComponent`) with a cap
 * on the output, checked as it grows. lz-string's own decoder cannot be capped: each code
 * can name a dictionary entry one character longer than the last, so a few KB of input can
 * expand to megabytes before anyone can look at the result, and some inputs make it throw.
 * This decoder reads the same bit stream and stops at the cap; it never throws.
 *
 * Stricter than lz-string on purpose: a character outside the alphabet is an error (lz-
 * string reads it as zero bits), and input that ends before the end marker is reported as
 * truncated (lz-string returns "").
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
/** Each character carries 6 bits, read from the most significant. */
const TOP_BIT = 32;

export type LzError = 'empty' | 'invalid-character' | 'truncated' | 'corrupt' | 'too-large';
export type LzResult = { ok: true; text: string } | { ok: false; error: LzError };

class BitReader {
  private value: number;
  private position = TOP_BIT;
  /** Index of the next character to load. */
  index = 1;

  constructor(private readonly codes: Uint8Array) {
    this.value = codes[0] ?? 0;
  }

  /** Reads `count` bits, least significant first (as the compressor wrote them). */
  read(count: number): number {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (this.value & this.position) bits += power;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = TOP_BIT;
        this.value = this.codes[this.index++] ?? 0;
      }
    }
    return bits;
  }
}

export function boundedDecompress(input: string, maxChars: number): LzResult {
  if (input === '') return { ok: false, error: 'empty' };
  const codes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    // Forms and some chat programs turn '+' into a space; lz-string undoes that too.
    const ch = input[i] === ' ' ? '+' : (input[i] as string);
    const value = VALUE.get(ch);
    if (value === undefined) return { ok: false, error: 'invalid-character' };
    codes[i] = value;
  }
  const bits = new BitReader(codes);
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];

  const literal = (kind: number): string | null =>
    kind === 0
      ? String.fromCharCode(bits.read(8))
      : kind === 1
        ? String.fromCharCode(bits.read(16))
        : null;

  const first = literal(bits.read(2));
  if (first === null) return { ok: false, error: 'corrupt' };
  dictionary[3] = first;
  let w = first;
  result.push(first);
  let total = 1;
  if (total > maxChars) return { ok: false, error: 'too-large' };

  for (;;) {
    if (bits.index > codes.length) return { ok: false, error: 'truncated' };
    let c = bits.read(numBits);
    if (c === 2) return { ok: true, text: result.join('') };
    if (c === 0 || c === 1) {
      dictionary.push(literal(c) as string);
      c = dictionary.length - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (c > 2 && c < dictionary.length) entry = dictionary[c] as string;
    else if (c === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, error: 'corrupt' };
    total += entry.length;
    if (total > maxChars) return { ok: false, error: 'too-large' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
