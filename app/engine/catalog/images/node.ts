/**
 * The official node images: slim (debian:trixie-slim), full (buildpack-deps:trixie) and
 * alpine, each with the node user, Node.js in /usr/local, Yarn 1 in /opt, and the
 * docker-entrypoint.sh that runs `node` for arguments that are not commands.
 */
import { ALPINE_GROUP, ALPINE_PASSWD, installApks } from '../rootfs/alpine';
import { accountFiles } from '../rootfs/debian-texts';
import {
  NODE_ENTRYPOINT,
  nodeInstallFiles,
  yarnFiles,
  type NodeRelease,
} from '../ecosystems/node-runtime';
import { TreeBuilder } from '../util/tree-builder';
import { buildpackDeps } from './buildpack-deps';
import { alpineSpec, debianRow } from './distros';
import { PATH_DEFAULT, extend, step, type ImageSpec } from './define';
import { layerBlob, lazy } from './layer';
import {
  NODE_GROUPADD,
  NODE_INSTALL,
  nodeInstallAlpine,
  NODE_INSTALL_FULL,
  YARN_INSTALL,
  YARN_INSTALL_ALPINE,
} from './node-texts';
import { DEBIAN_EPOCH, type World } from './world';

interface NodeLine {
  release: NodeRelease;
  created: string;
  tags: { slim: string[]; full: string[]; alpine: string[] };
}

const YARN = '1.22.22';
const LINES: NodeLine[] = [
  {
    release: {
      version: '24.12.0',
      npmVersion: '11.6.2',
      corepackVersion: '0.34.5',
      binary: 119_480_000,
    },
    created: '2025-12-11T03:13:04Z',
    tags: {
      slim: ['24-slim', '24-trixie-slim', '24.12-slim', '24.12.0-slim', 'lts-slim', 'krypton-slim'],
      full: ['24', '24-trixie', '24.12', '24.12.0', 'lts', 'krypton', 'latest'],
      alpine: ['24-alpine', '24-alpine3.22', '24.12.0-alpine', 'lts-alpine', 'alpine'],
    },
  },
  {
    release: {
      version: '22.21.1',
      npmVersion: '10.9.4',
      corepackVersion: '0.34.1',
      binary: 117_310_000,
    },
    created: '2025-12-11T03:10:52Z',
    tags: {
      slim: ['22-slim', '22-trixie-slim', '22.21-slim', '22.21.1-slim', 'jod-slim'],
      full: ['22', '22-trixie', '22.21', '22.21.1', 'jod'],
      alpine: ['22-alpine', '22-alpine3.22', '22.21.1-alpine', 'jod-alpine'],
    },
  },
];

const config = (line: NodeLine) => ({
  Env: [PATH_DEFAULT, `NODE_VERSION=${line.release.version}`, `YARN_VERSION=${YARN}`],
  Entrypoint: ['docker-entrypoint.sh'],
  Cmd: ['node'],
  WorkingDir: '',
  User: '',
});

/** `useradd node`: new copies of the account files (and their backups) and a home from /etc/skel. */
const nodeUserLayer = lazy(() => {
  const builder = new TreeBuilder();
  const before = accountFiles('trixie', Math.floor(DEBIAN_EPOCH / 86400));
  const added: Record<string, string> = {
    '/etc/passwd': 'node:x:1000:1000::/home/node:/bin/bash\n',
    '/etc/shadow': `node:!:${Math.floor(DEBIAN_EPOCH / 86400)}:0:99999:7:::\n`,
    '/etc/group': 'node:x:1000:\n',
    '/etc/gshadow': 'node:!::\n',
  };
  for (const [path, text] of Object.entries(before)) {
    const secret = path.includes('shadow');
    const owner = secret ? { uid: 0, gid: 42 } : { uid: 0, gid: 0 };
    builder.text(path, text + (added[path] ?? ''), secret ? 0o640 : 0o644, owner);
    builder.text(`${path}-`, text, secret ? 0o640 : 0o644, owner);
  }
  const home = { uid: 1000, gid: 1000 };
  builder.dir('/home/node', 0o755, home);
  builder.blob('/home/node/.bash_logout', 'skel:.bash_logout', 220, 0o644, home);
  builder.blob('/home/node/.bashrc', 'skel:.bashrc', 3_526, 0o644, home);
  builder.blob('/home/node/.profile', 'skel:.profile', 807, 0o644, home);
  builder.blob('/var/log/lastlog', 'log:lastlog:node', 292_292);
  builder.blob('/var/log/faillog', 'log:faillog:node', 32_064);
  return layerBlob(builder.build());
});

const entrypointLayer = lazy(() =>
  layerBlob(
    new TreeBuilder().text('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755).build(),
  ),
);

function nodeLayer(line: NodeLine, musl = false) {
  return lazy(() => {
    const builder = new TreeBuilder();
    builder.packageFiles(
      nodeInstallFiles(line.release),
      `node:${line.release.version}${musl ? ':musl' : ''}`,
    );
    if (!musl) builder.link('/usr/local/bin/nodejs', '/usr/local/bin/node');
    builder.dir('/tmp', 0o1777);
    return layerBlob(builder.build());
  });
}

const yarnLayer = lazy(() => {
  const builder = new TreeBuilder();
  builder.packageFiles(yarnFiles(YARN), `yarn:${YARN}`);
  builder.dir('/tmp', 0o1777);
  return layerBlob(builder.build());
});

function tailRows(
  line: NodeLine,
  install: string,
  node: () => ReturnType<typeof yarnLayer>,
  yarn: string,
  yarnBlob: () => ReturnType<typeof yarnLayer>,
) {
  const c = line.created;
  return [
    step(`ENV NODE_VERSION=${line.release.version}`, undefined, c),
    step(install, node, c),
    step(`ENV YARN_VERSION=${YARN}`, undefined, c),
    step(yarn, yarnBlob, c),
    step('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', entrypointLayer, c),
    step('ENTRYPOINT ["docker-entrypoint.sh"]', undefined, c),
    step('CMD ["node"]', undefined, c),
  ];
}

export function nodeImages(world: World): ImageSpec[] {
  const chain = buildpackDeps(world);
  return LINES.flatMap((line): ImageSpec[] => {
    const c = line.created;
    const common = {
      repository: 'node',
      created: c,
      config: config(line),
      description:
        'Node.js is a JavaScript-based platform for server-side and networking applications.',
    };
    const alpineNode = lazy(() => {
      const base = world.alpine322();
      const builder = new TreeBuilder();
      installApks(builder, world.apk, base.installed, ['libstdc++'], base.db);
      builder.packageFiles(nodeInstallFiles(line.release), `node:${line.release.version}:musl`);
      builder.text(
        '/etc/passwd',
        `${ALPINE_PASSWD}node:x:1000:1000:Linux User,,,:/home/node:/bin/sh\n`,
      );
      builder.text('/etc/group', `${ALPINE_GROUP}node:x:1000:node\n`);
      builder.dir('/home/node', 0o755, { uid: 1000, gid: 1000 });
      builder.text(
        '/etc/apk/world',
        'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nlibc-utils\nlibstdc++\n',
      );
      return layerBlob(builder.build());
    });
    return [
      {
        ...common,
        tags: line.tags.slim,
        userland: 'gnu',
        distro: 'trixie',
        rows: [
          debianRow(world, 'trixie', true),
          step(NODE_GROUPADD, nodeUserLayer, c),
          ...tailRows(line, NODE_INSTALL, nodeLayer(line), YARN_INSTALL, yarnLayer),
        ],
      },
      extend(chain.spec, {
        ...common,
        tags: line.tags.full,
        userland: 'gnu',
        distro: 'trixie',
        rows: [
          step(NODE_GROUPADD, nodeUserLayer, c),
          ...tailRows(line, NODE_INSTALL_FULL, nodeLayer(line), YARN_INSTALL, yarnLayer),
        ],
      }),
      extend(alpineSpec(world, '3.22'), {
        ...common,
        tags: line.tags.alpine,
        userland: 'busybox',
        distro: 'alpine',
        config: { ...config(line), WorkingDir: '/' },
        rows: tailRows(
          line,
          nodeInstallAlpine(line.release.version),
          alpineNode,
          YARN_INSTALL_ALPINE,
          yarnLayer,
        ),
      }),
    ];
  });
}
