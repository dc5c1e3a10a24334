// The classic learner pitfall on the official node image: WORKDIR (made by root) before
// `USER node`, then `RUN npm install`. Real Docker fails the build with npm's EACCES report;
// making the folder node's (chown before USER) and COPY --chown=node:node is the fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import type { BuildOutcome } from './request';
import { buildInSession, stepOutput } from './testing/build-in-session';

const PACKAGE_JSON = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  dependencies: { express: '^5.1.0' },
});

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function build(dockerfile: string): BuildOutcome {
  return buildInSession(catalog, dockerfile, { files: { 'package.json': PACKAGE_JSON } });
}

describe('npm install as USER node', () => {
  it('fails the build when WORKDIR /app was made by root before USER node', () => {
    const out = build(
      'FROM node:22-slim\nWORKDIR /app\nUSER node\nCOPY package*.json ./\nRUN npm install\n',
    );
    expect(out.ok).toBe(false);
    const printed = stepOutput(out);
    expect(printed.slice(0, 5)).toEqual([
      'npm error code EACCES',
      'npm error syscall mkdir',
      'npm error path /app/node_modules',
      'npm error errno -13',
      "npm error Error: EACCES: permission denied, mkdir '/app/node_modules'",
    ]);
    expect(printed.at(-1)).toMatch(
      /^npm error A complete log of this run can be found in: \/home\/node\/\.npm\/_logs\/\S+-debug-0\.log$/,
    );
    expect(out.stderr).toContain(
      'ERROR: failed to solve: process "/bin/sh -c npm install" did not complete successfully: exit code: 243',
    );
  });

  it('builds once /app is chowned to node before USER and the manifests are COPY --chown=node:node', () => {
    const out = build(
      'FROM node:22-slim\nWORKDIR /app\nRUN chown node:node /app\nUSER node\n' +
        "COPY --chown=node:node package*.json ./\nRUN npm install && stat -c '%U %n' node_modules package-lock.json\n",
    );
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('node node_modules');
    expect(printed).toContain('node package-lock.json');
    expect(printed.some((line) => /^added \d+ packages?, and audited/.test(line))).toBe(true);
  });

  it('still fails when only the files are COPY --chown=node:node: the folder stays root’s', () => {
    const out = build(
      'FROM node:22-slim\nWORKDIR /app\nUSER node\nCOPY --chown=node:node package*.json ./\nRUN npm install\n',
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out)).toContain('npm error path /app/node_modules');
  });
});
