// distroless images carry root, nobody and nonroot (65532) as text: `USER nonroot:nonroot`
// resolves, and copying /etc/passwd out of gcr.io/distroless/static gives the real three lines.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogImage } from '../types';
import { buildCatalog } from '../world';
import { pathIn } from './testing/path-in';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

function image(repo: string, tag: string): CatalogImage {
  const found = catalog.resolve?.(repo, tag);
  if (!found?.ok) throw new Error(`${repo}:${tag} does not resolve`);
  return found.image;
}

const text = (img: CatalogImage, path: string) => {
  const node = pathIn(img, path);
  return node?.kind === 'file' ? node.text : undefined;
};

describe('distroless accounts', () => {
  it('lists nonroot (65532) in /etc/passwd and /etc/group, as the real images do', () => {
    const img = image('gcr.io/distroless/static', 'nonroot');
    expect(text(img, '/etc/passwd')).toBe(
      'root:x:0:0:root:/root:/sbin/nologin\n' +
        'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' +
        'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
    );
    expect(text(img, '/etc/group')).toContain('\nnonroot:x:65532:\n');
    expect(image('gcr.io/distroless/base-debian12', 'latest').config.User).toBe('0');
  });
});
