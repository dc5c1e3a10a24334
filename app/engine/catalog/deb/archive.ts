/**
 * One distribution's package archive: records parsed from the generated data, expanded into
 * `Package`s (with files) on first request and memoised, since expanding all of them up
 * front would cost time nobody asked for.
 */
import type { Distro, Package } from '../types';
import { expandDeb } from './expand';
import type { DebRecord } from './records';
import { guessShape, type DebShape } from './shapes';
import { unmergedPackage } from './unmerged';

export interface DebArchiveOptions {
  /** The base image's packages, where they are not Priority required + apt (Ubuntu's). */
  base?: readonly string[];
  /** Its Python carries PEP 668's EXTERNALLY-MANAGED marker (bookworm, trixie, noble). */
  pep668?: boolean;
  /**
   * /bin, /sbin and /lib are real directories, not links into /usr (Debian 11): packages put
   * their files there (`unmergedPackage`).
   */
  unmergedUsr?: boolean;
}

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
    private readonly options: DebArchiveOptions = {},
  ) {}

  record(name: string): DebRecord | undefined {
    return this.records.get(name) ?? this.fallback?.record(name);
  }

  /** /bin, /sbin and /lib are links into /usr (every release but bullseye). */
  get usrMerged(): boolean {
    return !this.options.unmergedUsr;
  }

  /** A package with its files where this release puts them. */
  package(name: string): Package | undefined {
    const pkg = this.mergedPackage(name);
    return pkg && this.options.unmergedUsr ? unmergedPackage(pkg) : pkg;
  }

  /**
   * A package with the merged-/usr paths of the shapes: what a fallback gives, so a merged
   * release (focal) borrowing from an unmerged one (bullseye) keeps its own layout.
   */
  private mergedPackage(name: string): Package | undefined {
    const known = this.expanded.get(name);
    if (known) return known;
    const record = this.records.get(name);
    if (!record) return this.fallback?.mergedPackage(name);
    const shape = this.shapeOf(record);
    const summary =
      this.summaries.get(name) ?? this.summaries.get(name.replace(/t64$/, '')) ?? describe(record);
    const pkg = expandDeb(record, shape, summary);
    this.expanded.set(name, pkg);
    return pkg;
  }

  /**
   * The packages that Provide `virtual` (sorted), its own records first shadowing the
   * fallback's of the same name, as apt sees one archive.
   */
  providers(virtual: string): string[] {
    const own = [...this.records.values()]
      .filter((r) => r.provides?.includes(virtual))
      .map((r) => r.name);
    const borrowed = (this.fallback?.providers(virtual) ?? []).filter(
      (name) => !this.records.has(name),
    );
    return [...own, ...borrowed].sort();
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
    if (this.options.base) return [...this.options.base];
    return [...this.records.values()]
      .filter((r) => r.priority === 'required' || r.name === 'apt')
      .map((r) => r.name);
  }

  private shapeOf(record: DebRecord): DebShape {
    const { name } = record;
    const known = shapeNames(name)
      .map((alias) => this.shapes.get(alias))
      .find((shape) => shape !== undefined);
    const shape = known
      ? this.rewrite
        ? rewriteShape(known, this.rewrite)
        : known
      : guessShape(name, record.section);
    return this.options.pep668 ? withPep668Marker(name, shape) : shape;
  }
}

/**
 * The names whose file list may stand for a package's: its own, with or without the t64
 * suffix, and, for names that carry a toolchain version, the Debian 12 name that
 * `releaseRewrite` knows how to rename (python3.10 → python3.11, gcc-11 → gcc-12).
 */
function shapeNames(name: string): string[] {
  const plain = name.replace(/t64$/, '');
  const bookworm = plain
    .replace(/python3\.\d+/, 'python3.11')
    .replace(/^(gcc|g\+\+|cpp)-\d+(?=$|-)/, '$1-12')
    .replace(/^(libperl|perl-modules-)5\.\d+$/, '$15.36');
  return [name, plain, `${name}t64`, bookworm];
}

/**
 * PEP 668: Debian (from 12) and Ubuntu (from 24.04) mark their Python's stdlib as managed by
 * apt, and pip refuses to install into it. The marker ships in libpython3.X-stdlib.
 */
function withPep668Marker(name: string, shape: DebShape): DebShape {
  const minor = /^libpython(3\.\d+)-stdlib$/.exec(name)?.[1];
  if (!minor) return shape;
  const marker = `usr/lib/python${minor}/EXTERNALLY-MANAGED`;
  return shape.files.includes(marker) ? shape : { ...shape, files: [...shape.files, marker] };
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
      .replace(/\bcpython-311-/g, `cpython-${python.replace('.', '')}-`)
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
