import { describe, expect, it } from 'vitest';
import { listDir, readText, walkFiles } from '../common/fs-helpers';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';

const npm = npmProgram(npmRegistry);
const run = (fs: ReturnType<typeof nodeFs>, line: string, options: RunOptions = {}) =>
  runProgram(npm, line.split(' '), fs, { env: NODE_ENV, cwd: '/app', ...options });

describe('npm', () => {
  it("npm ci without a lockfile fails with npm's message", () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = run(fs, 'npm ci');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock\.json or\nnpm error npm-shrinkwrap\.json with lockfileVersion >= 1\. Run an install with npm@5 or\nnpm error later to generate a package-lock\.json file, then try again\.\n/,
    );
    expect(result.stderr).toMatch(
      /npm error A complete log of this run can be found in: \/root\/\.npm\/_logs\/2026-01-15T09_00_00_000Z-debug-0\.log\n$/,
    );
    expect(fs.stat('/app/node_modules').ok).toBe(false);
  });

  it('npm install reads package.json, writes node_modules, the lockfile and the cache, and prints the summary', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = run(fs, 'npm install');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\nadded 5 packages, and audited 6 packages in \d+(ms|s)\n/);
    expect(result.stdout).toMatch(/\nfound 0 vulnerabilities\n$/);
    expect(listDir(fs, '/app/node_modules')).toEqual([
      '.bin',
      '.package-lock.json',
      'body-parser',
      'debug',
      'express',
      'ms',
      'typescript',
    ]);
    const bin = fs.lstat('/app/node_modules/.bin/tsc');
    expect(bin.ok && bin.value.node.kind === 'symlink' && bin.value.node.target).toBe(
      '../typescript/bin/tsc',
    );
    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['node_modules/typescript'].dev).toBe(true);
    expect(lock.packages['node_modules/express'].resolved).toBe(
      'https://registry.npmjs.org/express/-/express-5.1.0.tgz',
    );
    expect(walkFiles(fs, '/root/.npm/_cacache').length).toBe(10);
  });

  it('npm ci installs exactly the lockfile, and --omit=dev leaves dev dependencies out', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    run(fs, 'npm install');
    fs.remove('/app/node_modules', { recursive: true });
    const result = run(fs, 'npm ci --omit=dev');
    expect(result.stdout).toMatch(/^\nadded 4 packages, and audited 5 packages in/);
    expect(fs.stat('/app/node_modules/typescript').ok).toBe(false);
    expect(fs.stat('/app/node_modules/ms/index.js').ok).toBe(true);
  });

  it('npm ci refuses a lockfile out of sync with package.json', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    run(fs, 'npm install');
    fs.writeFile('/app/package.json', {
      text: JSON.stringify({
        name: 'app',
        dependencies: { express: '^5.1.0', ms: '^2.1.3', lodash: '^4.17.21' },
      }),
    });
    const result = run(fs, 'npm ci');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm error Missing: lodash@^4.17.21 from lock file\n');
  });

  it('npm install <pkg> adds it to package.json and the lockfile', () => {
    const fs = nodeFs({ '/app/package.json': '{"name":"app","version":"1.0.0"}' });
    const result = run(fs, 'npm install ms');
    expect(result.stdout).toMatch(/^\nadded 1 package, and audited 2 packages in/);
    expect(JSON.parse(readText(fs, '/app/package.json') ?? '{}').dependencies).toEqual({
      ms: '^2.1.3',
    });
    expect(
      JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}').packages['node_modules/ms']
        .version,
    ).toBe('2.1.3');
    expect(run(fs, 'npm install').stdout).toMatch(/^\nup to date, audited 2 packages in/);
  });

  it('fails without package.json as npm does', () => {
    const result = run(nodeFs(), 'npm install');
    expect(result.code).toBe(254);
    expect(result.stderr).toContain(
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'\n",
    );
  });

  it('npm run build runs the script through the shell, with node_modules/.bin on PATH', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = run(fs, 'npm run build', { onRun: () => 0 });
    expect(result.stdout).toBe('\n> app@1.0.0 build\n> tsc -p .\n\n');
    expect(result.runs).toEqual([
      ['sh', '-c', 'PATH="/app/node_modules/.bin:$PATH"; export PATH; tsc -p .'],
    ]);
    const failed = run(fs, 'npm run build', { onRun: () => 2 });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(
      'npm error Lifecycle script `build` failed with error:\nnpm error code 2\n',
    );
  });

  it('passes the arguments after `--` to the script without the separator', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = run(fs, 'npm run build -- --configuration production', { onRun: () => 0 });
    expect(result.stdout).toBe('\n> app@1.0.0 build\n> tsc -p . --configuration production\n\n');
  });

  it('a global install says only what it added: global installs are not audited', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = run(fs, 'npm install -g debug');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\nadded 2 packages in \d+(ms|s)\n/);
    expect(result.stdout).not.toContain('audited');
    expect(result.stdout).not.toContain('vulnerabilities');
  });

  it('names a missing script', () => {
    const fs = nodeFs({ '/app/package.json': '{"name":"app","version":"1.0.0"}' });
    const result = run(fs, 'npm run lint');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^npm error Missing script: "lint"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error {3}npm run\n/,
    );
  });

  it('npm cache clean needs --force and then empties the cache', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    run(fs, 'npm install');
    expect(run(fs, 'npm cache clean').code).toBe(1);
    run(fs, 'npm cache clean --force');
    expect(fs.stat('/root/.npm/_cacache').ok).toBe(false);
  });

  it('reports its version', () => {
    expect(run(nodeFs(), 'npm --version').stdout).toBe('11.6.2\n');
  });
});

describe("npm install runs the project's own install scripts", () => {
  const withScripts = (scripts: Record<string, string>) =>
    nodeFs({
      '/app/package.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        scripts,
        dependencies: { debug: '^4.4.1' },
      }),
    });

  it('runs postinstall and prepare after node_modules is written, with their banners', () => {
    const fs = withScripts({ postinstall: 'nuxt prepare', prepare: 'husky', build: 'x' });
    const result = run(fs, 'npm install', { onRun: () => 0 });
    expect(result.code).toBe(0);
    expect(result.runs.map((r) => r.at(-1))).toEqual([
      'PATH="/app/node_modules/.bin:$PATH"; export PATH; nuxt prepare',
      'PATH="/app/node_modules/.bin:$PATH"; export PATH; husky',
    ]);
    expect(result.stdout).toMatch(
      /^\n> app@1\.0\.0 postinstall\n> nuxt prepare\n\n\n> app@1\.0\.0 prepare\n> husky\n\n\nadded 2 packages, and audited 3 packages/,
    );
  });

  it('stops with the script status when one fails (husky missing after --omit=dev)', () => {
    const fs = withScripts({ prepare: 'husky' });
    const result = run(fs, 'npm install --omit=dev', { onRun: () => 127 });
    expect(result.code).toBe(127);
    expect(result.stderr).toMatch(
      /^npm error code 127\nnpm error path \/app\nnpm error command failed\nnpm error command sh -c husky\nnpm error A complete log/,
    );
    expect(result.stdout).not.toContain('added');
  });

  it('skips them with --ignore-scripts', () => {
    const result = run(withScripts({ prepare: 'husky' }), 'npm install --ignore-scripts', {
      onRun: () => 127,
    });
    expect(result).toMatchObject({ code: 0, runs: [] });
  });
});

describe('--include=dev', () => {
  it('installs devDependencies even with NODE_ENV=production (fly.io Node Dockerfiles)', () => {
    const fs = nodeFs({
      '/app/package.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        devDependencies: { debug: '^4.4.1' },
      }),
    });
    const env = { ...NODE_ENV, NODE_ENV: 'production' };
    expect(run(fs, 'npm install', { env }).stdout).toContain('up to date');
    expect(fs.stat('/app/node_modules/debug').ok).toBe(false);
    run(fs, 'npm install --include=dev', { env });
    expect(fs.stat('/app/node_modules/debug/package.json').ok).toBe(true);
  });
});

describe('npm prune', () => {
  it('--omit=dev removes the dev-only packages and their .bin links, as an install reports', () => {
    const fs = nodeFs({
      '/app/package.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        dependencies: { ms: '^2.1.3' },
        devDependencies: { debug: '^4.4.1' },
      }),
    });
    run(fs, 'npm install');
    expect(fs.stat('/app/node_modules/debug').ok).toBe(true);
    const result = run(fs, 'npm prune --omit=dev');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\nremoved 1 package, and audited 2 packages in \d+m?s\n/);
    expect(fs.stat('/app/node_modules/debug').ok).toBe(false);
    expect(fs.stat('/app/node_modules/ms/package.json').ok).toBe(true);
    expect(run(fs, 'npm prune --omit=dev').stdout).toMatch(/^\nup to date, audited 2 packages/);
  });
});
