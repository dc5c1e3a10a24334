import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeSession,
  encodeSession,
  MAX_DECODED,
  MAX_ENCODED,
  readFragment,
  shareUrl,
} from './link';
import type { SessionDoc } from './session-doc';

const doc: SessionDoc = {
  steps: [
    {
      input: 'cat > Dockerfile <<\'EOF\'\nFROM python:3.14-slim\nCMD ["python"]\nEOF',
      time: 1_768_467_600_000,
      origin: 'seed',
    },
    { input: 'docker build -t app .', time: 1_768_467_601_000, origin: 'button' },
    { input: 'docker run -d --name web app' },
  ],
  drafts: { 'main.py': 'print("hi")\n', 'src/app.py': '' },
};

const packed = (value: unknown) =>
  `1.${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const error = (value: string) => {
  const r = decodeSession(value);
  return r.ok ? null : r.error;
};

describe('share links', () => {
  it('round-trip a session', () => {
    expect(decodeSession(encodeSession(doc))).toEqual({ ok: true, doc, version: 1 });
  });

  it('round-trip through a URL and its fragment', () => {
    const url = shareUrl('https://example.org/layercake/#old', doc);
    expect(url.startsWith('https://example.org/layercake/#s=1.')).toBe(true);
    expect(readFragment(new URL(url).hash)).toEqual({ kind: 'session', doc, version: 1 });
  });

  it('keep other fragment parameters out of the way', () => {
    expect(readFragment(`#lesson=volumes&s=${encodeSession(doc)}`)).toMatchObject({
      kind: 'session',
    });
    expect(readFragment('#lesson=volumes')).toEqual({ kind: 'none' });
    expect(readFragment('')).toEqual({ kind: 'none' });
  });

  it('read a link whose $ and + were percent-encoded on the way', () => {
    const value = encodeSession(doc);
    const escaped = value.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(readFragment(`#s=${escaped}`)).toMatchObject({ kind: 'session', doc });
  });

  it('say a truncated link was cut off', () => {
    const value = encodeSession(doc);
    expect(error(value.slice(0, value.length - 20))).toMatch(/incomplete|damaged/);
    expect(error(value.slice(0, 40))).toMatch(/incomplete/);
  });

  it('refuse an oversized link before decompressing it', () => {
    const huge = `1.${'A'.repeat(MAX_ENCODED)}`;
    expect(error(huge)).toMatch(/too long.*16,384/);
    expect(readFragment(`#s=${'B'.repeat(MAX_ENCODED * 4)}`)).toMatchObject({
      kind: 'bad',
      error: expect.stringMatching(/too long/),
    });
  });

  it('stop a small link that unpacks to more than the cap', () => {
    const bomb = packed({ steps: ['x'.repeat(MAX_DECODED)], drafts: {} });
    expect(bomb.length).toBeLessThan(MAX_ENCODED);
    expect(error(bomb)).toMatch(/more than 256 KB/);
  });

  it('name newer and unknown formats', () => {
    expect(error('7.abc')).toMatch(/newer Layercake \(format 7\)/);
    expect(error('0.abc')).toMatch(/format \(0\) is not known/);
    expect(error('hello')).toMatch(/format is not recognised/);
  });

  it('keep HTML and script payloads as plain text (nothing is interpreted)', () => {
    const evil: SessionDoc = {
      steps: [{ input: '<img src=x onerror=alert(1)><script>alert(2)</script>' }],
      drafts: { 'index.html': '<script>alert(3)</script>' },
    };
    const result = decodeSession(encodeSession(evil));
    expect(result).toEqual({ ok: true, doc: evil, version: 1 });
  });

  it('refuse prototype-pollution keys and leave Object.prototype alone', () => {
    const attempts = [
      '{"steps":[],"drafts":{"__proto__":{"polluted":"yes"}}}',
      '{"steps":[],"drafts":{"constructor":"x"}}',
      '{"steps":[],"drafts":{"a/prototype/b":"x"}}',
      '{"steps":[],"drafts":{"../etc/passwd":"x"}}',
      '{"steps":[],"drafts":{"/etc/passwd":"x"}}',
    ];
    for (const json of attempts) {
      const value = `1.${LZString.compressToEncodedURIComponent(json)}`;
      expect(error(value), json).toMatch(/outside the home folder/);
    }
    // A top-level __proto__ is just an ignored key.
    const top = packed(JSON.parse('{"steps":[],"__proto__":{"polluted":"yes"}}'));
    expect(decodeSession(top)).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse documents of the wrong shape with the reason', () => {
    expect(error(packed([]))).toMatch(/not a session/);
    expect(error(packed({ steps: 'rm -rf /' }))).toMatch(/no steps/);
    expect(error(packed({ steps: [{ input: 1 }] }))).toMatch(/step 1 has no command text/);
    expect(error(packed({ steps: [{ input: 'ls', time: -5 }] }))).toMatch(/impossible time/);
    expect(error(packed({ steps: [{ input: 'ls', origin: 'evil' }] }))).toMatch(/unknown origin/);
    expect(error(packed({ steps: [], drafts: { a: 5 } }))).toMatch(/malformed/);
    expect(error(`1.${LZString.compressToEncodedURIComponent('{not json')}`)).toMatch(
      /could not be read/,
    );
  });

  it('accept hand-written steps as plain strings', () => {
    expect(decodeSession(packed({ steps: ['docker pull nginx'] }))).toEqual({
      ok: true,
      doc: { steps: [{ input: 'docker pull nginx' }], drafts: {} },
      version: 1,
    });
  });

  it('never throw on random fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const r = readFragment(`#s=${s}`);
        expect(['none', 'session', 'bad']).toContain(r.kind);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        expect(typeof decodeSession(`1.${s}`).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throw on random lz-string streams', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 600 }), (chars) => {
        const r = decodeSession(`1.${chars.join('')}`);
        if (!r.ok) expect(r.error).not.toBe('');
      }),
      { numRuns: 3000 },
    );
  });
});
