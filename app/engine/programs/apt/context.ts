/**
 * What every apt-family command works with: the IO, the catalog, which distribution's
 * archive it talks to, and the options that change its output (quiet level, -y, which
 * binary was called: `apt` on trixie prints apt 3's new layout, `apt-get` keeps the old one).
 */
import type { Catalog, Distro, Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { exists, readText } from '../common/fs-helpers';
import type { AptDistro } from './archive';

export interface AptContext {
  io: ProgramIO;
  catalog: Catalog;
  distro: AptDistro;
  binary: 'apt-get' | 'apt';
  /** 0 interactive, 1 as in every Docker build (stdout is not a terminal), 2 for -qq. */
  quiet: number;
  assumeYes: boolean;
  /** apt 3's layout ("Installing:", "Summary:"), used by the `apt` binary from apt 3.0 on. */
  apt3: boolean;
  /** Notes already given in this run, so each is said once. */
  noted: Set<string>;
}

export function noteOnce(ctx: AptContext, text: string): void {
  if (ctx.noted.has(text)) return;
  ctx.noted.add(text);
  ctx.io.note(text);
}

const APT_DISTROS: readonly AptDistro[] = [
  'trixie',
  'bookworm',
  'bullseye',
  'noble',
  'jammy',
  'focal',
];

/** The distribution from the image's /etc/os-release when the caller does not know it. */
export function aptDistro(distro: Distro | undefined, io: ProgramIO): AptDistro {
  if (distro && distro !== 'alpine') return distro;
  const release =
    readText(io.fs, '/etc/os-release') ?? readText(io.fs, '/usr/lib/os-release') ?? '';
  const codename = /^VERSION_CODENAME=(.*)$/m.exec(release)?.[1]?.replace(/"/g, '');
  return APT_DISTROS.find((d) => d === codename) ?? 'trixie';
}

/** Out lines apt prints in its normal flow, hidden by -qq. */
export function say(ctx: AptContext, text: string): void {
  if (ctx.quiet < 2) ctx.io.stdout(text);
}

/** apt-get's error line: "E: ..." on stderr. */
export function aptError(ctx: AptContext, message: string): void {
  ctx.io.stderr(`E: ${message}\n`);
}

/** Whether the image has Docker's apt cleanup config, which deletes downloaded .debs. */
export function dockerClean(ctx: AptContext): boolean {
  return exists(ctx.io.fs, '/etc/apt/apt.conf.d/docker-clean');
}

/** Whether the image keeps package indexes compressed (Docker's docker-gzip-indexes). */
export function gzipIndexes(ctx: AptContext): boolean {
  return exists(ctx.io.fs, '/etc/apt/apt.conf.d/docker-gzip-indexes');
}

/** The package the archive has under a name, or a plausible stand-in with a note. */
export function archivePackage(ctx: AptContext, name: string): Package {
  const known = ctx.catalog.package('deb', name, ctx.distro);
  if (known) return known;
  noteOnce(
    ctx,
    `Layercake's catalog does not know the package "${name}": it is installed as a plausible stand-in (made-up files and sizes).`,
  );
  return ctx.catalog.plausiblePackage('deb', name);
}

/** Recommends, when the catalog records them (older catalogs only record Depends). */
export function recommendsOf(pkg: Package): string[] {
  const extra = pkg as Package & { recommends?: unknown };
  return Array.isArray(extra.recommends)
    ? extra.recommends.filter((r) => typeof r === 'string')
    : [];
}
