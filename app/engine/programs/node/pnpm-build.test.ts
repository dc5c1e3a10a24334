// The Next.js Dockerfile's pnpm path through the build engine: corepack's shim installs from
// pnpm-lock.yaml in the deps stage, and the builder stage gets that node_modules.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const DOCKERFILE = `FROM node:20-alpine AS base
FROM base AS deps
WORKDIR /app
COPY package.json pnpm-lock.yaml* package-lock.json* ./
RUN \\
  if [ -f package-lock.json ]; then npm ci; \\
  elif [ -f pnpm-lock.yaml ]; then corepack enable pnpm && pnpm i --frozen-lockfile; \\
  else echo "Lockfile not found." && exit 1; \\
  fi
FROM base AS builder
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN corepack enable pnpm && pnpm run build
`;

const PACKAGE_JSON = JSON.stringify({
  name: 'web',
  version: '0.1.0',
  scripts: { build: 'echo building' },
  dependencies: { react: '19.2.3' },
});

const LOCK = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      react:
        specifier: 19.2.3
        version: 19.2.3

packages:

  react@19.2.3:
    resolution: {integrity: sha512-x}

snapshots:

  react@19.2.3: {}
`;

describe('a Next.js-style multi-stage pnpm build', () => {
  it('installs in the deps stage and copies node_modules into the builder', () => {
    const out = buildInSession(catalog, DOCKERFILE, {
      files: { 'package.json': PACKAGE_JSON, 'pnpm-lock.yaml': LOCK },
    });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('Lockfile is up to date, resolution step is skipped');
    expect(printed).toContain('+ react 19.2.3');
    expect(printed).toContain('> web@0.1.0 build /app');
    expect(printed).toContain('building');
    const fs = imageFs(out);
    const link = fs.lstat('/app/node_modules/react');
    expect(link.ok && link.value.node.kind).toBe('symlink');
    expect(fs.stat('/app/node_modules/react/package.json').ok).toBe(true);
    expect(fs.stat('/app/node_modules/.modules.yaml').ok).toBe(true);
  });

  it('fails the deps stage without a lockfile when pnpm runs frozen', () => {
    const out = buildInSession(
      catalog,
      DOCKERFILE.replace('elif [ -f pnpm-lock.yaml ]', 'elif true'),
      { files: { 'package.json': PACKAGE_JSON } },
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out).join('\n')).toContain(' ERR_PNPM_NO_LOCKFILE ');
  });
});

const RECIPE = `FROM node:20-slim AS base
ENV PNPM_HOME="/pnpm"
ENV PATH="$PNPM_HOME:$PATH"
RUN corepack enable
COPY . /app
WORKDIR /app
FROM base AS prod-deps
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --prod --frozen-lockfile
FROM base AS build
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile
FROM base
COPY --from=prod-deps /app/node_modules /app/node_modules
COPY --from=build /app/node_modules/.modules.yaml /build-modules.yaml
`;

describe("pnpm's own Docker recipe", () => {
  it('shares the store through the cache mount and ships only production node_modules', () => {
    const manifest = JSON.stringify({
      name: 'api',
      version: '1.0.0',
      dependencies: { react: '19.2.3' },
      devDependencies: { typescript: '5.9.3' },
    });
    const lock = LOCK.replace(
      '\npackages:',
      '    devDependencies:\n      typescript:\n        specifier: 5.9.3\n        version: 5.9.3\n\npackages:',
    ).replace('  react@19.2.3: {}\n', '  react@19.2.3: {}\n\n  typescript@5.9.3: {}\n');
    const out = buildInSession(catalog, RECIPE, {
      files: { 'package.json': manifest, 'pnpm-lock.yaml': lock },
    });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('Progress: resolved 2, reused 1, downloaded 1, added 2, done');
    const fs = imageFs(out);
    expect(fs.stat('/app/node_modules/react/package.json').ok).toBe(true);
    expect(fs.lstat('/app/node_modules/typescript').ok).toBe(false);
    expect(fs.stat('/pnpm/store').ok).toBe(false);
  });
});
