/** Shared helpers of the language stand-ins. */
import { run } from './assemble';
import { baseImage } from './bases';
import { type Grammar, type ParsedTag } from './grammar';
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { RepoBuild, RepoDef } from './repo';

export const alpineOf = (tag: ParsedTag) => tag.release.startsWith('alpine');

export function pick(world: World, tag: ParsedTag, full: 'buildpack' | 'scm' | 'curl' | 'full') {
  return baseImage(
    world,
    tag.release,
    alpineOf(tag) || tag.variant.includes('slim') ? 'slim' : full,
  );
}

export const apt = (packages: string) =>
  run(
    `set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ${packages
      .split(' ')
      .map((p) => `\t\t${p}`)
      .join(' ')} \t; \trm -rf /var/lib/apt/lists/*`,
  );

/**
 * A language repository as python, node, ruby and rust publish: the plain variant on
 * buildpack-deps, `-slim` on debian:X-slim (not on Alpine), tags that may leave out the version.
 */
export function languageRepo(def: {
  repository: string;
  description: string;
  grammar: Pick<Grammar, 'lines' | 'aliases' | 'releaseFirst'>;
  build(on: RepoBuild): ImageSpec | undefined;
}): RepoDef {
  return {
    repository: def.repository,
    description: def.description,
    grammar: { ...def.grammar, variants: ['', 'slim'], noAlpine: ['slim'], versionless: true },
    build(world, tag, reference) {
      const base = pick(world, tag, 'buildpack');
      if (!base) return undefined;
      return def.build({
        world,
        tag,
        reference,
        base,
        alpine: alpineOf(tag),
        version: tag.version,
      });
    },
  };
}
