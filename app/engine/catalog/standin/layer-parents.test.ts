// A real layer holds the parents of what it adds as they are below it (a tar of the RUN's
// changes carries /root at 0700, /var/lib/postgresql at 1777 postgres:postgres). A stand-in
// layer that made such a parent afresh (0755 root) would reset it for the whole image, as the
// topmost copy of a directory is the one the union shows.
import { expect, it } from 'vitest';
import type { DirNode } from '../../fs/node';
import { lookupLiteral } from '../../fs/union';
import { buildCatalog } from '../world';
import { REPOS } from './repos';

/** Each repository's newest line on up to three of its releases and one Alpine, every variant. */
function sampleTags(): [string, string][] {
  const out: [string, string][] = [];
  for (const repo of REPOS) {
    const g = repo.grammar;
    const line = g.lines[0];
    if (!line) continue;
    for (const release of ['', ...line.releases.slice(0, 3), ...line.alpine.slice(0, 1)])
      for (const variant of g.variants) {
        const words = g.releaseFirst ? [line.key, release, variant] : [line.key, variant, release];
        out.push([repo.repository, words.filter(Boolean).join('-')]);
      }
  }
  return out;
}

/** "path 700 0:0 -> 755 0:0" for each directory of `top` whose copy below differs. */
function resets(below: readonly DirNode[], top: DirNode, path = ''): string[] {
  const out: string[] = [];
  for (const [name, child] of Object.entries(top.children)) {
    if (child.kind !== 'dir') continue;
    const at = `${path}/${name}`;
    const low = lookupLiteral(below, at)?.node;
    if (
      low?.kind === 'dir' &&
      (low.mode !== child.mode || low.uid !== child.uid || low.gid !== child.gid)
    )
      out.push(
        `${at} ${low.mode.toString(8)} ${low.uid}:${low.gid} -> ${child.mode.toString(8)} ${child.uid}:${child.gid}`,
      );
    out.push(...resets(below, child, at));
  }
  return out;
}

it('keeps the mode and owner of every directory a stand-in layer writes under', () => {
  const catalog = buildCatalog();
  const problems = new Set<string>();
  let checked = 0;
  for (const [repository, tag] of sampleTags()) {
    const found = catalog.resolve?.(repository, tag);
    if (!found?.ok || !found.image.approximate) continue;
    const trees = found.image.layers.map((l) => l.tree);
    trees.forEach((tree, i) => {
      for (const reset of resets(trees.slice(0, i), tree)) problems.add(`${repository}: ${reset}`);
    });
    checked++;
  }
  expect(checked).toBeGreaterThan(100);
  expect([...problems]).toEqual([]);
}, 120_000);
