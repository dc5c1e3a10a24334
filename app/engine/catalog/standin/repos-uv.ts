/**
 * ghcr.io/astral-sh/uv: Astral's images of uv. The plain tags (`0.5.4`, `latest`) are
 * distroless: FROM scratch with only the static /uv and /uvx binaries, which is what
 * `COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/` takes. The derived tags
 * (`python3.12-bookworm-slim`, `bookworm-slim`, `python3.13-alpine`, `alpine`) are the
 * matching python, debian or alpine image with uv in /usr/local/bin.
 *
 * Tags put no release word last for `-slim` (`python3.12-bookworm-slim`), so the grammar sees
 * those as whole variants; a tag naming no base at all gets the pseudo-release `scratch`.
 */
import { step, type ImageSpec } from '../images/define';
import { layerBlob, lazy } from '../images/layer';
import type { World } from '../images/world';
import { TreeBuilder } from '../util/tree-builder';
import { approximateNote } from './assemble';
import { lines, parseTag, type ParsedTag } from './grammar';
import type { RepoDef } from './repo';
import { alpine, debian } from './repos-distros';
import { python } from './repos-python-node';

const REPOSITORY = 'ghcr.io/astral-sh/uv';
const PYTHONS = ['3.9', '3.10', '3.11', '3.12', '3.13'];
const DEBIANS = ['bookworm', 'trixie'];

/** Variant words as the grammar splits them (see the header). */
const VARIANTS = [
  '',
  ...DEBIANS.map((d) => `${d}-slim`),
  ...PYTHONS.flatMap((p) => [`python${p}`, ...DEBIANS.map((d) => `python${p}-${d}-slim`)]),
];

/** The uv binary's size by minor line (uvx is a small launcher that runs `uv tool run`). */
const UV_SIZE: Record<string, number> = {
  '0.9': 41_900_000,
  '0.8': 40_300_000,
  '0.5': 35_600_000,
  '0.4': 33_800_000,
};
const UVX_SIZE = 330_000;

/** When each line's newest release was published (the image's `created`). */
const CREATED: Record<string, string> = {
  '0.9': '2025-10-21T00:00:00Z',
  '0.8': '2025-09-03T00:00:00Z',
  '0.5': '2025-02-13T00:00:00Z',
  '0.4': '2024-11-05T00:00:00Z',
};

function binaries(version: string, dir: string) {
  const size = UV_SIZE[version.split('.').slice(0, 2).join('.')] ?? 40_000_000;
  return lazy(() => {
    const builder = new TreeBuilder();
    builder.blob(`${dir}/uv`, `uv:${version}:uv`, size, 0o755);
    builder.blob(`${dir}/uvx`, `uv:${version}:uvx`, UVX_SIZE, 0o755);
    return layerBlob(builder.build());
  });
}

/**
 * The python/debian/alpine tag a derived uv tag is built FROM; `scratch` for the distroless
 * image; undefined for a combination Astral does not publish (`python3.12-slim-alpine`).
 */
export function uvBaseOf(tag: ParsedTag): { repo: RepoDef; tag: string } | 'scratch' | undefined {
  const release = tag.release === 'scratch' ? '' : tag.release;
  const alpineRelease = release.startsWith('alpine');
  const slim = /^(?:python(3\.\d+)-)?(bookworm|trixie)-slim$/.exec(tag.variant);
  if (slim) {
    if (release) return undefined;
    const [, py, distro] = slim;
    return py
      ? { repo: python, tag: `${py}-slim-${distro}` }
      : { repo: debian, tag: `${distro}-slim` };
  }
  const py = /^python(3\.\d+)$/.exec(tag.variant)?.[1];
  if (py) {
    if (!release) return undefined;
    return { repo: python, tag: alpineRelease ? `${py}-alpine` : `${py}-${release}` };
  }
  if (tag.variant !== '') return undefined;
  if (!release) return 'scratch';
  return alpineRelease
    ? { repo: alpine, tag: release.slice('alpine'.length) }
    : { repo: debian, tag: release };
}

function build(world: World, tag: ParsedTag, reference: string): ImageSpec | undefined {
  const version = tag.version;
  const created = CREATED[tag.line.key] ?? '2025-01-01T00:00:00Z';
  const own = reference.slice(reference.lastIndexOf(':') + 1);
  const from = uvBaseOf(tag);
  if (!from) return undefined;
  if (from === 'scratch') {
    return {
      repository: REPOSITORY,
      tags: [own],
      created,
      userland: 'gnu',
      distro: 'scratch',
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Entrypoint: ['/uv'],
        WorkingDir: '/io',
        User: '',
      },
      rows: [
        step('COPY /uv /uvx / # buildkit', binaries(version, ''), created),
        step('WORKDIR /io', undefined, created),
        step('ENTRYPOINT ["/uv"]', undefined, created),
      ],
      description: uv.description,
      approximate: approximateNote(`uv ${version}'s two binaries at their real paths`),
    };
  }
  const parsed = parseTag(from.repo.grammar, from.tag);
  if (!parsed) return undefined;
  // The canonical reference, as the resolver names it: stand-ins are seeded (and memoised) by it.
  const canonical = [parsed.version, parsed.variant, parsed.release].filter(Boolean).join('-');
  const baseRef = `${from.repo.repository}:${from.tag}`;
  const base = from.repo.build(world, parsed, `${from.repo.repository}:${canonical}`);
  if (!base) return undefined;
  return {
    ...base,
    repository: REPOSITORY,
    tags: [own],
    created,
    rows: [
      ...base.rows.map((r) => ({ created: base.created, ...r })),
      step(
        'COPY /uv /uvx /usr/local/bin/ # buildkit',
        binaries(version, '/usr/local/bin'),
        created,
      ),
    ],
    description: uv.description,
    approximate: approximateNote(
      `${baseRef} (itself a stand-in) with uv ${version} in /usr/local/bin; the base is as Layercake models it today, not as it was when this tag was built`,
    ),
  };
}

export const uv: RepoDef = {
  repository: REPOSITORY,
  description: 'An extremely fast Python package and project manager, written in Rust.',
  grammar: {
    lines: lines(`
      0.9 0.9.5 scratch,bookworm,trixie alpine3.22
      0.8 0.8.15 scratch,bookworm,trixie alpine3.22
      0.5 0.5.31 scratch,bookworm alpine3.21
      0.4 0.4.30 scratch,bookworm alpine3.20`),
    aliases: { latest: '0.9' },
    variants: VARIANTS,
    versionless: true,
  },
  build,
};
