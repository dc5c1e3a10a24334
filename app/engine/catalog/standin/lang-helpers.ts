/** Shared helpers of the language stand-ins. */
import { run } from './assemble';
import { baseImage } from './bases';
import { type ParsedTag } from './grammar';
import type { World } from '../images/world';

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
