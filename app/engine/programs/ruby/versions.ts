/**
 * Gem versions and requirements as RubyGems compares them: numeric segments compare as
 * numbers, a letter segment marks a prerelease (1.0.a < 1.0), and `~> 2.6` means ">= 2.6,
 * < 3" while `~> 2.6.1` means ">= 2.6.1, < 2.7".
 */

function segments(version: string): (number | string)[] {
  return (version.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function compareGemVersions(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? 0;
    const q = y[i] ?? 0;
    if (p === q) continue;
    if (typeof p === 'string' && typeof q === 'string') return p < q ? -1 : 1;
    // A letter (prerelease) sorts before any number, including the implied 0.
    if (typeof p === 'string') return -1;
    if (typeof q === 'string') return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** The upper bound of `~> v`: drop the last segment, bump the one before ("2.6.1" → "2.7"). */
function pessimisticCeiling(version: string): string {
  const parts = version.split('.').filter((p) => /^\d+$/.test(p));
  if (parts.length <= 1) return String(Number(parts[0] ?? 0) + 1);
  const kept = parts.slice(0, -1);
  kept[kept.length - 1] = String(Number(kept[kept.length - 1]) + 1);
  return kept.join('.');
}

export interface Constraint {
  op: '=' | '!=' | '>' | '<' | '>=' | '<=' | '~>';
  version: string;
}

/** "~> 1.2, >= 1.2.3" → constraints; a bare version means "= version". Undefined if malformed. */
export function parseRequirement(text: string): Constraint[] | undefined {
  const out: Constraint[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*([0-9][0-9A-Za-z.]*)\s*$/.exec(part);
    if (!m) return undefined;
    out.push({ op: (m[1] ?? '=') as Constraint['op'], version: m[2] as string });
  }
  return out;
}

export function satisfiesConstraint(version: string, c: Constraint): boolean {
  const cmp = compareGemVersions(version, c.version);
  switch (c.op) {
    case '=':
      return cmp === 0;
    case '!=':
      return cmp !== 0;
    case '>':
      return cmp > 0;
    case '<':
      return cmp < 0;
    case '>=':
      return cmp >= 0;
    case '<=':
      return cmp <= 0;
    case '~>':
      return cmp >= 0 && compareGemVersions(version, pessimisticCeiling(c.version)) < 0;
  }
}

export function satisfiesAll(version: string, requirements: readonly string[]): boolean {
  for (const text of requirements) {
    const constraints = parseRequirement(text);
    if (!constraints) return false;
    if (!constraints.every((c) => satisfiesConstraint(version, c))) return false;
  }
  return true;
}

/**
 * The version to model when the catalog's one version does not meet the requirements: the
 * lowest version they name that meets them all ("~> 8.0.1" → 8.0.1), else undefined.
 */
export function modelledVersion(requirements: readonly string[]): string | undefined {
  const candidates = requirements
    .flatMap((r) => parseRequirement(r) ?? [])
    .filter((c) => c.op === '=' || c.op === '>=' || c.op === '~>')
    // A release is x.y.z: `~> 4.3` or `>= 2.5` models 4.3.0 and 2.5.0 (gem "jekyll",
    // "~> 4.3" installed a jekyll 4.3); an exact `= 4.3` stays as written.
    .map((c) => (c.op === '=' ? c.version : padRelease(c.version)))
    .sort(compareGemVersions);
  return candidates.reverse().find((v) => satisfiesAll(v, requirements));
}

function padRelease(version: string): string {
  const parts = version.split('.');
  return /^\d+(\.\d+)?$/.test(version) ? [...parts, '0', '0'].slice(0, 3).join('.') : version;
}

/** A requirement as Bundler writes it in a lockfile: "8.0.1" → "= 8.0.1", "~>8.0" → "~> 8.0". */
export function normalizeRequirement(text: string): string {
  return text
    .split(',')
    .map((part) => {
      const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(.*?)\s*$/.exec(part);
      return `${m?.[1] ?? '='} ${m?.[2] ?? ''}`;
    })
    .join(', ');
}
