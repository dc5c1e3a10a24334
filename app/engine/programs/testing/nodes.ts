/** Test support: a node image and a small npm registry. */
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog, fakePackage } from './fake-catalog';
import { tree } from './images';

export function nodeFs(files: Record<string, string> = {}): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/local/bin/node': { blob: 120_000_000 },
      '/usr/local/bin/npm': { link: '../lib/node_modules/npm/bin/npm-cli.js' },
      '/usr/local/lib/node_modules/npm/bin/npm-cli.js': '#!/usr/bin/env node\n',
      '/usr/local/lib/node_modules/npm/package.json': '{"name":"npm","version":"11.6.2"}\n',
      '/root/': '',
      '/app/': '',
      ...files,
    }),
  ]);
}

export const NODE_ENV = { NODE_VERSION: '24.11.1' };

export const npmRegistry = fakeCatalog([
  fakePackage('npm', 'express', {
    version: '5.1.0',
    depends: ['body-parser', 'debug'],
    files: ['index.js', 'lib/express.js'],
    downloadSize: 50_000,
  }),
  fakePackage('npm', 'body-parser', {
    version: '2.2.0',
    depends: ['debug'],
    files: ['index.js'],
    downloadSize: 10_000,
  }),
  fakePackage('npm', 'debug', {
    version: '4.4.1',
    depends: ['ms'],
    files: ['src/index.js'],
    downloadSize: 13_000,
  }),
  fakePackage('npm', 'ms', { version: '2.1.3', files: ['index.js'], downloadSize: 3_000 }),
  fakePackage('npm', 'typescript', {
    version: '5.9.3',
    files: [
      {
        path: 'package.json',
        size: 40,
        text: '{"name":"typescript","version":"5.9.3","bin":{"tsc":"./bin/tsc"}}\n',
      },
      { path: 'bin/tsc', size: 50 },
      { path: 'lib/typescript.js', size: 9_000_000 },
    ],
    downloadSize: 4_500_000,
  }),
]);

export const APP_PACKAGE_JSON = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  scripts: { build: 'tsc -p .', start: 'node server.js' },
  dependencies: { express: '^5.1.0' },
  devDependencies: { typescript: '^5.9.0' },
});
