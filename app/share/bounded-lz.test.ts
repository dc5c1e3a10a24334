import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { boundedDecompress } from './bounded-lz';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const encoded = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 400 })
  .map((chars) => chars.join(''));

const startsWithLiteral = (input: string) =>
  (ALPHABET.indexOf(input[0] ?? '') & 0b110000) !== 0b110000;

describe('boundedDecompress', () => {
  it('reads back whatever lz-string compressed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const packed = LZString.compressToEncodedURIComponent(text);
        const result = boundedDecompress(packed, 1_000_000);
        if (text === '') return; // lz-string writes no usable stream for ""
        expect(result).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with lz-string on random input wherever lz-string gives an answer', () => {
    fc.assert(
      // A stream whose first code is 3 makes lz-string decode from `undefined` (it may then
      // return text built from the word "undefined"): no answer worth agreeing with.
      fc.property(encoded.filter(startsWithLiteral), (input) => {
        let theirs: string | null | undefined;
        try {
          theirs = LZString.decompressFromEncodedURIComponent(input);
        } catch {
          theirs = undefined; // lz-string throws on some inputs; ours must not
        }
        const ours = boundedDecompress(input, 10_000_000);
        if (typeof theirs === 'string' && theirs !== '')
          expect(ours).toEqual({ ok: true, text: theirs });
        else expect(ours.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the cap while an expansion grows, not after', () => {
    const big = 'a'.repeat(400_000);
    const bomb = LZString.compressToEncodedURIComponent(big);
    expect(bomb.length).toBeLessThan(2000);
    expect(boundedDecompress(bomb, 256 * 1024)).toEqual({ ok: false, error: 'too-large' });
    expect(boundedDecompress(bomb, big.length)).toEqual({ ok: true, text: big });
  });

  it('reports a cut-off stream as truncated', () => {
    const packed = LZString.compressToEncodedURIComponent('FROM python:3.14-slim\n'.repeat(20));
    expect(boundedDecompress(packed.slice(0, packed.length >> 1), 1e6)).toEqual({
      ok: false,
      error: 'truncated',
    });
  });

  it('refuses characters a URI-safe stream never holds, and empty input', () => {
    expect(boundedDecompress('abc<def', 1e6)).toEqual({ ok: false, error: 'invalid-character' });
    expect(boundedDecompress('abc%20', 1e6)).toEqual({ ok: false, error: 'invalid-character' });
    expect(boundedDecompress('', 1e6)).toEqual({ ok: false, error: 'empty' });
  });

  it('reads a space as the plus sign it was', () => {
    const text = 'step 31 \u011f'; // found by search: its stream holds a '+'
    const packed = LZString.compressToEncodedURIComponent(text);
    expect(packed).toContain('+');
    expect(boundedDecompress(packed.replace(/\+/g, ' '), 1e6)).toEqual({ ok: true, text });
  });
});
