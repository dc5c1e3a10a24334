/**
 * The packagist catalog (packagist-data.ts) and Composer's version constraints: `^1.2`,
 * `~1.2`, `>=1.0 <2.0`, `1.0 - 2.0`, `1.*`, `*`, exact versions, alternatives with `||`.
 * Stability flags (`@dev`) are dropped; `dev-<branch>` matches nothing here.
 */
import DATA from './packagist-data';

export interface Release {
  name: string;
  version: string;
  require: [string, string][];
  kib: number;
  funding: boolean;
  bin: string[];
  plugin: boolean;
  replaces?: string;
}

const RELEASES = new Map<string, Release[]>();
for (const line of DATA.trim().split('\n')) {
  const [head = '', requires = '', tail = ''] = line.split(' | ');
  const [name = '', version = ''] = head.trim().split(/\s+/);
  const [kib = '0', ...flags] = tail.trim().split(/\s+/);
  const require = requires
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r): [string, string] => {
      const space = r.indexOf(' ');
      return [r.slice(0, space), r.slice(space + 1)];
    });
  const replaces = flags.find((f) => f.startsWith('replaces='))?.slice(9);
  const release: Release = {
    name,
    version,
    require,
    kib: Number(kib),
    funding: flags.includes('f'),
    bin: flags.filter((f) => f.startsWith('bin=')).map((f) => f.slice(4)),
    plugin: flags.includes('plugin'),
    ...(replaces ? { replaces } : {}),
  };
  RELEASES.set(name, [...(RELEASES.get(name) ?? []), release]);
}

export function releases(name: string): Release[] | undefined {
  return RELEASES.get(name.toLowerCase());
}

type Version = [number, number, number, number];

export function parseVersion(v: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?/.exec(v.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/** How many parts a constraint version wrote ("1.2" → 2), for ~ and wildcards. */
function parts(v: string): number {
  return v
    .replace(/^v/, '')
    .split(/[.-]/)
    .filter((p) => /^\d+$/.test(p)).length;
}

function bump(v: Version, index: number): Version {
  const out = [...v] as Version;
  out[index] = (out[index] as number) + 1;
  for (let i = index + 1; i < 4; i++) out[i] = 0;
  return out;
}

function single(term: string, v: Version): boolean {
  const t = term.replace(/@\w+$/, '').trim();
  if (t === '' || t === '*') return true;
  if (t.startsWith('dev-')) return false;
  const op = /^(>=|<=|>|<|!=|==|=|\^|~)?\s*(.+)$/.exec(t);
  if (!op) return false;
  const body = op[2] as string;
  if (/\.\*$|\.x$/.test(body)) {
    const base = parseVersion(body.replace(/\.[*x]$/, ''));
    if (!base) return false;
    const n = parts(body.replace(/\.[*x]$/, ''));
    return compare(v, base) >= 0 && compare(v, bump(base, n - 1)) < 0;
  }
  const c = parseVersion(body);
  if (!c) return false;
  const cmp = compare(v, c);
  switch (op[1]) {
    case '>=':
      return cmp >= 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '<':
      return cmp < 0;
    case '!=':
      return cmp !== 0;
    case '^': {
      const first = c.findIndex((x, i) => x !== 0 || i === 2);
      const upper = bump(c, Math.max(0, Math.min(first, 2)));
      return cmp >= 0 && compare(v, upper) < 0;
    }
    case '~': {
      const n = parts(body);
      return cmp >= 0 && compare(v, bump(c, Math.max(0, n - 2))) < 0;
    }
    default: {
      // An exact version written with fewer parts ("2.0") matches only that release.
      return cmp === 0;
    }
  }
}

/** Whether a version satisfies a constraint. */
export function satisfies(version: string, constraint: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  return constraint.split(/\s*\|\|?\s*/).some((alternative) => {
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(alternative.trim());
    if (hyphen) {
      const lo = parseVersion(hyphen[1] as string);
      const hi = parseVersion(hyphen[2] as string);
      if (!lo || !hi) return false;
      const upper =
        parts(hyphen[2] as string) < 3 ? bump(hi, parts(hyphen[2] as string) - 1) : undefined;
      return compare(v, lo) >= 0 && (upper ? compare(v, upper) < 0 : compare(v, hi) <= 0);
    }
    return alternative
      .replace(/(>=|<=|>|<|!=|==|=|\^|~)\s+/g, '$1')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .every((t) => single(t, v));
  });
}

/** The lowest version a constraint names ("^6.4" → "6.4.0"), for releases the catalog lacks. */
export function floorOf(constraint: string): string {
  const m = /(\d+(?:\.\d+){0,3})/.exec(constraint);
  const v = parseVersion(m?.[1] ?? '1.0.0') ?? [1, 0, 0, 0];
  return `${v[0]}.${v[1]}.${v[2]}`;
}

/** "1.2.3" → "1.2.3.0", as composer writes version_normalized. */
export function normalized(version: string): string {
  const v = parseVersion(version) ?? [0, 0, 0, 0];
  return v.join('.');
}
