// Front-end dev servers (ng serve, astro dev, vue-cli-service serve): their start-up output,
// then they keep running in a container's process (io.serve); in a build's RUN they return.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles } from '../../runtime/testing/terminal';
import type { Program, ServeRequest } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { ngProgram } from './angular-cli';
import { astroProgram } from './astro';
import { vueCliServiceProgram } from './vue-cli-service';

class Served extends Error {
  constructor(readonly request: ServeRequest) {
    super('served');
  }
}
const serve = (r: ServeRequest): never => {
  throw new Served(r);
};

/** A container's /etc/hostname and /etc/hosts, as Docker writes them (172.17.0.2). */
const CONTAINER = {
  '/etc/hostname': 'c0ffee12\n',
  '/etc/hosts':
    '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n172.17.0.2\tc0ffee12\n',
};
const ANGULAR = {
  ...CONTAINER,
  '/app/angular.json':
    '{ "projects": { "shop": { "architect": { "build": { "options": {} } } } } }',
  '/app/src/index.html': '<app-root></app-root>\n',
  '/app/src/main.ts': 'bootstrapApplication(AppComponent);\n',
  '/app/src/styles.css': 'body { margin: 0; }\n',
};

/** Runs a program as a container's main process: io.serve ends the run with its request. */
function runServed(program: Program, argv: string[], files: Record<string, string>) {
  let request: ServeRequest | undefined;
  const result = runProgram(
    (args, io) => {
      try {
        return program(args, { ...io, serve });
      } catch (e) {
        if (!(e instanceof Served)) throw e;
        request = e.request;
        return 0;
      }
    },
    argv,
    nodeFs(files),
    { env: NODE_ENV, cwd: '/app' },
  );
  return { ...result, request };
}

describe('ng serve', () => {
  it("prints the dev build's table and Vite's URLs, then keeps running (SIGTERM: 143)", () => {
    const run = runServed(ngProgram, ['ng', 'serve', '--host', '0.0.0.0'], ANGULAR);
    expect(run.stderr).toContain(
      'Warning: This is a simple server for use in testing or debugging Angular applications\nlocally.',
    );
    expect(run.stdout).toMatch(
      /^Component HMR has been enabled, see https:\/\/angular.dev\/hmr for more info.\nInitial chunk files \| Names {9}\| Raw size\nmain\.js {13}\| main {10}\| +[\d.]+ kB \|\npolyfills\.js {8}\| polyfills {5}\| +89\.77 kB \|\nstyles\.css {10}\| styles {8}\| +\d+ bytes \|\n\n {20}\| Initial total \| +[\d.]+ kB\n\nApplication bundle generation complete\. \[\d\.\d{3} seconds\] - 2026-/,
    );
    expect(run.stdout).toContain(
      'Watch mode enabled. Watching for file changes...\nNOTE: Raw file sizes do not reflect development server per-request transformations.\n  ➜  Local:   http://localhost:4200/\n  ➜  Network: http://172.17.0.2:4200/\n',
    );
    expect(run.request).toMatchObject({ name: 'ng', ignoresSigterm: false, termExitCode: 143 });
  });

  it('listens on localhost only without --host: no warning, no Network URL', () => {
    const run = runServed(ngProgram, ['ng', 'serve', '--port=4300'], ANGULAR);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('  ➜  Local:   http://localhost:4300/\n');
    expect(run.stdout).not.toContain('Network');
  });

  it('returns 0 in a build step (no serve), with a note', () => {
    const run = runProgram(ngProgram, ['ng', 'serve'], nodeFs(ANGULAR), {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Watch mode enabled.');
    expect(run.notes.join('\n')).toContain('ng serve keeps running in a container');
  });

  it('refuses outside a workspace, as the Angular CLI does', () => {
    const run = runServed(ngProgram, ['ng', 'serve'], CONTAINER);
    expect(run).toMatchObject({ code: 1, request: undefined });
    expect(run.stderr).toContain('outside a workspace');
  });
});

describe('astro dev', () => {
  const SITE = { ...CONTAINER, '/app/src/pages/index.astro': '---\n---\n<h1>Hi</h1>\n' };

  it("prints Astro 5's banner and URLs, exposed with --host, then keeps running", () => {
    const run = runServed(astroProgram, ['astro', 'dev', '--host'], SITE);
    expect(run.stdout).toMatch(
      /^\d\d:\d\d:\d\d \[types\] Generated 0ms\n\d\d:\d\d:\d\d \[content\] Syncing content\n\d\d:\d\d:\d\d \[content\] Synced content\n\n astro {2}v5\.16\.6 ready in \d+ ms\n\n┃ Local {4}http:\/\/localhost:4321\/\n┃ Network {2}http:\/\/172\.17\.0\.2:4321\/\n\n\d\d:\d\d:\d\d watching for file changes...\n$/,
    );
    expect(run.request).toMatchObject({ name: 'astro', termExitCode: 143 });
  });

  it('says "use --host to expose" without --host', () => {
    const run = runServed(astroProgram, ['astro', 'dev', '--port', '3000'], SITE);
    expect(run.stdout).toContain(
      '┃ Local    http://localhost:3000/\n┃ Network  use --host to expose\n',
    );
    expect(run.request).toBeDefined();
  });
});

describe('vue-cli-service serve', () => {
  it("prints webpack-dev-server's start, the URLs on 0.0.0.0:8080 and Vue CLI's note", () => {
    const run = runServed(vueCliServiceProgram, ['vue-cli-service', 'serve'], {
      ...CONTAINER,
      '/app/src/main.js': 'createApp(App).mount("#app")\n',
    });
    expect(run.stdout).toMatch(
      /^ INFO {2}Starting development server...\n DONE {2}Compiled successfully in \d+ms\d{1,2}:\d\d:\d\d [AP]M\n\n\n {2}App running at:\n {2}- Local: {3}http:\/\/localhost:8080\/ \n {2}- Network: http:\/\/172\.17\.0\.2:8080\/\n\n {2}Note that the development build is not optimized.\n {2}To create a production build, run npm run build.\n\n$/,
    );
    // serve.js stops the server on SIGTERM and exits with process.exit(0).
    expect(run.request).toMatchObject({ name: 'vue-cli-service', termExitCode: 0 });
  });
});

describe('npm scripts that start a dev server, in a container', () => {
  const terminal = busyboxTerminals('docker pull -q node:22-slim');

  it('CMD npm run dev -- --host: astro dev stays Up and logs its URLs', () => {
    const t = terminal();
    writeHostFiles(t, 'site', {
      'package.json': JSON.stringify({
        name: 'site',
        version: '0.0.1',
        scripts: { dev: 'astro dev' },
        dependencies: { astro: '^5.16.6' },
      }),
      'src/pages/index.astro': '---\n---\n<h1>Hi</h1>\n',
      Dockerfile:
        'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["npm", "run", "dev", "--", "--host"]\n',
    });
    const built = t.run('docker build -q -t site site');
    expect([built.err, built.code]).toEqual(['', 0]);
    t.run('docker run -d --name web site');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    const logs = t.run('docker logs web').out;
    expect(logs).toContain('> site@0.0.1 dev\n> astro dev --host\n');
    expect(logs).toMatch(/┃ Network {2}http:\/\/172\.17\.0\.\d+:4321\//);
  });

  it('CMD npm run serve: a Vue CLI project installs vue-cli-service and it stays Up', () => {
    const t = terminal();
    writeHostFiles(t, 'web', {
      'package.json': JSON.stringify({
        name: 'web',
        version: '0.1.0',
        scripts: { serve: 'vue-cli-service serve' },
        dependencies: { vue: '^3.2.13' },
        devDependencies: { '@vue/cli-service': '~5.0.0' },
      }),
      'src/main.js': 'createApp(App).mount("#app")\n',
      Dockerfile:
        'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["npm", "run", "serve"]\n',
    });
    const built = t.run('docker build -q -t web web');
    expect([built.err, built.code]).toEqual(['', 0]);
    t.run('docker run -d --name vue web');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^vue Up /);
    expect(t.run('docker logs vue').out).toMatch(
      / {2}App running at:\n {2}- Local: {3}http:\/\/localhost:8080\/ \n/,
    );
  });
});
