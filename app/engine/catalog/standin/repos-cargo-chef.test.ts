import { describe, expect, it } from 'vitest';
import type { CatalogImage } from '../types';
import { buildCatalog } from '../world';
import { pathIn } from './testing/path-in';

const catalog = buildCatalog();

function resolve(repository: string, tag: string): CatalogImage | undefined {
  const found = catalog.resolve?.(repository, tag);
  return found?.ok ? found.image : undefined;
}

const chef = (tag: string) => resolve('lukemathwalker/cargo-chef', tag);
const envOf = (image: CatalogImage, name: string) =>
  image.config.Env?.find((e) => e.startsWith(`${name}=`));

describe('lukemathwalker/cargo-chef', () => {
  it("is the rust tag's image plus one layer with cargo-chef in $CARGO_HOME/bin", () => {
    const image = chef('latest-rust-1');
    const base = resolve('rust', '1');
    if (!image || !base) throw new Error('unresolved');
    expect(image.layers.slice(0, -1).map((l) => l.diffId)).toEqual(
      base.layers.map((l) => l.diffId),
    );
    expect(pathIn(image, '/usr/local/cargo/bin/cargo-chef')).toMatchObject({
      kind: 'file',
      mode: 0o755,
    });
    expect(envOf(image, 'RUST_VERSION')).toBe(envOf(base, 'RUST_VERSION'));
    expect(envOf(image, 'CARGO_NET_GIT_FETCH_WITH_CLI')).toBe('CARGO_NET_GIT_FETCH_WITH_CLI=true');
    expect(image.history.at(-1)?.created_by).toMatch(
      /^RUN \|1 CHEF_TAG=0\.1\.73 \/bin\/sh -c .*cargo install cargo-chef --locked --version \$CHEF_TAG/,
    );
  });

  it("takes the rust tag's default release, slim and Alpine variants, and a chef version", () => {
    const read = (image: CatalogImage | undefined, path: string) => {
      const node = image && pathIn(image, path);
      return node?.kind === 'file' ? node.text : undefined;
    };
    expect(read(chef('latest-rust-1.83'), '/etc/debian_version')).toBe(
      read(resolve('rust', '1.83'), '/etc/debian_version'),
    );
    expect(read(chef('latest-rust-1-slim-bookworm'), '/etc/debian_version')).toMatch(/^12\./);
    expect(
      pathIn(chef('latest-rust-1-alpine') as CatalogImage, '/etc/alpine-release'),
    ).toBeDefined();
    expect(chef('0.1.60-rust-1.85')?.history.at(-1)?.created_by).toContain('CHEF_TAG=0.1.60 ');
    expect(chef('latest-rust-2')).toBeUndefined();
    expect(chef('latest')).toBeUndefined();
  });
});
