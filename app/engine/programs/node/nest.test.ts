import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { nestProgram } from './nest';

const run = (argv: string[], fs: ReturnType<typeof nodeFs>) =>
  runProgram(nestProgram, argv, fs, { env: NODE_ENV, cwd: '/app' });

// The files `nest new` writes, trimmed to what decides the build's output.
const PROJECT = {
  '/app/node_modules/@nestjs/cli/package.json': '{ "name": "@nestjs/cli", "version": "10.4.9" }',
  '/app/nest-cli.json':
    '{ "collection": "@nestjs/schematics", "sourceRoot": "src", "compilerOptions": { "deleteOutDir": true } }',
  '/app/tsconfig.json': '{ "compilerOptions": { "module": "commonjs", "outDir": "./dist" } }',
  '/app/tsconfig.build.json':
    '{ "extends": "./tsconfig.json", "exclude": ["node_modules", "test", "dist", "**/*spec.ts"] }',
  '/app/src/main.ts': 'import { NestFactory } from "@nestjs/core";\n',
  '/app/src/app.module.ts': 'export class AppModule {}\n',
  '/app/src/app.controller.spec.ts': 'describe("AppController", () => {});\n',
  '/app/test/app.e2e-spec.ts': 'describe("e2e", () => {});\n',
};

describe('nest (@nestjs/cli)', () => {
  it('reports the installed CLI version', () => {
    expect(run(['nest', '--version'], nodeFs(PROJECT)).stdout).toBe('10.4.9\n');
  });

  it('builds src/main.ts into dist/main.js from tsconfig.build.json (outDir from the tsconfig it extends), silently, tests and specs left out', () => {
    const fs = nodeFs(PROJECT);
    expect(run(['nest', 'build'], fs)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readText(fs, '/app/dist/main.js')).toBe(
      '"use strict";\nimport { NestFactory } from "@nestjs/core";\n',
    );
    expect(fs.stat('/app/dist/app.module.js').ok).toBe(true);
    expect(fs.stat('/app/dist/test').ok).toBe(false);
    expect(fs.stat('/app/dist/src').ok).toBe(false);
    expect(fs.stat('/app/dist/app.controller.spec.js').ok).toBe(false);
  });

  it('empties dist/ first (deleteOutDir), so a stale file does not survive the build', () => {
    const fs = nodeFs({ ...PROJECT, '/app/dist/old.js': 'stale\n' });
    run(['nest', 'build'], fs);
    expect(fs.stat('/app/dist/old.js').ok).toBe(false);
    expect(fs.stat('/app/dist/main.js').ok).toBe(true);
  });

  it('uses tsconfig.json when there is no tsconfig.build.json, and fails without either', () => {
    const withoutBuild: Record<string, string> = { ...PROJECT };
    delete withoutBuild['/app/tsconfig.build.json'];
    delete withoutBuild['/app/test/app.e2e-spec.ts'];
    const fs = nodeFs(withoutBuild);
    expect(run(['nest', 'build'], fs).code).toBe(0);
    expect(fs.stat('/app/dist/main.js').ok).toBe(true);
    const bare = nodeFs({ '/app/src/main.ts': 'export {};\n' });
    expect(run(['nest', 'build'], bare)).toMatchObject({ code: 1 });
    expect(run(['nest', 'build'], bare).stderr).toContain('tsconfig.json');
  });
});
