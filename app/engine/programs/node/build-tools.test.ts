import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { readLooseJson } from './installed-tool';
import { nodeProgram } from './node';
import { tscProgram } from './tsc';
import { viteProgram } from './vite';

const run = (program: typeof tscProgram, argv: string[], fs: ReturnType<typeof nodeFs>) =>
  runProgram(program, argv, fs, { env: NODE_ENV, cwd: '/app' });

const TOOLS = {
  '/app/node_modules/typescript/package.json': '{ "name": "typescript", "version": "5.5.3" }',
  '/app/node_modules/vite/package.json': '{ "name": "vite", "version": "5.4.1" }',
};

describe('tsc', () => {
  it('reports the installed TypeScript version', () => {
    expect(run(tscProgram, ['tsc', '--version'], nodeFs(TOOLS)).stdout).toBe('Version 5.5.3\n');
  });

  it('writes each source under outDir, relative to the sources root, silently', () => {
    const fs = nodeFs({
      ...TOOLS,
      '/app/tsconfig.json': '{\n  // Nest\n  "compilerOptions": { "outDir": "./dist", },\n}\n',
      '/app/src/main.ts': 'const port: number = 3000;\n',
      '/app/src/app/app.module.ts': 'export class AppModule {}\n',
      '/app/src/types.d.ts': 'declare const x: number;\n',
      '/app/node_modules/lib/index.ts': 'export {};\n',
    });
    const result = run(tscProgram, ['tsc', '-p', 'tsconfig.json'], fs);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readText(fs, '/app/dist/main.js')).toBe('"use strict";\nconst port: number = 3000;\n');
    expect(fs.stat('/app/dist/app/app.module.js').ok).toBe(true);
    expect(fs.stat('/app/dist/types.js').ok).toBe(false);
    expect(fs.stat('/app/dist/node_modules').ok).toBe(false);
  });

  it('follows references under -b and emits nothing for noEmit projects (Vite templates)', () => {
    const fs = nodeFs({
      ...TOOLS,
      '/app/tsconfig.json': '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }] }',
      '/app/tsconfig.app.json': '{ "compilerOptions": { "noEmit": true }, "include": ["src"] }',
      '/app/src/main.tsx': 'export {};\n',
    });
    expect(run(tscProgram, ['tsc', '-b'], fs).code).toBe(0);
    expect(fs.stat('/app/src/main.js').ok).toBe(false);
  });

  it('fails without a tsconfig as tsc -p does', () => {
    const result = run(tscProgram, ['tsc', '-p', 'nowhere'], nodeFs(TOOLS));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^error TS5057: Cannot find a tsconfig\.json file/);
  });

  it('reads tsconfig comments and trailing commas but not broken JSON', () => {
    expect(readLooseJson('{ "a": "http://x", /* b */ "c": [1,], }')).toEqual({
      a: 'http://x',
      c: [1],
    });
    expect(readLooseJson('{ "a": ')).toBeUndefined();
  });
});

describe('tool scripts node runs', () => {
  it("runs tsc and vite when node is given their scripts (pnpm's .bin shims do)", () => {
    const fs = nodeFs({
      ...TOOLS,
      '/app/node_modules/typescript/bin/tsc': '',
      '/app/node_modules/vite/bin/vite.js': '',
      '/app/tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }',
      '/app/src/index.ts': 'export {};\n',
    });
    const tsc = '/app/node_modules/typescript/bin/tsc';
    expect(run(nodeProgram, ['node', tsc, '--version'], fs).stdout).toBe('Version 5.5.3\n');
    expect(run(nodeProgram, ['node', tsc], fs).code).toBe(0);
    expect(fs.stat('/app/dist/index.js').ok).toBe(true);
    const vite = ['node', 'node_modules/vite/bin/vite.js', '--version'];
    expect(run(nodeProgram, vite, fs).stdout).toMatch(/^vite\/5\.4\.1 /);
  });
});

describe('vite build', () => {
  const app = () =>
    nodeFs({
      ...TOOLS,
      '/app/package.json': '{ "dependencies": { "react": "^18.3.1", "react-dom": "^18.3.1" } }',
      '/app/index.html':
        '<html><head></head><body><script type="module" src="/src/main.tsx"></script></body></html>\n',
      '/app/src/main.tsx': 'import React from "react";\n',
      '/app/src/index.css': 'body { margin: 0; }\n'.repeat(20),
      '/app/public/favicon.svg': '<svg/>\n',
      '/app/dist/stale.js': 'old\n',
    });

  it("bundles into dist with hashed assets and prints Vite's report", () => {
    const fs = app();
    const result = run(viteProgram, ['vite', 'build'], fs);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'vite v5.4.1 building for production...',
      'transforming...',
      '✓ 9 modules transformed.',
      'rendering chunks...',
      'computing gzip size...',
    ]);
    expect(lines[5]).toMatch(/^dist\/index\.html {10,}\d+\.\d\d kB │ gzip: +\d+\.\d\d kB$/);
    expect(lines[7]).toMatch(/^dist\/assets\/index-[\w-]{8}\.js +1\d\d\.\d\d kB │ gzip:/);
    expect(lines[8]).toMatch(/^✓ built in \d/);
    const html = readText(fs, '/app/dist/index.html') ?? '';
    const js = /src="\/(assets\/index-[\w-]{8}\.js)"/.exec(html)?.[1];
    expect(fs.stat(`/app/dist/${js}`).ok).toBe(true);
    expect(html).toMatch(
      /<link rel="stylesheet" crossorigin href="\/assets\/index-[\w-]{8}\.css">/,
    );
    expect(readText(fs, '/app/dist/favicon.svg')).toBe('<svg/>\n');
    expect(fs.stat('/app/dist/stale.js').ok).toBe(false);
  });

  it('honours build.outDir from vite.config and fails without index.html', () => {
    const fs = app();
    fs.writeFile('/app/vite.config.ts', {
      text: "export default { build: { outDir: '../public' } }\n",
    });
    expect(run(viteProgram, ['vite', 'build'], fs).code).toBe(0);
    expect(fs.stat('/public/index.html').ok).toBe(true);
    const bare = nodeFs(TOOLS);
    const failed = run(viteProgram, ['vite', 'build'], bare);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Could not resolve entry module "index.html".');
  });

  it('reports its version as vite --version does', () => {
    expect(run(viteProgram, ['vite', '--version'], app()).stdout).toMatch(
      /^vite\/5\.4\.1 linux-x64 node-v\d+\.\d+\.\d+\n$/,
    );
  });
});
