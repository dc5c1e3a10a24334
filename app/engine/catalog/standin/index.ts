/**
 * Stand-ins for well-known references the catalog has no image for. `createResolver` gives
 * the catalog's `resolve`: an exact catalog tag first, then a tag that names a catalog image
 * under another spelling (`node:24.12-trixie-slim`), then a stand-in built on first use and
 * memoised by what it holds, so every spelling of one image is one object with one digest.
 */
import { materialize, type ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { CatalogImage, StandInLookup } from '../types';
import { parseTag, tagKey } from './grammar';
import type { RepoDef } from './repo';
import { REPOS } from './repos';

const byName = new Map<string, RepoDef>(REPOS.map((r) => [r.repository, r]));

/** The well-known repositories and their descriptions, as `docker search` lists them. */
export const WELL_KNOWN: readonly { repository: string; description: string }[] = REPOS.map(
  (r) => ({ repository: r.repository, description: r.description }),
);

export function createResolver(
  world: World,
  images: readonly CatalogImage[],
  exact: (repository: string, tag: string) => CatalogImage | undefined,
): (repository: string, tag: string) => StandInLookup {
  const catalogByKey = new Map<string, CatalogImage>();
  for (const image of images) {
    const def = byName.get(image.repository);
    if (!def) continue;
    for (const tag of image.tags) {
      const parsed = parseTag(def.grammar, tag);
      const key = parsed && `${image.repository}|${tagKey(parsed)}`;
      if (key && !catalogByKey.has(key)) catalogByKey.set(key, image);
    }
  }
  const made = new Map<string, CatalogImage>();
  return (repository, tag) => {
    const name = typeof repository === 'string' ? repository : '';
    const wanted = typeof tag === 'string' && tag.trim() ? tag.trim() : 'latest';
    const known = exact(name, wanted);
    if (known) return { ok: true, image: known };
    const def = byName.get(name);
    if (!def) {
      const anyCatalog = images.some((i) => i.repository === name);
      return { ok: false, reason: anyCatalog ? 'unknown-tag' : 'unknown-repository' };
    }
    const parsed = parseTag(def.grammar, wanted);
    if (!parsed) return { ok: false, reason: 'unknown-tag' };
    const key = `${name}|${tagKey(parsed)}`;
    const same = catalogByKey.get(key) ?? made.get(key);
    if (same) return { ok: true, image: same };
    const canonical = [parsed.version, parsed.variant, parsed.release].filter(Boolean).join('-');
    let spec: ImageSpec | undefined;
    try {
      spec = def.build(world, parsed, `${name}:${canonical}`);
    } catch {
      spec = undefined;
    }
    if (!spec) return { ok: false, reason: 'unknown-tag' };
    const image = materialize(spec);
    made.set(key, image);
    return { ok: true, image };
  };
}
