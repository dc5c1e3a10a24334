/**
 * Third-party apt sources (anything a Dockerfile adds beside the distribution's own archive,
 * such as nginx.org's): which entries they are, what the catalog knows of them, and which
 * are usable now (their Packages index fetched by `apt-get update`).
 */
import type { AptRepository } from '../../catalog/types';
import { exists } from '../common/fs-helpers';
import { listFileName } from './archive';
import type { AptContext } from './context';
import { ownReleases } from './own-releases';
import { readSources, type SourceEntry } from './sources';

export interface ThirdPartySource {
  url: string;
  suite: string;
  /** One component of the entry ('' for a flat repository). */
  component: string;
  /** The catalog's copy of it, or undefined for a repository Layercake does not know. */
  repository: AptRepository | undefined;
}

const LISTS = '/var/lib/apt/lists';

function bare(url: string): string {
  return url.replace(/^[a-z+]+:\/\//i, '');
}

/** Source entries other than the distribution's own releases, one per component. */
export function thirdPartySources(ctx: AptContext): ThirdPartySource[] {
  const own = new Set(ownReleases(ctx).map((r) => `${bare(r.url)} ${r.suite}`));
  const seen = new Set<string>();
  const out: ThirdPartySource[] = [];
  const add = (entry: SourceEntry, component: string) => {
    const key = `${bare(entry.url)} ${entry.suite} ${component}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      url: entry.url,
      suite: entry.suite,
      component,
      repository: ctx.catalog.aptRepository?.(entry.url, entry.suite, component),
    });
  };
  for (const entry of readSources(ctx.io.fs)) {
    if (own.has(`${bare(entry.url)} ${entry.suite}`)) continue;
    if (entry.components.length === 0) add(entry, '');
    for (const component of entry.components) add(entry, component);
  }
  return out;
}

/** The InRelease file apt keeps for a source ("nginx.org_packages_..._dists_trixie_InRelease"). */
export function sourceInReleaseFile(source: { url: string; suite: string }): string {
  return source.suite.endsWith('/')
    ? listFileName(source.url, `${source.suite.replace(/\/+$/, '')}/InRelease`)
    : listFileName(source.url, `dists/${source.suite}/InRelease`);
}

/** The Packages index apt keeps for one component of a source. */
export function sourcePackagesFile(source: ThirdPartySource, compressed: boolean): string {
  const name = source.component
    ? listFileName(source.url, `dists/${source.suite}/${source.component}/binary-amd64/Packages`)
    : listFileName(source.url, `${source.suite.replace(/\/+$/, '')}/Packages`);
  return compressed ? `${name}.lz4` : name;
}

/** Known third-party repositories in the sources whose index `apt-get update` has fetched. */
export function enabledRepositories(ctx: AptContext): AptRepository[] {
  return thirdPartySources(ctx)
    .filter(
      (s) =>
        s.repository !== undefined &&
        (exists(ctx.io.fs, `${LISTS}/${sourcePackagesFile(s, true)}`) ||
          exists(ctx.io.fs, `${LISTS}/${sourcePackagesFile(s, false)}`)),
    )
    .map((s) => s.repository as AptRepository);
}
