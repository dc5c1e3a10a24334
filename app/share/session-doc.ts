/**
 * What a share link carries: the session as the steps that rebuild it (each a unit a
 * person typed, with when it ran, so a replay gives the same digests) and the editor's
 * unsaved text. Validated by hand against this shape: a link is untrusted input.
 *
 * Why a hand validator and not a schema library (valibot, zod): the shape is small and
 * flat, the store's saved state is validated the same way, and the checks that matter
 * here (path rules, prototype keys, size caps) would be custom code in any library.
 * It costs no dependency and a few hundred bytes in the bundle.
 */
import type { Origin } from '../store/types';

export interface SharedStep {
  input: string;
  /** When the step first ran (ms since the epoch); a replay runs it at the same time. */
  time?: number;
  origin?: Origin;
}

export interface SessionDoc {
  steps: SharedStep[];
  /** Editor text not yet written to the host, by path relative to the home folder. */
  drafts: Record<string, string>;
}

export const LIMITS = {
  steps: 2000,
  drafts: 200,
  pathLength: 255,
} as const;

const ORIGINS: readonly Origin[] = ['typed', 'button', 'files', 'seed'];
/** Relative paths of plain names: no `..`, no leading slash, no prototype names. */
const PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const RESERVED = new Set(['__proto__', 'prototype', 'constructor', '.', '..']);
/** Later than 2000-01-01 and before 2200: anything else is not a time a session ran at. */
const MIN_TIME = 946_684_800_000;
const MAX_TIME = 7_258_118_400_000;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function isSafePath(path: string): boolean {
  return (
    path.length <= LIMITS.pathLength &&
    PATH.test(path) &&
    path.split('/').every((part) => !RESERVED.has(part))
  );
}

function checkStep(x: unknown, i: number): SharedStep | string {
  if (typeof x === 'string') return { input: x };
  if (!isRecord(x)) return `step ${i + 1} is not a command`;
  const { input, time, origin } = x;
  if (typeof input !== 'string') return `step ${i + 1} has no command text`;
  const step: SharedStep = { input };
  if (time !== undefined) {
    if (typeof time !== 'number' || !Number.isInteger(time) || time < MIN_TIME || time > MAX_TIME)
      return `step ${i + 1} has an impossible time`;
    step.time = time;
  }
  if (origin !== undefined) {
    if (typeof origin !== 'string' || !ORIGINS.includes(origin as Origin))
      return `step ${i + 1} has an unknown origin`;
    step.origin = origin as Origin;
  }
  return step;
}

/** The document if it has the shape of a session, else a reason a person can read. */
export function validateSessionDoc(doc: unknown): SessionDoc | string {
  if (!isRecord(doc)) return 'it is not a session';
  if (!Array.isArray(doc.steps)) return 'it has no steps';
  if (doc.steps.length > LIMITS.steps) return `it has more than ${LIMITS.steps} steps`;
  const steps: SharedStep[] = [];
  for (const [i, raw] of doc.steps.entries()) {
    const step = checkStep(raw, i);
    if (typeof step === 'string') return step;
    steps.push(step);
  }
  // Own properties only, defined (not assigned), so no key can reach a prototype.
  const drafts: Record<string, string> = {};
  if (doc.drafts !== undefined) {
    if (!isRecord(doc.drafts)) return 'its editor text is malformed';
    const entries = Object.entries(doc.drafts);
    if (entries.length > LIMITS.drafts) return 'it has too many files';
    for (const [path, text] of entries) {
      if (!isSafePath(path)) return 'it names a file outside the home folder';
      if (typeof text !== 'string') return 'its editor text is malformed';
      Object.defineProperty(drafts, path, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { steps, drafts };
}

/** The steps as one scenario script (DESIGN.md): what the embed and the replay take. */
export function toScript(doc: SessionDoc): string {
  return doc.steps.map((s) => (s.input.endsWith('\n') ? s.input : `${s.input}\n`)).join('');
}
