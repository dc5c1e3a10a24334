/**
 * Share links: the session, compressed into the URL fragment as `#s=VERSION.PAYLOAD`.
 * The fragment never reaches a server, so links work from any static host and leave no
 * trace in its logs. Each format version keeps its decoder forever: a link made today
 * opens in every later Layercake (README.md lists the versions).
 *
 * Decoding is defensive: length caps before and after decompression, a decompressor
 * that stops at the cap, JSON and shape checked, and every failure a sentence for the
 * person, never an exception.
 */
import LZString from 'lz-string';
import { boundedDecompress, type LzError } from './bounded-lz';
import { validateSessionDoc, type SessionDoc } from './session-doc';

export const CURRENT_VERSION = 1;
/** Longest `s` value read: far above any real session (the example is about 600). */
export const MAX_ENCODED = 16 * 1024;
/** Longest decompressed text accepted, checked while decompressing. */
export const MAX_DECODED = 256 * 1024;

export type DecodeResult =
  { ok: true; doc: SessionDoc; version: number } | { ok: false; error: string };

type Decoder = (payload: string) => DecodeResult;

const LZ_MESSAGES: Record<LzError, string> = {
  empty: 'This link holds no session.',
  'invalid-character': 'This link is damaged: it holds characters a Layercake link never has.',
  truncated: 'This link is incomplete; it was probably cut off when it was copied.',
  corrupt: 'This link is damaged and could not be read.',
  'too-large': `This link unpacks to more than ${MAX_DECODED / 1024} KB, more than any session needs, so it was not opened.`,
};

/** Version 1: lz-string (URI-safe alphabet) of the session document as JSON. */
const decodeV1: Decoder = (payload) => {
  const unpacked = boundedDecompress(payload, MAX_DECODED);
  if (!unpacked.ok) return { ok: false, error: LZ_MESSAGES[unpacked.error] };
  let json: unknown;
  try {
    json = JSON.parse(unpacked.text);
  } catch {
    return { ok: false, error: 'This link is damaged: its contents could not be read.' };
  }
  const doc = validateSessionDoc(json);
  if (typeof doc === 'string')
    return { ok: false, error: `This link does not hold a Layercake session (${doc}).` };
  return { ok: true, doc, version: 1 };
};

/** One decoder per format version; never remove one. */
export const DECODERS: Readonly<Record<number, Decoder>> = { 1: decodeV1 };

/** The `s=VERSION.PAYLOAD` value for a session (the current version). */
export function encodeSession(doc: SessionDoc): string {
  const steps = doc.steps.map((s) => ({
    input: s.input,
    ...(s.time !== undefined ? { time: s.time } : {}),
    ...(s.origin !== undefined ? { origin: s.origin } : {}),
  }));
  const json = JSON.stringify({ steps, drafts: doc.drafts });
  return `${CURRENT_VERSION}.${LZString.compressToEncodedURIComponent(json)}`;
}

/** Decodes an `s` value (`1.…`); never throws. */
export function decodeSession(value: string): DecodeResult {
  if (value.length > MAX_ENCODED) return { ok: false, error: tooLongMessage(value.length) };
  const match = /^(\d{1,4})\.(.*)$/s.exec(value);
  if (!match) return { ok: false, error: 'This link is damaged: its format is not recognised.' };
  const version = Number(match[1]);
  const decoder = Object.hasOwn(DECODERS, version) ? DECODERS[version] : undefined;
  if (!decoder)
    return version > CURRENT_VERSION
      ? {
          ok: false,
          error: `This link was made by a newer Layercake (format ${version}); reload to get the latest version.`,
        }
      : { ok: false, error: `This link's format (${version}) is not known.` };
  try {
    return decoder(match[2] ?? '');
  } catch {
    return { ok: false, error: 'This link is damaged and could not be read.' };
  }
}

export type FragmentLink =
  | { kind: 'none' }
  | { kind: 'session'; doc: SessionDoc; version: number }
  | { kind: 'bad'; error: string };

/** Reads `#s=…` from a location's hash (other fragment parameters are left alone). */
export function readFragment(hash: string): FragmentLink {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  // Checked before splitting, so a huge fragment costs no more than its length.
  if (body.length > MAX_ENCODED + 1024) return { kind: 'bad', error: tooLongMessage(body.length) };
  const param = body.split('&').find((part) => part.startsWith('s='));
  if (param === undefined) return { kind: 'none' };
  let value = param.slice(2);
  if (value.includes('%')) {
    // Some programs percent-encode `$` or `+` when they pass a link on.
    try {
      value = decodeURIComponent(value);
    } catch {
      return { kind: 'bad', error: 'This link is damaged: it holds a broken %-escape.' };
    }
  }
  const decoded = decodeSession(value);
  return decoded.ok
    ? { kind: 'session', doc: decoded.doc, version: decoded.version }
    : { kind: 'bad', error: decoded.error };
}

function tooLongMessage(length: number): string {
  // Thousands separators without Intl, whose first use costs tens of milliseconds.
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
  return `This link is too long to be a Layercake link (${n(length)} characters; the limit is ${n(MAX_ENCODED)}).`;
}

/** A full link to the page at `base` (no fragment) opening this session. */
export function shareUrl(base: string, doc: SessionDoc): string {
  return `${base.replace(/#.*$/, '')}#s=${encodeSession(doc)}`;
}
