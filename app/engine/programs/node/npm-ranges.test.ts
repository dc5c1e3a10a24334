// npm installs the highest version a range allows (the `latest` tag's when it qualifies), from
// the catalog's newest versions and older releases (catalog/data/lang/npm-releases.ts).
//
// The express 4 tree is the one npm resolved for `express@^4` in January 2026 (public
// package-lock.json files): express 4.22.1, body-parser 1.20.4, send 0.19.2, serve-static
// 1.16.3, path-to-regexp 0.1.12, debug 2.6.9 with ms 2.0.0 at the top and ms 2.1.3 nested under
// send; 68 packages in all, so `npm install` says "added 68 packages".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { listDir, readText, writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { npmProgram } from './npm';
import { pickVersion } from './pick-version';
import { yarnProgram } from './yarn';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function project(dependencies: Record<string, string>) {
  return nodeFs({
    '/app/package.json': JSON.stringify({ name: 'web', version: '1.0.0', dependencies }),
  });
}

function npm(fs: ReturnType<typeof nodeFs>, line: string) {
  return runProgram(npmProgram(catalog), line.split(' '), fs, { env: NODE_ENV, cwd: '/app' });
}

const manifest = (fs: ReturnType<typeof nodeFs>, path: string) =>
  JSON.parse(readText(fs, `/app/node_modules/${path}/package.json`) ?? '{}') as {
    version?: string;
    dependencies?: Record<string, string>;
  };

describe('npm picks the highest version a range allows', () => {
  const picks = (name: string, range: string) => {
    const notes: string[] = [];
    const picked = pickVersion(catalog, name, range, (n) => notes.push(n));
    return { version: picked.version, files: picked.pkg.version, notes };
  };

  it.each([
    ['express', '^4.19.2', '4.22.1'],
    ['express', '~4.22.0', '4.22.1'],
    ['express', '4.x', '4.22.1'],
    ['express', '4', '4.22.1'],
    ['express', '>=4.0.0 <5', '4.22.1'],
    ['express', '4.22.1', '4.22.1'],
    ['express', '>=4', '5.2.1'],
    ['express', '^5.1.0', '5.2.1'],
    ['express', '*', '5.2.1'],
    ['express', 'latest', '5.2.1'],
    ['react', '^18.2.0', '18.3.1'],
    ['react-dom', '~18.3.0', '18.3.1'],
    ['dotenv', '^16.4.5', '16.6.1'],
    ['vite', '^5.0.0', '5.4.21'],
    ['js-tokens', '^3.0.0 || ^4.0.0', '4.0.0'],
  ])('%s@%s installs %s', (name, range, version) => {
    const picked = picks(name, range);
    expect(picked).toEqual({ version, files: version, notes: [] });
  });

  it('a version the catalog lacks is modelled with the files of the nearest release, and says so', () => {
    const picked = picks('express', '4.18.2');
    expect(picked.version).toBe('4.18.2');
    expect(picked.files).toBe('4.22.1');
    expect(picked.notes).toEqual([
      "express@4.18.2 is modelled as 4.18.2 with the files and dependencies of express@4.22.1, the nearest version Layercake's catalog holds.",
    ]);
  });
});

describe('npm install of express 4 and 5', () => {
  it('express@^4.19.2 installs 4.22.1 with the v4 tree, nesting the ms that send needs', () => {
    const fs = project({ express: '^4.19.2' });
    const result = npm(fs, 'npm install');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\nadded 68 packages, and audited 69 packages in /);
    const top = listDir(fs, '/app/node_modules');
    expect(top).toEqual(expect.arrayContaining(['array-flatten', 'methods', 'utils-merge']));
    expect(top).toEqual(expect.arrayContaining(['safe-buffer', 'destroy', 'mime']));
    expect(top).not.toContain('router');
    expect(top).not.toContain('is-promise');
    expect(manifest(fs, 'express').version).toBe('4.22.1');
    expect(manifest(fs, 'express').dependencies?.debug).toBe('2.6.9');
    expect(manifest(fs, 'debug').version).toBe('2.6.9');
    expect(manifest(fs, 'ms').version).toBe('2.0.0');
    expect(manifest(fs, 'send/node_modules/ms').version).toBe('2.1.3');
    expect(manifest(fs, 'iconv-lite').dependencies?.['safer-buffer']).toBe('>= 2.1.2 < 3');
    expect(fs.stat('/app/node_modules/.bin/mime').ok).toBe(true);

    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    expect(lock.packages[''].dependencies).toEqual({ express: '^4.19.2' });
    expect(lock.packages['node_modules/express']).toMatchObject({
      version: '4.22.1',
      resolved: 'https://registry.npmjs.org/express/-/express-4.22.1.tgz',
      dependencies: { 'body-parser': '~1.20.3', debug: '2.6.9', qs: '~6.14.0' },
    });
    expect(lock.packages['node_modules/send/node_modules/ms'].version).toBe('2.1.3');
    expect(Object.keys(lock.packages)).toHaveLength(69);
  });

  it('express@^5.1.0 installs express 5 and its router, without the v4 packages', () => {
    const fs = project({ express: '^5.1.0' });
    expect(npm(fs, 'npm install').code).toBe(0);
    const top = listDir(fs, '/app/node_modules');
    expect(top).toEqual(expect.arrayContaining(['router', 'is-promise', 'once']));
    expect(top).not.toContain('array-flatten');
    expect(manifest(fs, 'express').version).toBe('5.2.1');
    expect(manifest(fs, 'debug').version).toBe('4.4.3');
    expect(fs.stat('/app/node_modules/send/node_modules').ok).toBe(false);
  });

  it('react and react-dom ^18 install 18.3.1 with scheduler 0.23 and loose-envify (5 packages)', () => {
    const fs = project({ react: '^18.2.0', 'react-dom': '^18.2.0' });
    const result = npm(fs, 'npm install');
    expect(result.stdout).toMatch(/^\nadded 5 packages, /);
    expect(listDir(fs, '/app/node_modules').filter((n) => !n.startsWith('.'))).toEqual([
      'js-tokens',
      'loose-envify',
      'react',
      'react-dom',
      'scheduler',
    ]);
    expect(manifest(fs, 'react-dom').version).toBe('18.3.1');
    expect(manifest(fs, 'scheduler').version).toBe('0.23.2');
  });
});

describe('npm install --omit=dev', () => {
  it('lays out the whole tree and leaves the dev packages out, nested prod ones where they are', () => {
    const fs = nodeFs({
      '/app/package.json': JSON.stringify({
        dependencies: { express: '^4.19.2' },
        devDependencies: { debug: '^4.4.0' },
      }),
    });
    const result = npm(fs, 'npm install --omit=dev');
    expect(result.code).toBe(0);
    expect(fs.stat('/app/node_modules/debug').ok).toBe(false);
    expect(manifest(fs, 'express/node_modules/debug').version).toBe('2.6.9');
    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    expect(lock.packages['node_modules/debug']).toMatchObject({ version: '4.4.3', dev: true });
    expect(lock.packages['node_modules/express/node_modules/debug'].version).toBe('2.6.9');
  });
});

describe('npm install name@spec saves what Arborist saves', () => {
  it.each([
    ['express@4', '^4.22.1', '4.22.1'],
    ['express@4.18.2', '^4.18.2', '4.18.2'],
    ['express@^4.19.2', '^4.22.1', '4.22.1'],
    ['express@>=4 <4.23', '>=4 <4.23', '4.22.1'],
    ['express', '^5.2.1', '5.2.1'],
    ['express@latest', '^5.2.1', '5.2.1'],
    ['-E dotenv@16', '16.6.1', '16.6.1'],
  ])('npm install %s saves %s', (spec, saved, installed) => {
    const fs = project({});
    const name = spec.replace(/^-E /, '').replace(/(.)@.*$/, '$1');
    const args = spec.startsWith('-E ') ? ['-E', spec.slice(3)] : [spec];
    const result = runProgram(npmProgram(catalog), ['npm', 'install', ...args], fs, {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    const written = JSON.parse(readText(fs, '/app/package.json') ?? '{}');
    expect(written.dependencies[name]).toBe(saved);
    expect(manifest(fs, name).version).toBe(installed);
  });
});

describe('npm install keeps the lockfile where package.json still allows it', () => {
  it('keeps a locked version its range allows, and re-resolves one it does not', () => {
    const fs = project({ express: '^4.19.2', react: '^18.2.0' });
    npm(fs, 'npm install');
    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    lock.packages['node_modules/express'].version = '4.21.2';
    writeText(fs, '/app/package-lock.json', JSON.stringify(lock));
    writeText(
      fs,
      '/app/package.json',
      JSON.stringify({ dependencies: { express: '^4.19.2', react: '^19.0.0' } }),
    );
    fs.remove('/app/node_modules', { recursive: true });
    const result = npm(fs, 'npm install');
    expect(result.code).toBe(0);
    expect(manifest(fs, 'express').version).toBe('4.21.2');
    expect(manifest(fs, 'send/node_modules/ms').version).toBe('2.1.3');
    expect(manifest(fs, 'react').version).toBe('19.2.3');
    expect(result.notes).toContain(
      "The lockfile's express@4.21.2 is modelled with the files and dependencies of express@4.22.1, the nearest version Layercake's catalog holds.",
    );
    const written = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    expect(written.packages['node_modules/express'].version).toBe('4.21.2');
  });
});

describe('npm ci keeps the lockfile', () => {
  it("reinstalls the lockfile's tree, nested packages included", () => {
    const fs = project({ express: '^4.19.2' });
    npm(fs, 'npm install');
    fs.remove('/app/node_modules', { recursive: true });
    const result = npm(fs, 'npm ci');
    expect(result.stdout).toMatch(/^\nadded 68 packages, /);
    expect(manifest(fs, 'send/node_modules/ms').version).toBe('2.1.3');
    expect(manifest(fs, 'ms').version).toBe('2.0.0');
  });

  it("refuses a lockfile whose version package.json's range no longer allows, in npm's words", () => {
    const fs = project({ express: '^4.19.2' });
    npm(fs, 'npm install');
    writeText(fs, '/app/package.json', JSON.stringify({ dependencies: { express: '^5.0.0' } }));
    const result = npm(fs, 'npm ci');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "npm error Invalid: lock file's express@4.22.1 does not satisfy express@^5.0.0\n",
    );
    expect(manifest(fs, 'express').version).toBe('4.22.1');
  });

  it("installs the locked versions even where package.json's range would pick newer ones", () => {
    const fs = project({ react: '^18.2.0' });
    npm(fs, 'npm install');
    writeText(fs, '/app/package.json', JSON.stringify({ dependencies: { react: '>=18' } }));
    expect(npm(fs, 'npm ci').code).toBe(0);
    expect(manifest(fs, 'react').version).toBe('18.3.1');
  });

  it('a locked version the catalog lacks gets the files of the same major', () => {
    const fs = project({ express: '^4.19.2' });
    npm(fs, 'npm install');
    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    lock.packages['node_modules/express'].version = '4.21.2';
    writeText(fs, '/app/package-lock.json', JSON.stringify(lock));
    const result = npm(fs, 'npm ci');
    expect(result.code).toBe(0);
    expect(manifest(fs, 'express').version).toBe('4.21.2');
    expect(fs.stat('/app/node_modules/express/lib/router/index.js').ok).toBe(true);
    expect(result.notes).toContain(
      "The lockfile's express@4.21.2 is modelled with the files and dependencies of express@4.22.1, the nearest version Layercake's catalog holds.",
    );
  });
});

describe('yarn classic shares the picks and folds a conflicting version', () => {
  it('express@^4.19.2 is 4.22.1 with one ms, and a note says the nested one is left out', () => {
    const fs = project({ express: '^4.19.2' });
    const result = runProgram(yarnProgram(catalog), ['yarn', 'install'], fs, {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(manifest(fs, 'express').version).toBe('4.22.1');
    expect(manifest(fs, 'ms').version).toBe('2.0.0');
    expect(fs.stat('/app/node_modules/send/node_modules').ok).toBe(false);
    expect(result.notes).toContain(
      'send@0.19.2 needs ms@2.1.3: Layercake installs one version of ms (2.0.0) here, where the package manager would add the version it needs beside it.',
    );
  });
});
