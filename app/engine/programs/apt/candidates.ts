/**
 * Which version of a package `apt-get install` would take: the highest among the
 * distribution's archive and the third-party repositories whose index apt has, or the one a
 * `name=version` request pins. A package only a repository missing from the sources has is
 * "Unable to locate package", as with apt; a name nobody knows becomes a plausible stand-in
 * (with a note), so unfamiliar Dockerfiles still build.
 */
import type { Package } from '../../catalog/types';
import { noteOnce, type AptContext } from './context';
import { enabledRepositories, thirdPartySources } from './repositories';
import { compareDebVersions } from './version';

export type Candidate = { ok: true; pkg: Package } | { ok: false; error: string };

function standIn(ctx: AptContext, name: string, version?: string): Candidate {
  noteOnce(
    ctx,
    `Layercake's catalog does not know the package "${name}": it is installed as a plausible stand-in (made-up files and sizes).`,
  );
  const pkg = ctx.catalog.plausiblePackage('deb', name, version);
  // Most likely from a repository the catalog does not know, when the sources add one.
  const unknown = thirdPartySources(ctx).find((s) => !s.repository);
  const where =
    unknown && (unknown.component ? `${unknown.suite}/${unknown.component}` : unknown.suite);
  return {
    ok: true,
    pkg: unknown ? { ...pkg, origin: { url: unknown.url, where: where ?? '' } } : pkg,
  };
}

/** A known repository that has the package although this image's sources do not list it. */
function missingSource(ctx: AptContext, name: string): Candidate | undefined {
  const elsewhere = ctx.catalog.aptRepositories?.().find((r) => r.names().includes(name));
  if (!elsewhere) return undefined;
  noteOnce(
    ctx,
    `${name} comes from ${elsewhere.url} (${elsewhere.suite} ${elsewhere.component}), which is not in this image's apt sources, or apt-get update has not fetched its index since it was added.`,
  );
  return { ok: false, error: `Unable to locate package ${name}` };
}

export function candidateFor(ctx: AptContext, name: string, version?: string): Candidate {
  const repositories = enabledRepositories(ctx);
  const debian = ctx.catalog.package('deb', name, ctx.distro);
  if (version !== undefined) {
    const pinned =
      repositories.map((r) => r.package(name, version)).find((p) => p !== undefined) ??
      (debian?.version === version ? debian : undefined);
    if (pinned) return { ok: true, pkg: pinned };
    const known = debian ?? repositories.map((r) => r.package(name)).find((p) => p !== undefined);
    if (known) {
      noteOnce(
        ctx,
        `The simulated ${ctx.distro} sources have ${name} ${known.version} only: like Debian's archive, they keep just the current version, so pins to other versions stop working.`,
      );
      return { ok: false, error: `Version '${version}' for '${name}' was not found` };
    }
    return missingSource(ctx, name) ?? standIn(ctx, name, version);
  }
  const all = [debian, ...repositories.map((r) => r.package(name))].filter(
    (p): p is Package => p !== undefined,
  );
  const best = all.reduce<Package | undefined>(
    (top, p) => (!top || compareDebVersions(p.version, top.version) > 0 ? p : top),
    undefined,
  );
  if (best) return { ok: true, pkg: best };
  return missingSource(ctx, name) ?? standIn(ctx, name);
}
