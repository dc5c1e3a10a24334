/**
 * One distribution's package archive: records parsed from the generated data, expanded into
 * `Package`s (with files) on first request and memoised, since expanding all of them up
 * front would cost time nobody asked for.
 */
import type { Distro, Package } from '../types';
import { expandDeb } from './expand';
import type { DebRecord } from './records';
import { guessShape, type DebShape } from './shapes';

export class DebArchive {
  private readonly expanded = new Map<string, Package>();

  constructor(
    readonly distro: Distro,
    private readonly records: ReadonlyMap<string, DebRecord>,
    private readonly shapes: ReadonlyMap<string, DebShape>,
    private readonly summaries: ReadonlyMap<string, string>,
    /** Where packages this archive lacks come from (noble borrows from trixie). */
    private readonly fallback?: DebArchive,
    /** Rewrites version-bearing names in shapes taken from another release's file lists. */
    private readonly rewrite?: (text: string) => string,
  ) {}

  record(name: string): DebRecord | undefined {
    return this.records.get(name) ?? this.fallback?.record(name);
  }

  package(name: string): Package | undefined {
    const known = this.expanded.get(name);
    if (known) return known;
    const record = this.records.get(name);
    if (!record) return this.fallback?.package(name);
    const shape = this.shapeOf(record);
    const summary =
      this.summaries.get(name) ?? this.summaries.get(name.replace(/t64$/, '')) ?? describe(record);
    const pkg = expandDeb(record, shape, summary);
    this.expanded.set(name, pkg);
    return pkg;
  }

  names(): string[] {
    const names = new Set(this.records.keys());
    for (const name of this.fallback?.names() ?? []) names.add(name);
    return [...names].sort();
  }

  /** The names this archive's own data holds (not its fallback's). */
  ownNames(): string[] {
    return [...this.records.keys()];
  }

  /** Packages of Priority required (what debootstrap's minbase installs), plus apt. */
  baseNames(): string[] {
    return [...this.records.values()]
      .filter((r) => r.priority === 'required' || r.name === 'apt')
      .map((r) => r.name);
  }

  private shapeOf(record: DebRecord): DebShape {
    const { name } = record;
    const known =
      this.shapes.get(name) ??
      this.shapes.get(name.replace(/t64$/, '')) ??
      this.shapes.get(`${name}t64`);
    if (!known) return guessShape(name, record.section);
    return this.rewrite ? rewriteShape(known, this.rewrite) : known;
  }
}

function rewriteShape(shape: DebShape, rewrite: (text: string) => string): DebShape {
  const all = (list: string[]) => list.map(rewrite);
  return {
    ...shape,
    bin: all(shape.bin),
    sbin: all(shape.sbin),
    lib: all(shape.lib),
    files: all(shape.files),
    links: shape.links.map(([path, target]) => [rewrite(path), rewrite(target)]),
  };
}

/**
 * The shapes' file lists come from Debian 12 (bookworm); newer releases renamed what carries
 * a toolchain version: gcc-12 → gcc-14, python3.11 → python3.13, perl 5.36 → 5.40.
 */
export function releaseRewrite(
  gcc: string,
  python: string,
  perl: string,
): (text: string) => string {
  return (text) =>
    text
      .replace(
        /\b(gcc|g\+\+|cpp|gcov|gcov-dump|gcov-tool|gcc-ar|gcc-nm|gcc-ranlib|lto-dump)-12\b/g,
        `$1-${gcc}`,
      )
      .replace(/(x86_64-linux-gnu)\/12\//g, `$1/${gcc}/`)
      .replace(/\b(python|pdb|pydoc|pygettext)3\.11/g, `$1${python}`)
      .replace(/5\.36/g, perl);
}

function describe(record: DebRecord): string {
  if (record.section === 'libs') return `${record.name} shared library`;
  if (record.section === 'libdevel')
    return `development files for ${record.name.replace(/-dev$/, '')}`;
  return record.name;
}

/** Every package `roots` needs, roots first, then dependencies breadth first (no duplicates). */
export function dependencyClosure(archive: DebArchive, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    const record = archive.record(name);
    if (!record) continue;
    seen.add(name);
    order.push(name);
    for (const dep of record.depends) if (!seen.has(dep)) queue.push(dep);
  }
  return order;
}
