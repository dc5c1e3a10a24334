// Large tools' dependency trees (catalog/data/lang/npm-trees.ts): `npm install -g` adds
// about as many packages as npm does, with their real direct dependencies.
//
// Counts aimed at (npm's own summary lines, found in public issue threads):
// - @angular/cli: "added 246 packages" for `npm install -g @angular/cli` in 2021 (CLI 12);
//   21.x adds the MCP SDK (express, ajv ...) and drops request, so ~250-280 is right. The
//   catalog folds nested duplicates (one version per name), so it adds a little fewer.
// - astro 5: a new project's `npm install` (astro alone) adds ~270-300 packages: the unified/
//   micromark Markdown stack, shiki, vite with esbuild and rollup, sharp with libvips (from
//   memory of create-astro's install, not found in a public log; the tree is the real one).
// - @vue/cli-service 5.0.8: "added 694 packages in 45s" / "81 packages are looking for
//   funding" for `npm install @vue/cli-service@5.0.8` (vuejs/vue-cli#7378). The catalog folds
//   its many nested duplicates (chalk 2/3/4, schema-utils 3/4, ajv 6/8 ...), so fewer.
// - @vue/cli 5: "added 943 packages" for `npm install -g @vue/cli` (vuejs/vue-cli#6549, 5.0
//   prerelease, 2021). The catalog's tree (527) has all its direct dependencies and the big
//   subtrees (cli-ui's apollo/graphql, vue-codemod's babel/jscodeshift, download-git-repo's
//   got/decompress) but folds duplicates and leaves out some of the deepest branches.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { listDir, readText } from '../common/fs-helpers';
import { npmProgram } from './npm';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function installGlobal(name: string) {
  const fs = nodeFs();
  const result = runProgram(npmProgram(catalog), ['npm', 'install', '-g', name], fs, {
    env: NODE_ENV,
    cwd: '/',
  });
  const added = Number(/added (\d+) packages/.exec(result.stdout)?.[1] ?? 0);
  return { fs, result, added };
}

/** The bytes a package's tree puts on disk, from the catalog (what the layer will hold). */
function treeBytes(name: string): number {
  const seen = new Set<string>();
  const stack = [name];
  let bytes = 0;
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const pkg = catalog.package('npm', next);
    expect(pkg, next).toBeDefined();
    bytes += pkg?.installedSize ?? 0;
    stack.push(...(pkg?.depends ?? []));
  }
  return bytes;
}

describe('npm install -g of a large CLI', () => {
  it('@angular/cli 21 adds its real tree (~265 packages, ~40 MB), not one package', () => {
    const { fs, result, added } = installGlobal('@angular/cli');
    expect(result.code).toBe(0);
    expect(added).toBeGreaterThanOrEqual(220);
    expect(added).toBeLessThanOrEqual(280);
    expect(result.notes.join('\n')).not.toContain('plausible stand-in');
    const manifest = JSON.parse(
      readText(fs, '/usr/local/lib/node_modules/@angular/cli/package.json') ?? '{}',
    ) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(
      expect.arrayContaining(['@angular-devkit/core', '@schematics/angular', 'pacote', 'yargs']),
    );
    expect(manifest.dependencies?.['@angular-devkit/core']).toBe('^21.0.5');
    expect(treeBytes('@angular/cli')).toBeGreaterThan(35_000_000);
  });

  it('astro 5 as a project dependency adds its tree (~287 packages, ~100 MB: Markdown stack, shiki, vite, sharp)', () => {
    const fs = nodeFs({
      '/app/package.json': JSON.stringify({ name: 'site', dependencies: { astro: '^5.16.6' } }),
    });
    const result = runProgram(npmProgram(catalog), ['npm', 'install'], fs, {
      env: NODE_ENV,
      cwd: '/app',
    });
    const added = Number(/added (\d+) packages/.exec(result.stdout)?.[1] ?? 0);
    expect(added).toBeGreaterThanOrEqual(250);
    expect(added).toBeLessThanOrEqual(320);
    expect(result.notes.join('\n')).not.toContain('plausible stand-in');
    for (const dep of [
      'vite',
      'shiki',
      '@shikijs/langs',
      'micromark',
      'sharp',
      '@img/sharp-linux-x64',
    ])
      expect(fs.stat(`/app/node_modules/${dep}/package.json`).ok, dep).toBe(true);
    expect(treeBytes('astro')).toBeGreaterThan(60_000_000);
  });

  it('@vue/cli-service 5.0.8 brings webpack 5, webpack-dev-server 4, cssnano and its loaders (517 packages, ~65 MB)', () => {
    const fs = nodeFs({ '/app/package.json': JSON.stringify({ name: 'app', version: '0.1.0' }) });
    const result = runProgram(
      npmProgram(catalog),
      ['npm', 'install', '--save-dev', '@vue/cli-service@5.0.8'],
      fs,
      { env: NODE_ENV, cwd: '/app' },
    );
    const added = Number(/added (\d+) packages/.exec(result.stdout)?.[1] ?? 0);
    expect(added).toBeGreaterThanOrEqual(450);
    expect(added).toBeLessThanOrEqual(694);
    expect(result.notes.join('\n')).not.toContain('plausible stand-in');
    const bin = fs.lstat('/app/node_modules/.bin/vue-cli-service');
    expect(bin.ok && bin.value.node.kind === 'symlink' && bin.value.node.target).toBe(
      '../@vue/cli-service/bin/vue-cli-service.js',
    );
    for (const dep of ['webpack', 'webpack-dev-server', 'cssnano', 'vue-loader', 'terser'])
      expect(fs.stat(`/app/node_modules/${dep}/package.json`).ok, dep).toBe(true);
  });

  it('@vue/cli 5.0.8 adds the Vue CLI with its UI (apollo, graphql), codemods (babel, jscodeshift) and downloader', () => {
    const { fs, result, added } = installGlobal('@vue/cli');
    expect(added).toBeGreaterThanOrEqual(450);
    expect(added).toBeLessThanOrEqual(943);
    expect(result.notes.join('\n')).not.toContain('plausible stand-in');
    const vue = fs.lstat('/usr/local/bin/vue');
    expect(vue.ok && vue.value.node.kind === 'symlink' && vue.value.node.target).toBe(
      '../lib/node_modules/@vue/cli/bin/vue.js',
    );
  });

  it("puts the dependencies in the package's own node_modules, as npm -g does", () => {
    const { fs } = installGlobal('@angular/cli');
    expect(listDir(fs, '/usr/local/lib/node_modules').filter((n) => n !== '.bin')).toEqual([
      '@angular',
      'npm',
    ]);
    expect(
      fs.stat('/usr/local/lib/node_modules/@angular/cli/node_modules/pacote/package.json').ok,
    ).toBe(true);
    const ng = fs.lstat('/usr/local/bin/ng');
    expect(ng.ok && ng.value.node.kind === 'symlink' && ng.value.node.target).toBe(
      '../lib/node_modules/@angular/cli/bin/ng.js',
    );
  });
});
