import { expect, it } from 'vitest';
import { buildCatalog } from '../world';
import { REPOS } from './repos';

/** Every line × release × variant a grammar allows, spelled as the official tags spell them. */
function allTags(): [string, string][] {
  const out: [string, string][] = [];
  for (const repo of REPOS) {
    const g = repo.grammar;
    for (const line of g.lines)
      for (const release of [...line.releases, ...line.alpine])
        for (const variant of g.variants) {
          const words = g.releaseFirst
            ? [line.key, release, variant]
            : [line.key, variant, release];
          out.push([repo.repository, words.filter(Boolean).join('-')]);
        }
  }
  return out;
}

it('builds the layers of every image the grammars allow, each stand-in with its note', () => {
  const catalog = buildCatalog();
  const problems: string[] = [];
  let built = 0;
  for (const [repository, tag] of allTags()) {
    const found = catalog.resolve?.(repository, tag);
    if (!found?.ok) continue; // a combination the repository does not publish (slim on alpine)
    try {
      const { image } = found;
      if (image.layers.length === 0 && !image.reserved)
        problems.push(`${repository}:${tag} has no layers`);
      if (!/^sha256:[0-9a-f]{64}$/.test(image.manifestDigest))
        problems.push(`${repository}:${tag} digest`);
      if (image.approximate && !image.approximate.startsWith('it has no copy of this image'))
        problems.push(`${repository}:${tag} note`);
      built++;
    } catch (error) {
      problems.push(`${repository}:${tag} threw ${(error as Error).message}`);
    }
  }
  expect(problems).toEqual([]);
  expect(built).toBeGreaterThan(1000);
}, 120_000);
