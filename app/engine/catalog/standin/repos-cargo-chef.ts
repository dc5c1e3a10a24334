/**
 * lukemathwalker/cargo-chef: the images cargo-chef's README builds its planner and builder
 * stages FROM (`lukemathwalker/cargo-chef:latest-rust-1`). Tags are
 * `<chef version|latest>-rust-<any rust tag>` (`latest-rust-1.85-slim-bookworm`,
 * `0.1.73-rust-1-alpine`), each the official rust image of that tag with cargo-chef installed,
 * as the project's docker/Dockerfile does: ENV CARGO_NET_GIT_FETCH_WITH_CLI=true, then one RUN
 * that `cargo install`s cargo-chef (adding musl-dev first on Alpine) and drops the registry.
 *
 * Only `rust-1`, `rust-1-slim` and `rust-<line>` are modelled. The grammar's release for a
 * tag that names none is trixie (or the line's first Alpine), but the image is the rust
 * tag's own: `latest-rust-1.83` is rust:1.83, a bookworm image.
 */
import { step, type ImageSpec } from '../images/define';
import { layerBlob, lazy } from '../images/layer';
import type { World } from '../images/world';
import { TreeBuilder } from '../util/tree-builder';
import { approximateNote } from './assemble';
import { lines, parseTag, type ParsedTag } from './grammar';
import type { RepoDef } from './repo';
import { rust } from './repos-go-rust';

const REPOSITORY = 'lukemathwalker/cargo-chef';
const CHEF = '0.1.73';
const CREATED = '2025-12-10T00:00:00Z';

/**
 * The rust tags modelled after `rust-`: `1` (also slim) and each line (`1.85`); point releases
 * and the lines' slim tags are left out to keep the tag sweep (fingerprints.test.ts) small.
 */
const RUST_VARIANTS = ['rust-1', 'rust-1-slim', ...rust.grammar.lines.map((l) => `rust-${l.key}`)];

/** The releases recent rust lines are published on (the grammar's; the image is rust's own). */
const RELEASES = ['trixie', 'bookworm', 'bullseye'];
const ALPINES = ['alpine3.22', 'alpine3.21', 'alpine3.20'];

/** The rust tag a parsed cargo-chef tag stands for, falling back to rust's own default release. */
function rustTag(tag: ParsedTag): ParsedTag | undefined {
  const [, version = '', slim = ''] = /^rust-([\d.]+)(-slim)?$/.exec(tag.variant) ?? [];
  const named = parseTag(rust.grammar, `${version}${slim}-${tag.release}`);
  if (named) return named;
  const alpine = tag.release.startsWith('alpine');
  return parseTag(rust.grammar, `${version}${slim}${alpine ? '-alpine' : ''}`);
}

function chefLayer(version: string) {
  return lazy(() => {
    // The rust image made $CARGO_HOME world-writable (chmod -R a+w); the layer keeps that.
    const builder = new TreeBuilder()
      .dir('/usr/local/cargo', 0o777)
      .dir('/usr/local/cargo/bin', 0o777);
    builder.blob('/usr/local/cargo/bin/cargo-chef', `cargo-chef:${version}`, 9_800_000, 0o755);
    builder.text(
      '/usr/local/cargo/.crates.toml',
      `[v1]\n"cargo-chef ${version} (registry+https://github.com/rust-lang/crates.io-index)" = ["cargo-chef"]\n`,
    );
    builder.blob('/usr/local/cargo/.crates2.json', `cargo-chef:${version}:crates2`, 1_180);
    return layerBlob(builder.build());
  });
}

function build(world: World, tag: ParsedTag, reference: string): ImageSpec | undefined {
  const from = rustTag(tag);
  if (!from) return undefined;
  const canonical = [from.version, from.variant, from.release].filter(Boolean).join('-');
  const base = rust.build(world, from, `rust:${canonical}`);
  if (!base) return undefined;
  const own = reference.slice(reference.lastIndexOf(':') + 1);
  return {
    ...base,
    repository: REPOSITORY,
    tags: [own],
    created: CREATED,
    config: {
      ...base.config,
      Env: [...(base.config.Env ?? []), 'CARGO_NET_GIT_FETCH_WITH_CLI=true'],
    },
    rows: [
      ...base.rows.map((r) => ({ created: base.created, ...r })),
      step('ENV CARGO_NET_GIT_FETCH_WITH_CLI=true', undefined, CREATED),
      step(
        `RUN |1 CHEF_TAG=${tag.version} /bin/sh -c ((cat /etc/os-release | grep ID | grep alpine) && apk add --no-cache musl-dev || true)     && cargo install cargo-chef --locked --version $CHEF_TAG     && rm -rf $CARGO_HOME/registry/ # buildkit`,
        chefLayer(tag.version),
        CREATED,
      ),
    ],
    description: cargoChef.description,
    approximate: approximateNote(
      `rust:${canonical} (itself a stand-in) with cargo-chef ${tag.version} in /usr/local/cargo/bin`,
    ),
  };
}

export const cargoChef: RepoDef = {
  repository: REPOSITORY,
  description: 'Cache the dependencies of your Rust project and speed up your Docker builds.',
  grammar: {
    lines: lines(`0.1 ${CHEF} ${RELEASES.join(',')} ${ALPINES.join(',')}`),
    aliases: { latest: '0.1' },
    variants: RUST_VARIANTS,
  },
  build,
};
