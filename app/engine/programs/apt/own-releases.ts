/**
 * The distribution's own apt releases as the image's sources name them. An image of an older
 * release modelled on a newer archive (buster or stretch on bullseye's packages, bionic or
 * xenial on focal's) carries its own sources.list, so apt fetches its own suites
 * (`buster/updates`, `bionic-security`) with the archive's index sizes; a suite whose line the
 * sources no longer have is not fetched, and one pointed elsewhere (archive.debian.org) is
 * fetched from there.
 */
import { readText } from '../common/fs-helpers';
import { releasesFor, type Release } from './archive';
import { codenameOf } from './archived';
import type { AptContext } from './context';
import { readSources } from './sources';

/** VERSION_CODENAME of the image's os-release. */
function osCodename(ctx: AptContext): string | undefined {
  const text =
    readText(ctx.io.fs, '/etc/os-release') ?? readText(ctx.io.fs, '/usr/lib/os-release') ?? '';
  return /^VERSION_CODENAME=(.*)$/m.exec(text)?.[1]?.replace(/"/g, '') || undefined;
}

/** "-updates", "-security" (Debian before 11 said "/updates"), "-backports" or "". */
function roleOf(suite: string, codename: string): string {
  return suite.slice(codename.length).replace(/^\/updates$/, '-security');
}

export function ownReleases(ctx: AptContext): Release[] {
  const releases = releasesFor(ctx.distro);
  const codename = osCodename(ctx);
  if (!codename || codename === ctx.distro) return releases;
  const entries = readSources(ctx.io.fs).filter((e) => codenameOf(e.suite) === codename);
  if (entries.length === 0) return releases;
  const own: Release[] = [];
  for (const release of releases) {
    const role = roleOf(release.suite, ctx.distro);
    const entry = entries.find((e) => roleOf(e.suite, codename) === role);
    if (entry) own.push({ ...release, url: entry.url, suite: entry.suite });
  }
  return own;
}

/**
 * Where a package of the archive is fetched from, as this image's sources name it
 * ("focal-updates/main" is "bionic-updates/main" in an 18.04 image).
 */
export function ownOrigin(
  ctx: AptContext,
  origin: { url: string; where: string },
): { url: string; where: string } {
  if (!origin.where.startsWith(ctx.distro)) return origin;
  const [suite = '', ...component] = origin.where.split('/');
  const index = releasesFor(ctx.distro).findIndex((r) => r.suite === suite);
  const own = ownReleases(ctx);
  if (own === releasesFor(ctx.distro) || index < 0) return origin;
  const role = roleOf(suite, ctx.distro);
  const codename = osCodename(ctx) ?? '';
  const match = own.find((r) => roleOf(r.suite, codename) === role);
  return match ? { url: match.url, where: [match.suite, ...component].join('/') } : origin;
}
