/**
 * apk's version constraints in `apk add` arguments and /etc/apk/world: `name=1.2-r0` (also
 * written `==`), `<`, `>`, `<=`, `>=` and the fuzzy `~1.2` (the version starts with it).
 * Versions compare as apk-tools does for the common shapes: dotted numbers, letters,
 * `_p`/`_rc`-style suffixes and the `-rN` package release.
 */

export interface Constraint {
  name: string;
  op: '=' | '<' | '>' | '<=' | '>=' | '~';
  version: string;
}

export function parseConstraint(spec: string): Constraint | undefined {
  const m = /^([^<>=~]+)(==|=~|<=|>=|=|<|>|~)(.+)$/.exec(spec);
  if (!m) return undefined;
  const raw = m[2] as string;
  const op = raw === '==' ? '=' : raw === '=~' ? '~' : (raw as Constraint['op']);
  return { name: m[1] as string, op, version: m[3] as string };
}

/** The parts apk compares in turn: numbers as numbers, the rest as text, the release last. */
function parts(version: string): (number | string)[] {
  const [main = '', release = '0'] = version.split(/-r(?=\d+$)/);
  const tokens = main.match(/\d+|[a-z]+|_[a-z]+\d*/gi) ?? [];
  return [...tokens.map((t) => (/^\d+$/.test(t) ? Number(t) : t)), '-r', Number(release)];
}

export function compareApkVersions(a: string, b: string): number {
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export function satisfies(version: string, c: Constraint): boolean {
  if (c.op === '~') return version === c.version || version.startsWith(c.version);
  const cmp = compareApkVersions(version, c.version);
  switch (c.op) {
    case '=':
      return cmp === 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '>=':
      return cmp >= 0;
  }
}

/** How apk writes the constraint back in its messages and in world: `tini=0.19.0-r2`. */
export function formatConstraint(c: Constraint): string {
  return `${c.name}${c.op}${c.version}`;
}
