/**
 * Node.js as the official node images unpack it into /usr/local (the nodejs.org tarball):
 * the node binary, headers, npm and corepack as global modules with their command links,
 * and the tarball's top-level files. Yarn 1 lives in /opt as those images install it.
 */
import { utf8Length } from '../../fs/node';
import type { PackageFile } from '../types';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';

export interface NodeRelease {
  version: string;
  npmVersion: string;
  corepackVersion: string;
  /** Bytes of the node binary. */
  binary: number;
}

function spread(paths: string[], total: number, mode = 0o644): PackageFile[] {
  const sizes = splitBytes(
    total,
    paths.map((p) => jitter(p, 0.3, 1.7)),
  );
  return paths.map((path, i) => ({ path, size: sizes[i] ?? 0, mode }));
}

const NPM_TREE =
  'lib/npm.js lib/cli.js lib/commands/install.js lib/commands/ci.js lib/commands/run.js lib/commands/init.js lib/commands/publish.js lib/utils/display.js lib/utils/config/definitions.js node_modules/@npmcli/arborist/lib/arborist/reify.js node_modules/@npmcli/arborist/lib/arborist/build-ideal-tree.js node_modules/@npmcli/config/lib/index.js node_modules/pacote/lib/fetcher.js node_modules/semver/index.js node_modules/tar/dist/commonjs/index.js node_modules/minipass-fetch/lib/index.js node_modules/cacache/lib/index.js node_modules/node-gyp/lib/node-gyp.js node_modules/node-gyp/gyp/pylib/gyp/input.py docs/content/commands/npm-install.md';

export function nodeInstallFiles(release: NodeRelease, prefix = '/usr/local'): PackageFile[] {
  const npm = `${prefix}/lib/node_modules/npm`;
  const corepack = `${prefix}/lib/node_modules/corepack`;
  const link = (path: string, target: string): PackageFile => ({
    path,
    size: target.length,
    link: target,
  });
  const json = (name: string, version: string, extra: string) =>
    `{\n  "name": "${name}",\n  "version": "${version}",\n${extra}  "license": "${name === 'npm' ? 'Artistic-2.0' : 'MIT'}"\n}\n`;
  const files: PackageFile[] = [
    { path: `${prefix}/bin/node`, size: release.binary, mode: 0o755 },
    link(`${prefix}/bin/npm`, '../lib/node_modules/npm/bin/npm-cli.js'),
    link(`${prefix}/bin/npx`, '../lib/node_modules/npm/bin/npx-cli.js'),
    link(`${prefix}/bin/corepack`, '../lib/node_modules/corepack/dist/corepack.js'),
    { path: `${prefix}/CHANGELOG.md`, size: 348_120 },
    { path: `${prefix}/LICENSE`, size: 121_430 },
    { path: `${prefix}/README.md`, size: 39_870 },
    ...spread(
      [
        'node.h',
        'node_api.h',
        'node_version.h',
        'v8.h',
        'v8config.h',
        'uv.h',
        'js_native_api.h',
        'openssl/archs/linux-x86_64/asm/include/openssl/opensslconf.h',
        'openssl/ssl.h',
        'cppgc/heap.h',
      ].map((h) => `${prefix}/include/node/${h}`),
      6_300_000,
    ),
    { path: `${prefix}/share/doc/node/gdbinit`, size: 9_410 },
    { path: `${prefix}/share/doc/node/lldb_commands.py`, size: 2_410 },
    { path: `${prefix}/share/man/man1/node.1`, size: 23_780 },
    { path: `${prefix}/share/systemtap/tapset/node.stp`, size: 4_870 },
    {
      path: `${npm}/package.json`,
      size: 0,
      text: json(
        'npm',
        release.npmVersion,
        '  "bin": {\n    "npm": "bin/npm-cli.js",\n    "npx": "bin/npx-cli.js"\n  },\n',
      ),
    },
    {
      path: `${npm}/bin/npm-cli.js`,
      size: 0,
      mode: 0o755,
      text: "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n",
    },
    { path: `${npm}/bin/npx-cli.js`, size: 4_156, mode: 0o755 },
    ...spread(
      NPM_TREE.split(' ').map((p) => `${npm}/${p}`),
      10_600_000,
    ),
    {
      path: `${corepack}/package.json`,
      size: 0,
      text: json(
        'corepack',
        release.corepackVersion,
        '  "bin": {\n    "corepack": "./dist/corepack.js",\n    "pnpm": "./dist/pnpm.js",\n    "yarn": "./dist/yarn.js"\n  },\n',
      ),
    },
    {
      path: `${corepack}/dist/corepack.js`,
      size: 0,
      mode: 0o755,
      text: "#!/usr/bin/env node\nprocess.env.COREPACK_ENABLE_DOWNLOAD_PROMPT ??= '1'\nrequire('./lib/corepack.cjs').runMain(process.argv.slice(2));\n",
    },
    { path: `${corepack}/dist/lib/corepack.cjs`, size: 1_180_400 },
    { path: `${corepack}/dist/yarn.js`, size: 82, mode: 0o755 },
    { path: `${corepack}/dist/pnpm.js`, size: 82, mode: 0o755 },
  ];
  return files.map((f) => (f.text !== undefined ? { ...f, size: utf8Length(f.text) } : f));
}

export function yarnFiles(version: string): PackageFile[] {
  const dir = `/opt/yarn-v${version}`;
  return [
    { path: `${dir}/bin/yarn`, size: 1_016, mode: 0o755 },
    { path: `${dir}/bin/yarn.js`, size: 1_015, mode: 0o755 },
    { path: `${dir}/bin/yarnpkg`, size: 42, mode: 0o755 },
    { path: `${dir}/lib/cli.js`, size: 5_263_014 },
    { path: `${dir}/lib/v8-compile-cache.js`, size: 9_622 },
    { path: `${dir}/package.json`, size: 847 },
    { path: `${dir}/LICENSE`, size: 1_353 },
    { path: `${dir}/README.md`, size: 3_090 },
    { path: '/usr/local/bin/yarn', size: `${dir}/bin/yarn`.length, link: `${dir}/bin/yarn` },
    {
      path: '/usr/local/bin/yarnpkg',
      size: `${dir}/bin/yarnpkg`.length,
      link: `${dir}/bin/yarnpkg`,
    },
  ];
}

/** The images' docker-entrypoint.sh: run `node` when the command is not a program. */
export const NODE_ENTRYPOINT = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;
