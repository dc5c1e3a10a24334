/** Each node line ships the npm its last release bundled (node:17 npm 8.11.0, node:19 9.6.3). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';
import { getAt } from '../../fs/tree';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function npmVersion(tag: string): string | undefined {
  const found = catalog.resolve?.('node', tag);
  if (!found?.ok) return undefined;
  const path = 'usr/local/lib/node_modules/npm/package.json'.split('/');
  for (const layer of [...found.image.layers].reverse()) {
    const node = getAt(layer.tree, path);
    if (node && 'text' in node && typeof node.text === 'string')
      return /"version"\s*:\s*"([^"]+)"/.exec(node.text)?.[1];
  }
  return undefined;
}

describe('npm in the node stand-ins', () => {
  it('node 17, 19 and 24 have their own npm, not the 10.8 default', () => {
    expect(npmVersion('17')).toBe('8.11.0');
    expect(npmVersion('19-alpine')).toBe('9.6.3');
    expect(npmVersion('16')).toBe('8.19.4');
    expect(npmVersion('18')).toBe('10.8.2');
    // Node 24 bundles npm 11 (its bookworm and bullseye stand-ins too, like the catalog's 24).
    expect(npmVersion('24.7.0-bullseye-slim')).toBe('11.6.2');
  });
});
