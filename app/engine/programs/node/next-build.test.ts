import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { nextProgram } from './next-build';

const PROJECT = {
  '/app/node_modules/next/package.json': '{ "name": "next", "version": "15.5.9" }',
  '/app/node_modules/react/package.json': '{ "name": "react", "version": "19.2.3" }',
  '/app/package.json': '{ "name": "web", "dependencies": { "next": "15.5.9", "react": "19.2.3" } }',
  '/app/app/layout.tsx': 'export default function RootLayout() {}\n',
  '/app/app/page.tsx': 'export default function Page() {}\n',
  '/app/app/(marketing)/about/page.tsx': 'export default function About() {}\n',
  '/app/app/blog/[slug]/page.tsx': 'export default function Post() {}\n',
};

const run = (argv: string[], fs: ReturnType<typeof nodeFs>, env: Record<string, string> = {}) =>
  runProgram(nextProgram, argv, fs, { env: { ...NODE_ENV, ...env }, cwd: '/app' });

describe('next', () => {
  it('reports the installed Next.js version', () => {
    expect(run(['next', '--version'], nodeFs(PROJECT)).stdout).toBe('Next.js v15.5.9\n');
  });

  it("builds the app router's routes (groups dropped, [params] dynamic) into .next/", () => {
    const fs = nodeFs(PROJECT);
    const result = run(['next', 'build'], fs, { NEXT_TELEMETRY_DISABLED: '1' });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('telemetry');
    expect(result.stdout).toContain('   ▲ Next.js 15.5.9\n');
    expect(result.stdout).toMatch(
      /┌ ○ \/ +142 B +102 kB\n├ ○ \/_not-found +142 B +102 kB\n├ ○ \/about/,
    );
    expect(result.stdout).toContain('├ ○ /about');
    expect(result.stdout).toContain('└ ƒ /blog/[slug]');
    expect(result.stdout).toContain(
      '○  (Static)   prerendered as static content\nƒ  (Dynamic)  server-rendered on demand\n',
    );
    expect(readText(fs, '/app/.next/BUILD_ID')).toMatch(/^[\w-]{21}$/);
    expect(fs.stat('/app/.next/server/app/index.html').ok).toBe(true);
    expect(fs.stat('/app/.next/standalone').ok).toBe(false);
  });

  it('prints the telemetry notice unless NEXT_TELEMETRY_DISABLED is set', () => {
    const result = run(['next', 'build'], nodeFs(PROJECT));
    expect(result.stdout.startsWith('Attention: Next.js now collects')).toBe(true);
  });

  it("writes .next/standalone (server.js, package.json, .next without static/) for output: 'standalone'", () => {
    const fs = nodeFs({
      ...PROJECT,
      '/app/next.config.js': "module.exports = { output: 'standalone' }\n",
    });
    expect(run(['next', 'build'], fs).code).toBe(0);
    expect(readText(fs, '/app/.next/standalone/server.js')).toContain('startServer(');
    expect(readText(fs, '/app/.next/standalone/package.json')).toContain('"name": "web"');
    expect(fs.stat('/app/.next/standalone/.next/BUILD_ID').ok).toBe(true);
    expect(fs.stat('/app/.next/standalone/.next/static').ok).toBe(false);
    expect(fs.stat('/app/.next/standalone/node_modules/next/package.json').ok).toBe(true);
    expect(fs.stat('/app/.next/standalone/node_modules/react/package.json').ok).toBe(true);
  });

  it('fails without an app or pages directory, as Next does', () => {
    const result = run(['next', 'build'], nodeFs({ '/app/package.json': '{}' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Couldn't find any `pages` or `app` directory");
  });
});

describe("Next.js's with-docker Dockerfile through the build engine", () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });

  it('builds the standalone server and the runner stage gets server.js and .next/static', () => {
    const dockerfile = `FROM node:22-alpine AS base
FROM base AS builder
WORKDIR /app
COPY . .
RUN npm install
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build
FROM base AS runner
WORKDIR /app
COPY --from=builder /app/public ./public
COPY --from=builder /app/.next/standalone ./
COPY --from=builder /app/.next/static ./.next/static
CMD ["node", "server.js"]
`;
    const out = buildInSession(catalog, dockerfile, {
      files: {
        'package.json': JSON.stringify({
          name: 'web',
          scripts: { build: 'next build' },
          dependencies: { next: '16.1.1', react: '19.2.3', 'react-dom': '19.2.3' },
        }),
        'next.config.js': "module.exports = { output: 'standalone' }\n",
        'app/page.jsx': 'export default function Page() {}\n',
        'public/favicon.ico': 'x',
      },
    });
    expect(out.ok).toBe(true);
    expect(stepOutput(out).join('\n')).toContain('▲ Next.js 16.1.1 (Turbopack)');
    const fs = imageFs(out);
    expect(fs.stat('/app/server.js').ok).toBe(true);
    expect(fs.stat('/app/.next/BUILD_ID').ok).toBe(true);
    expect(fs.stat('/app/node_modules/next/package.json').ok).toBe(true);
    const chunks = fs.readdir('/app/.next/static/chunks');
    expect(chunks.ok && chunks.value.length).toBeGreaterThan(0);
    expect(fs.stat('/app/app/page.jsx').ok).toBe(false);
  });
});
