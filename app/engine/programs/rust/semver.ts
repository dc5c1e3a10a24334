/**
 * Cargo's version requirements (the semver crate's VersionReq): comma-separated comparators
 * `^1.2`, `~1.2.3`, `=1.2.3`, `>=1, <2`, `1.*`, `*`; a bare version means caret. `display`
 * is how cargo prints a requirement in its errors ("1.0" → "^1.0").
 */

type Op = '^' | '~' | '=' | '>' | '>=' | '<' | '<=' | '*';

interface Comparator {
  op: Op;
  /** Given parts only: "1.2" is [1, 2]. */
  parts: number[];
  text: string;
}

export interface VersionReq {
  comparators: Comparator[];
  display: string;
}

export function parseReq(text: string): VersionReq | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '*') return { comparators: [], display: '*' };
  const comparators: Comparator[] = [];
  for (const raw of trimmed.split(',')) {
    const m =
      /^\s*(\^|~|=|>=|<=|>|<)?\s*(\d+)(?:\.(\d+|\*|x))?(?:\.(\d+|\*|x))?(?:[-+][0-9A-Za-z.-]+)?\s*$/.exec(
        raw,
      );
    if (!m) return undefined;
    const numbers = [m[2], m[3], m[4]].filter((p): p is string => p !== undefined);
    const wildcard = numbers.findIndex((p) => p === '*' || p === 'x');
    const parts = (wildcard < 0 ? numbers : numbers.slice(0, wildcard)).map(Number);
    const op: Op = wildcard >= 0 && !m[1] ? '*' : ((m[1] as Op | undefined) ?? '^');
    const shown = `${op === '*' ? '' : op}${numbers.map((p) => (p === 'x' ? '*' : p)).join('.')}`;
    comparators.push({ op, parts, text: shown });
  }
  return { comparators, display: comparators.map((c) => c.text).join(', ') };
}

export function parseVersion(text: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The prefix of `v` as long as `parts`, compared with `parts`. */
function comparePrefix(v: readonly number[], parts: readonly number[]): number {
  for (let i = 0; i < parts.length; i++) {
    const d = (v[i] ?? 0) - (parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function matchesOne(v: [number, number, number], c: Comparator): boolean {
  const [major, minor] = c.parts;
  switch (c.op) {
    case '*':
      return comparePrefix(v, c.parts) === 0;
    case '=':
      return comparePrefix(v, c.parts) === 0;
    case '>':
      return comparePrefix(v, c.parts) > 0;
    case '>=':
      return comparePrefix(v, c.parts) >= 0;
    case '<':
      return comparePrefix(v, c.parts) < 0;
    case '<=':
      return comparePrefix(v, c.parts) <= 0;
    case '~':
      return (
        compare(v, c.parts) >= 0 &&
        comparePrefix(v, c.parts.slice(0, c.parts.length > 1 ? 2 : 1)) === 0
      );
    case '^': {
      if (compare(v, c.parts) < 0) return false;
      // The leftmost non-zero part given may not change: ^1.2 <2, ^0.2 <0.3, ^0.0.3 =0.0.3.
      if (major !== 0 || c.parts.length === 1) return v[0] === major;
      if (minor !== 0 || c.parts.length === 2) return v[0] === 0 && v[1] === minor;
      return comparePrefix(v, c.parts) === 0;
    }
  }
}

export function satisfies(version: string, req: VersionReq): boolean {
  const v = parseVersion(version);
  return v !== undefined && req.comparators.every((c) => matchesOne(v, c));
}

/** The newest of `versions` the requirement allows. */
export function newestMatching(versions: readonly string[], req: VersionReq): string | undefined {
  return [...versions]
    .sort((a, b) => compare(parseVersion(b) ?? [0, 0, 0], parseVersion(a) ?? [0, 0, 0]))
    .find((v) => satisfies(v, req));
}

/**
 * The release line a requirement asks for, when the catalog has none matching: "0.5" → 0.5.0,
 * "=1.2.3" → 1.2.3 (cargo would find such a release on crates.io; the catalog models it).
 */
export function lowestAllowed(req: VersionReq): string | undefined {
  const first = req.comparators.find((c) => c.op !== '<' && c.op !== '<=');
  if (!first) return undefined;
  const [a = 0, b = 0, c = 0] = first.parts;
  const v = first.op === '>' ? [a, b, c + 1] : [a, b, c];
  return v.join('.');
}
