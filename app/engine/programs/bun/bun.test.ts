import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles } from '../../runtime/testing/terminal';
import { parseBunLock } from './bun-lock';

const terminal = busyboxTerminals('docker pull -q oven/bun:1');

const PACKAGE = `{
  "name": "api",
  "version": "1.0.0",
  "scripts": { "start": "bun run index.ts", "greet": "echo hello from $npm_package_name" },
  "dependencies": { "express": "^5.1.0" },
  "devDependencies": { "typescript": "^5.9.0" }
}
`;

const SERVER = `import express from 'express';
const app = express();
const port = process.env.PORT || 8080;
app.get('/', (_req, res) => res.send('ok'));
app.listen(port, () => console.log(\`listening on \${port}\`));
console.log('starting api');
`;

/** The shape of many real bun Dockerfiles: lockfile-frozen production install, then the app. */
const DOCKERFILE = `FROM oven/bun:1
WORKDIR /app
COPY package.json bun.lock ./
RUN bun install --frozen-lockfile --production
COPY . .
EXPOSE 8080
CMD ["bun", "run", "index.ts"]
`;

/** Builds `files` (with a Dockerfile) as image `tag`; returns the build's output. */
function build(t: ReturnType<typeof terminal>, tag: string, files: Record<string, string>) {
  writeHostFiles(t, tag, files);
  return t.run(`docker build --progress plain -t ${tag} ${tag}`);
}

/** The lockfile bun itself writes for PACKAGE, and the build log that made it. */
function lockFor(t: ReturnType<typeof terminal>): { lock: string; log: string } {
  const made = build(t, 'locked', {
    'package.json': PACKAGE,
    Dockerfile: 'FROM oven/bun:1\nWORKDIR /w\nCOPY package.json .\nRUN bun install\n',
  });
  if (made.code !== 0) throw new Error(made.err);
  return { lock: t.run('docker run --rm locked cat bun.lock').out, log: made.err + made.out };
}

describe('bun in the oven/bun image', () => {
  it('prints its version, called as bun or through the image’s entrypoint', () => {
    const t = terminal();
    expect(t.run('docker run --rm oven/bun:1 bun --version').out).toBe('1.3.5\n');
    expect(t.run('docker run --rm oven/bun:1.1-alpine bun --version').out).toBe('1.1.45\n');
    expect(t.run('docker run --rm oven/bun:1 --version').out).toBe('1.3.5\n');
  });

  it('installs from package.json into node_modules and writes bun.lock', () => {
    const t = terminal();
    const { lock, log } = lockFor(t);
    const parsed = parseBunLock(lock);
    expect(parsed?.declared).toEqual({
      'dependencies:express': '^5.1.0',
      'devDependencies:typescript': '^5.9.0',
    });
    expect(parsed?.packages.express).toBe('5.2.1');
    expect(lock).toMatch(
      /^\{\n {2}"lockfileVersion": 1,\n {2}"workspaces": \{\n {4}"": \{\n {6}"name": "api",\n/,
    );
    const lines = log.split('\n').map((l) => l.replace(/^#\d+ [\d.]+ /, ''));
    const at = lines.findIndex((l) => /^bun install v1\.3\.5 \(1e86cebd\)$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 8)).toEqual([
      '',
      '+ express@5.2.1',
      '+ typescript@5.9.3',
      '',
      expect.stringMatching(/^\d+ packages installed \[[\d.]+m?s\]$/),
      '',
      'Saved lockfile',
    ]);
  });

  it('builds a frozen production install and keeps the server running until a 10 s stop', () => {
    const t = terminal();
    const { lock } = lockFor(t);
    writeHostFiles(t, 'api', {
      'package.json': PACKAGE,
      'bun.lock': lock,
      'index.ts': SERVER,
      Dockerfile: DOCKERFILE,
    });
    const built = t.run('docker build -t api api');
    expect(built.code, built.err + built.out).toBe(0);
    const history = t
      .run("docker history --no-trunc --format '{{.CreatedBy}}' api")
      .out.split('\n');
    expect(history.slice(0, 6)).toEqual([
      'CMD ["bun" "run" "index.ts"]',
      'EXPOSE map[8080/tcp:{}]',
      'COPY . . # buildkit',
      'RUN /bin/sh -c bun install --frozen-lockfile --production # buildkit',
      'COPY package.json bun.lock ./ # buildkit',
      'WORKDIR /app',
    ]);
    // oven/bun:1's five layers, then WORKDIR, two COPYs and the install.
    const layers = t.run("docker inspect --format '{{len .RootFS.Layers}}' api").out;
    expect(layers).toBe('9\n');
    const files = t.run('docker run --rm api sh -c "ls node_modules; ls node_modules/.bin"').out;
    expect(files).toContain('express\n');
    expect(files).not.toContain('typescript');
    t.run('docker run -d --name api -p 8080:8080 api');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^api Up /);
    expect(t.run('docker logs api').out).toBe('listening on 8080\nstarting api\n');
    // No SIGTERM handler as PID 1: the kernel drops it, and docker stop kills after 10 s.
    t.run('docker stop api');
    expect(t.run("docker ps -a --filter name=^api$ --format '{{.Status}}'").out).toMatch(
      /^Exited \(137\) /,
    );
  });

  it('refuses a frozen install whose lockfile no longer matches package.json', () => {
    const t = terminal();
    const { lock } = lockFor(t);
    const made = build(t, 'stale', {
      'package.json': PACKAGE.replace('"^5.1.0"', '"^4.21.0"'),
      'bun.lock': lock,
      Dockerfile:
        'FROM oven/bun:1\nCOPY package.json bun.lock ./\nRUN bun install --frozen-lockfile\n',
    });
    expect(made.code).toBe(1);
    expect(made.err + made.out).toContain('error: lockfile had changes, but lockfile is frozen\n');
  });

  it('installs from package.json without writing a lockfile when frozen and there is none', () => {
    const t = terminal();
    const made = build(t, 'nolock', {
      'package.json': PACKAGE,
      Dockerfile:
        'FROM oven/bun:1\nWORKDIR /app\nCOPY package.json bun.lockb* ./\nRUN bun install --frozen-lockfile --production\n',
    });
    expect(made.code, made.err).toBe(0);
    expect(made.err + made.out).not.toContain('Saved lockfile');
    expect(t.run('docker run --rm nolock ls').out).toBe('node_modules\npackage.json\n');
  });

  it('runs package.json scripts after its $ line and fails on a missing package', () => {
    const t = terminal();
    build(t, 'app', {
      'package.json': PACKAGE,
      'index.ts': SERVER,
      Dockerfile: 'FROM oven/bun:1\nCOPY . .\n',
    });
    const greet = t.run('docker run --rm app bun run greet');
    expect(greet.err).toBe('$ echo hello from $npm_package_name\n');
    expect(greet.code).toBe(0);
    const missing = t.run('docker run --rm app bun index.ts');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      "error: Cannot find package 'express' from '/home/bun/app/index.ts'\n\nBun v1.3.5 (Linux x64 baseline)\n",
    );
    expect(t.run('docker run --rm app bun run nope').err).toBe('error: Script not found "nope"\n');
  });

  it('bundles with bun build and compiles a server that keeps running on distroless', () => {
    const t = terminal();
    const { lock } = lockFor(t);
    const made = build(t, 'compiled', {
      'package.json': PACKAGE,
      'bun.lock': lock,
      'index.ts': SERVER,
      Dockerfile: `FROM oven/bun:1 AS build
WORKDIR /app
COPY package.json bun.lock ./
RUN bun install --frozen-lockfile
COPY . .
RUN bun build ./index.ts --outdir dist --target bun && bun build ./index.ts --compile --outfile server

FROM gcr.io/distroless/base-debian12
COPY --from=build /app/server /server
CMD ["/server"]
`,
    });
    expect(made.code, made.err).toBe(0);
    const log = made.err + made.out;
    expect(log).toMatch(/ {2}index\.js {2}\d+\.\d\d KB\n/);
    expect(log).toMatch(/\[\d+ms\] bundle \d+ modules\n/);
    expect(log).toMatch(/\[\d+ms\] compile {2}server\n/);
    // The executable is the Bun runtime with the bundle: bigger than bun itself.
    const size = t.run("docker history --format '{{.Size}}' compiled").out.split('\n')[1];
    expect(size).toMatch(/^9\d\.\dMB$/);
    t.run('docker run -d --name srv compiled');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^srv Up /);
  });
});
