import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { ngProgram } from './angular-cli';
import { nuxtProgram } from './nuxt';
import { reactRouterProgram, remixProgram } from './remix';
import { astroProgram } from './astro';
import { reactScriptsProgram } from './react-scripts';

const run = (program: typeof ngProgram, argv: string[], fs: ReturnType<typeof nodeFs>) =>
  runProgram(program, argv, fs, { env: NODE_ENV, cwd: '/app' });

describe('react-scripts build', () => {
  const CRA = {
    '/app/package.json': '{ "name": "web", "dependencies": { "react": "^18.3.1" } }',
    '/app/public/index.html': '<html><head></head><body><div id="root"></div></body></html>',
    '/app/public/robots.txt': 'User-agent: *\n',
    '/app/src/index.js': 'import React from "react";\n',
    '/app/src/App.css': '.App { text-align: center; }\n',
  };

  it("writes build/ with public/'s files, the hashed bundles and CRA's report", () => {
    const fs = nodeFs(CRA);
    const result = run(reactScriptsProgram, ['react-scripts', 'build'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Creating an optimized production build...\nCompiled successfully.\n\nFile sizes after gzip:\n\n {2}[\d.]+ kB {2}build\/static\/js\/main\.[0-9a-f]{8}\.js\n {2}\d+ B {5}build\/static\/css\/main\.[0-9a-f]{8}\.css\n/,
    );
    expect(result.stdout).toContain('  npm install -g serve\n  serve -s build\n');
    expect(readText(fs, '/app/build/robots.txt')).toBe('User-agent: *\n');
    expect(readText(fs, '/app/build/index.html')).toMatch(
      /<script defer="defer" src="\/static\/js\/main\.\w+\.js">/,
    );
    expect(readText(fs, '/app/build/asset-manifest.json')).toContain('"main.js"');
  });

  it('fails as CRA does without public/index.html', () => {
    const fs = nodeFs({ '/app/src/index.js': 'x\n' });
    const result = run(reactScriptsProgram, ['react-scripts', 'build'], fs);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toBe(
      'Could not find a required file.\n  Name: index.html\n  Searched in: /app/public\n',
    );
  });
});

describe('astro build', () => {
  it('writes a page per route into dist/ (index at the folder), copies public/, logs with times', () => {
    const fs = nodeFs({
      '/app/src/pages/index.astro': '---\n---\n<h1>Hi</h1>\n',
      '/app/src/pages/about.md': '# About\n',
      '/app/src/pages/blog/[slug].astro': '---\n---\n',
      '/app/public/favicon.svg': '<svg/>',
    });
    const result = run(astroProgram, ['astro', 'build'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d\d:\d\d:\d\d \[build\] output: "static"\n/);
    expect(result.stdout).toContain('▶ src/pages/about.md\n');
    expect(result.stdout).toContain('  └─ /about/index.html (+3ms)\n');
    expect(result.stdout).toContain('[build] 2 page(s) built in');
    expect(fs.stat('/app/dist/index.html').ok).toBe(true);
    expect(fs.stat('/app/dist/about/index.html').ok).toBe(true);
    expect(fs.stat('/app/dist/blog').ok).toBe(false);
    expect(readText(fs, '/app/dist/favicon.svg')).toBe('<svg/>');
  });
});

describe('ng build', () => {
  it("writes the application builder's browser/ folder at angular.json's outputPath", () => {
    const fs = nodeFs({
      '/app/angular.json':
        '{ "projects": { "shop": { "architect": { "build": { "options": { "outputPath": "dist/shop" } } } } } }',
      '/app/src/index.html': '<app-root></app-root>\n',
      '/app/src/main.ts': 'bootstrapApplication(AppComponent);\n',
    });
    const result = run(ngProgram, ['ng', 'build', '--configuration', 'production'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Initial chunk files {3}\| Names {9}\| {2}Raw size \| Estimated transfer size\nmain-[A-Z2-7]{8}\.js {6}\| main {10}\|/,
    );
    expect(result.stdout).toContain('Output location: /app/dist/shop\n');
    expect(readText(fs, '/app/dist/shop/browser/index.html')).toBe('<app-root></app-root>\n');
    expect(fs.stat('/app/dist/shop/3rdpartylicenses.txt').ok).toBe(true);
  });

  it('refuses to build outside a workspace', () => {
    const result = run(ngProgram, ['ng', 'build'], nodeFs());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('outside a workspace');
  });
});

describe('nuxt', () => {
  it('prepare writes .nuxt/ (the postinstall); build writes the Nitro node-server .output/', () => {
    const fs = nodeFs({
      '/app/app.vue': '<template><div>Hi</div></template>\n',
      '/app/pages/index.vue': '<template><h1>Home</h1></template>\n',
      '/app/public/robots.txt': 'User-agent: *\n',
    });
    const prepared = run(nuxtProgram, ['nuxt', 'prepare'], fs);
    expect(prepared.stdout).toBe('[nuxi] ✔ Types generated in .nuxt\n');
    expect(fs.stat('/app/.nuxt/tsconfig.json').ok).toBe(true);
    const built = run(nuxtProgram, ['nuxt', 'build'], fs);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^\[nuxi\] Nuxt [\d.]+ with Nitro [\d.]+\n/);
    expect(built.stdout).toContain(
      '[nitro] ✔ You can preview this build using node .output/server/index.mjs\n',
    );
    expect(fs.stat('/app/.output/server/index.mjs').ok).toBe(true);
    expect(fs.stat('/app/.output/nitro.json').ok).toBe(true);
    expect(readText(fs, '/app/.output/public/robots.txt')).toBe('User-agent: *\n');
  });

  it('generate pre-renders each page into .output/public', () => {
    const fs = nodeFs({
      '/app/pages/index.vue': '<template />\n',
      '/app/pages/about.vue': '<template />\n',
    });
    expect(run(nuxtProgram, ['nuxi', 'generate'], fs).code).toBe(0);
    expect(fs.stat('/app/.output/public/index.html').ok).toBe(true);
    expect(fs.stat('/app/.output/public/about/index.html').ok).toBe(true);
    expect(fs.stat('/app/.output/server').ok).toBe(false);
  });
});

describe('remix vite:build and react-router build', () => {
  const app = () =>
    nodeFs({
      '/app/app/root.tsx': 'export default function App() {}\n',
      '/app/app/routes/_index.tsx': 'export default function Index() {}\n',
      '/app/public/favicon.ico': 'x',
    });

  it('writes build/client (assets, public/) and build/server/index.js with two Vite reports', () => {
    const fs = app();
    const result = run(remixProgram, ['remix', 'vite:build'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^vite v[\d.]+ building for production\.\.\.\n/);
    expect(result.stdout).toContain('building SSR bundle for production...');
    expect(result.stdout).toMatch(/build\/client\/assets\/routes\._index-[\w-]{8}\.js/);
    expect(fs.stat('/app/build/server/index.js').ok).toBe(true);
    expect(fs.stat('/app/build/client/favicon.ico').ok).toBe(true);
    const rr = app();
    expect(run(reactRouterProgram, ['react-router', 'build'], rr).code).toBe(0);
    expect(rr.stat('/app/build/server/index.js').ok).toBe(true);
  });

  it('fails without an app/ directory', () => {
    expect(run(remixProgram, ['remix', 'vite:build'], nodeFs()).code).toBe(1);
  });
});

describe('a Create React App + nginx multi-stage build', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('installs react-scripts, runs its build through npm and serves build/ from nginx', () => {
    const out = buildInSession(
      catalog,
      `FROM node:18-alpine AS build
WORKDIR /app
COPY package.json ./
RUN npm install
COPY . ./
RUN npm run build
FROM nginx:stable-alpine
COPY --from=build /app/build /usr/share/nginx/html
`,
      {
        files: {
          'package.json': JSON.stringify({
            name: 'web',
            scripts: { build: 'react-scripts build' },
            dependencies: { react: '^18.3.1', 'react-scripts': '5.0.1' },
          }),
          'public/index.html': '<html><head></head><body></body></html>',
          'src/index.js': 'import React from "react";\n',
        },
      },
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out).join('\n')).toContain('The build folder is ready to be deployed.');
    const fs = imageFs(out);
    expect(fs.stat('/usr/share/nginx/html/asset-manifest.json').ok).toBe(true);
    const js = fs.readdir('/usr/share/nginx/html/static/js');
    expect(js.ok && js.value.some((n) => /^main\.[0-9a-f]{8}\.js$/.test(n))).toBe(true);
  });
});
