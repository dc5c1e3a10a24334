/**
 * oven/bun: Oven's images of Bun (Docker Hub, not an official library image), as
 * oven-sh/bun's dockerhub/ Dockerfiles build them. The default tags (`1`, `1.3`, `latest`,
 * `debian`) are the `debian` image on debian:bookworm; `-slim` is on bookworm-slim with a
 * `node` fallback link to bun; `-alpine` has libgcc and libstdc++ for Bun's musl build. Each
 * takes /usr/local/bin/bun from its build stage, links bunx to it, adds the user `bun` (1000)
 * without switching to it, and works in /home/bun/app; docker-entrypoint.sh prepends bun to a
 * command that is not one (`docker run oven/bun index.ts`).
 *
 * The binary is a stand-in file of the release's size whose blob names the image, so the bun
 * program (programs/bun) knows its version wherever it is copied (`COPY --from=oven/bun:1`).
 */
import { assemble, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines } from './grammar';
import { textFile } from './layers';
import { userFiles } from './accounts';
import type { RepoDef } from './repo';
import { PATH_DEFAULT } from '../images/define';

const ENTRYPOINT_SH = `#!/bin/sh
set -e

if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- /usr/local/bin/bun "$@"
fi

exec "$@"
`;

/** The size of each line's linux-x64-baseline binary (approximate). */
const BUN_SIZE: Record<string, number> = {
  '1.3': 96_400_000,
  '1.2': 94_100_000,
  '1.1': 89_300_000,
};

const CREATED: Record<string, string> = {
  '1.3': '2025-12-17T02:30:00Z',
  '1.2': '2025-09-27T00:40:00Z',
  '1.1': '2025-01-17T05:30:00Z',
};

const ARGS = 'BUN_RUNTIME_TRANSPILER_CACHE_PATH=0 BUN_INSTALL_BIN=/usr/local/bin';
/** A RUN with the stage's two ARGs in scope, as BuildKit records it. */
const runWithArgs = (cmd: string) => run(cmd).replace(/^RUN /, `RUN |2 ${ARGS} `);

const ARG_ENV_ROWS = [
  'ARG BUN_RUNTIME_TRANSPILER_CACHE_PATH=0',
  'ENV BUN_RUNTIME_TRANSPILER_CACHE_PATH=0',
  'ARG BUN_INSTALL_BIN=/usr/local/bin',
  'ENV BUN_INSTALL_BIN=/usr/local/bin',
];

const FALLBACK = '/usr/local/bun-node-fallback-bin';

export const bun: RepoDef = {
  repository: 'oven/bun',
  description:
    'Bun is a fast JavaScript all-in-one toolkit: runtime, package manager, bundler and test runner.',
  grammar: {
    lines: lines(`
      1.3 1.3.5 bookworm alpine3.21
      1.2 1.2.23 bookworm alpine3.20
      1.1 1.1.45 bookworm alpine3.20`),
    // canary: the newest release stands in for the nightly build.
    aliases: { latest: '1.3', canary: '1.3' },
    variants: ['', 'debian', 'slim'],
    noAlpine: ['debian', 'slim'],
    versionless: true,
  },
  build(world, tag) {
    const alpine = tag.release.startsWith('alpine');
    const slim = tag.variant === 'slim';
    const base = baseImage(world, tag.release, alpine || slim ? 'slim' : 'full');
    if (!base) return undefined;
    const v = tag.version;
    const flavour = alpine ? 'alpine' : slim ? 'slim' : 'debian';
    const reference = `oven/bun:${v}-${flavour}`;
    const binary: Row = {
      by: alpine
        ? 'COPY /usr/local/bin/bun /usr/local/bin/ # buildkit'
        : 'COPY /usr/local/bin/bun /usr/local/bin/bun # buildkit',
      files: [
        {
          path: '/usr/local/bin/bun',
          size: BUN_SIZE[tag.line.key] ?? 95_000_000,
          mode: 0o755,
        },
      ],
    };
    const entrypoint: Row = {
      by: `COPY docker-entrypoint.sh /usr/local/bin${alpine ? '/' : ''} # buildkit`,
      files: [textFile('/usr/local/bin/docker-entrypoint.sh', ENTRYPOINT_SH, 0o755)],
    };
    const account = userFiles(base, {
      name: 'bun',
      uid: 1000,
      gid: 1000,
      home: '/home/bun',
      shell: '/bin/sh',
      createHome: true,
    });
    const bunx = { path: '/usr/local/bin/bunx', size: 18, link: '/usr/local/bin/bun' };
    const user: Row = alpine
      ? {
          by: runWithArgs(
            'addgroup -g 1000 bun     && adduser -u 1000 -G bun -s /bin/sh -D bun     && ln -s /usr/local/bin/bun /usr/local/bin/bunx     && apk add libgcc libstdc++     && which bun     && which bunx     && bun --version',
          ),
          apk: ['libgcc', 'libstdc++'],
          files: [...account, bunx],
        }
      : {
          by: runWithArgs(
            'groupadd bun       --gid 1000     && useradd bun       --uid 1000       --gid bun       --shell /bin/sh       --create-home     && ln -s /usr/local/bin/bun /usr/local/bin/bunx     && which bun     && which bunx     && bun --version',
          ),
          files: [...account, bunx],
        };
    // WORKDIR makes /home/bun/app (root's) in a layer of its own, under bun's home.
    const home = account.find((f) => f.path === '/home/bun/');
    const workdir: Row = {
      by: 'WORKDIR /home/bun/app',
      files: [...(home ? [home] : []), { path: '/home/bun/app/', size: 0, mode: 0o755 }],
    };
    const fallback: Row[] = slim
      ? [
          {
            by: runWithArgs(`mkdir -p ${FALLBACK} && ln -s /usr/local/bin/bun ${FALLBACK}/node`),
            files: [
              { path: `${FALLBACK}/`, size: 0 },
              { path: `${FALLBACK}/node`, size: 18, link: '/usr/local/bin/bun' },
            ],
          },
          `ENV PATH=${PATH_DEFAULT.slice('PATH='.length)}:${FALLBACK}`,
        ]
      : [];
    const rows: Row[] = alpine
      ? [...ARG_ENV_ROWS, binary, entrypoint, user]
      : slim
        ? [...ARG_ENV_ROWS, entrypoint, binary, ...fallback, user]
        : [entrypoint, binary, ...ARG_ENV_ROWS, user];
    rows.push(
      workdir,
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'CMD ["/usr/local/bin/bun"]',
    );
    const path = slim ? `${PATH_DEFAULT}:${FALLBACK}` : PATH_DEFAULT;
    return assemble(world, {
      repository: 'oven/bun',
      reference,
      created: CREATED[tag.line.key] ?? '2025-12-17T02:30:00Z',
      base,
      config: {
        Env: [path, 'BUN_RUNTIME_TRANSPILER_CACHE_PATH=0', 'BUN_INSTALL_BIN=/usr/local/bin'],
        Entrypoint: ['/usr/local/bin/docker-entrypoint.sh'],
        Cmd: ['/usr/local/bin/bun'],
        WorkingDir: '/home/bun/app',
        User: '',
      },
      rows,
      what: `Bun ${v} (a stand-in /usr/local/bin/bun; bun install resolves from Layercake's npm catalog, and bun runs scripts and servers without executing their code) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};
