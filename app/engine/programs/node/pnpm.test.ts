import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { corepackProgram } from './npx';
import { pnpmProgram } from './pnpm';

const pnpm = pnpmProgram(npmRegistry);
const opts = { env: NODE_ENV, cwd: '/app' };

function installed(files: Record<string, string> = {}) {
  const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON, ...files });
  const first = runProgram(pnpm, ['pnpm', 'install'], fs, opts);
  return { fs, first };
}

describe('pnpm install', () => {
  it('without a lockfile resolves, writes pnpm-lock.yaml and reports what it added', () => {
    const { fs, first } = installed();
    expect(first.code).toBe(0);
    expect(readText(fs, '/app/pnpm-lock.yaml')).toMatch(/^lockfileVersion: '9\.0'\n/);
    expect(first.stdout).toContain('Progress: resolved 5, reused 0, downloaded 5, added 5, done\n');
    expect(first.stdout).toContain('\ndependencies:\n+ express 5.1.0\n');
    expect(first.stdout).toMatch(/\nDone in (\d+ms|\d+\.\ds) using pnpm v10\.\d+\.\d+\n$/);
  });

  it('with --frozen-lockfile and a matching lockfile skips resolution and installs the same tree', () => {
    const { fs } = installed();
    const lock = readText(fs, '/app/pnpm-lock.yaml') as string;
    const fresh = nodeFs({ '/app/package.json': APP_PACKAGE_JSON, '/app/pnpm-lock.yaml': lock });
    const out = runProgram(pnpm, ['pnpm', 'i', '--frozen-lockfile'], fresh, opts);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe('Lockfile is up to date, resolution step is skipped');
    expect(fresh.stat('/app/node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js').ok).toBe(true);
  });

  it('with --frozen-lockfile and no lockfile fails with ERR_PNPM_NO_LOCKFILE', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const out = runProgram(pnpm, ['pnpm', 'install', '--frozen-lockfile'], fs, opts);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /^ ERR_PNPM_NO_LOCKFILE {2}Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is absent\n/,
    );
    expect(fs.stat('/app/node_modules').ok).toBe(false);
  });

  it('refuses a lockfile whose specifiers package.json changed', () => {
    const { fs } = installed();
    const manifest = JSON.parse(APP_PACKAGE_JSON) as { dependencies: Record<string, string> };
    manifest.dependencies.ms = '^2.1.0';
    const lock = readText(fs, '/app/pnpm-lock.yaml') as string;
    const changed = nodeFs({
      '/app/package.json': JSON.stringify(manifest),
      '/app/pnpm-lock.yaml': lock,
    });
    const out = runProgram(pnpm, ['pnpm', 'install', '--frozen-lockfile'], changed, opts);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile"',
    );
    expect(out.stdout).toContain('* 1 dependencies were added: ms@^2.1.0');
  });

  it('links only direct dependencies at the top level, their packages real in .pnpm', () => {
    const { fs } = installed();
    const top = fs.lstat('/app/node_modules/express');
    expect(top.ok && top.value.node.kind === 'symlink' && top.value.node.target).toBe(
      '.pnpm/express@5.1.0/node_modules/express',
    );
    expect(fs.lstat('/app/node_modules/debug').ok).toBe(false);
    const real = fs.lstat('/app/node_modules/.pnpm/express@5.1.0/node_modules/express');
    expect(real.ok && real.value.node.kind).toBe('dir');
    expect(
      fs.stat('/app/node_modules/.pnpm/express@5.1.0/node_modules/debug/src/index.js').ok,
    ).toBe(true);
    expect(readText(fs, '/app/node_modules/.modules.yaml')).toContain('nodeLinker: isolated\n');
    expect(fs.stat('/app/node_modules/.pnpm/lock.yaml').ok).toBe(true);
    expect(fs.stat('/root/.local/share/pnpm/store/v10').ok).toBe(true);
  });

  it('--prod leaves devDependencies out', () => {
    const { fs } = installed();
    const lock = readText(fs, '/app/pnpm-lock.yaml') as string;
    const fresh = nodeFs({ '/app/package.json': APP_PACKAGE_JSON, '/app/pnpm-lock.yaml': lock });
    const out = runProgram(pnpm, ['pnpm', 'install', '--frozen-lockfile', '--prod'], fresh, opts);
    expect(out.code).toBe(0);
    expect(fresh.lstat('/app/node_modules/typescript').ok).toBe(false);
    expect(fresh.lstat('/app/node_modules/express').ok).toBe(true);
    expect(out.stdout).not.toContain('devDependencies:');
  });

  it('puts the store under $PNPM_HOME/store', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    runProgram(pnpm, ['pnpm', 'install'], fs, {
      ...opts,
      env: { ...NODE_ENV, PNPM_HOME: '/pnpm' },
    });
    expect(fs.stat('/pnpm/store/v10/index').ok).toBe(true);
  });
});

describe('pnpm run and corepack', () => {
  it('pnpm run build prints its banner and runs the script through the shell', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const out = runProgram(pnpm, ['pnpm', 'run', 'build'], fs, opts);
    expect(out.stdout).toBe('\n> app@1.0.0 build /app\n> tsc -p .\n\n');
    expect(out.runs[0]?.slice(0, 2)).toEqual(['sh', '-c']);
    expect(out.runs[0]?.[2]).toContain('tsc -p .');
  });

  it('a missing script fails with ERR_PNPM_NO_SCRIPT', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const out = runProgram(pnpm, ['pnpm', 'lint'], fs, opts);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(' ERR_PNPM_NO_SCRIPT  Missing script: lint\n');
  });

  it('corepack enable pnpm links the shim; its first run downloads the pinned pnpm', () => {
    const manifest = { ...JSON.parse(APP_PACKAGE_JSON), packageManager: 'pnpm@9.15.0' };
    const fs = nodeFs({
      '/app/package.json': JSON.stringify(manifest),
      '/usr/local/lib/node_modules/corepack/dist/pnpm.js': '#!/usr/bin/env node\n',
    });
    runProgram(corepackProgram, ['corepack', 'enable', 'pnpm'], fs);
    const shim = fs.lstat('/usr/local/bin/pnpm');
    expect(shim.ok && shim.value.node.kind === 'symlink' && shim.value.node.target).toBe(
      '../lib/node_modules/corepack/dist/pnpm.js',
    );
    const out = runProgram(pnpm, ['pnpm', '--version'], fs, opts);
    expect(out.stdout).toBe('9.15.0\n');
    expect(fs.stat('/root/.cache/node/corepack/v1/pnpm/9.15.0/package.json').ok).toBe(true);
  });
});

describe('pnpm reports', () => {
  it('a second install of the same lockfile is already up to date', () => {
    const { fs } = installed();
    const out = runProgram(pnpm, ['pnpm', 'install', '--frozen-lockfile'], fs, opts);
    expect(out.stdout).toMatch(
      /^Lockfile is up to date, resolution step is skipped\nAlready up to date\nDone in \d+ms using pnpm v10\.\d+\.\d+\n$/,
    );
  });

  it('pnpm start without a start script or server.js fails with ERR_PNPM_NO_SCRIPT_OR_SERVER', () => {
    const fs = nodeFs({ '/app/package.json': '{"name":"x","version":"1.0.0"}' });
    const out = runProgram(pnpm, ['pnpm', 'start'], fs, opts);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(
      ' ERR_PNPM_NO_SCRIPT_OR_SERVER  Missing script start or file server.js\n',
    );
  });

  it('a failing script reports ELIFECYCLE and the missing node_modules', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const out = runProgram(pnpm, ['pnpm', 'build'], fs, { ...opts, onRun: () => 127 });
    expect(out.code).toBe(127);
    expect(out.stdout).toContain(' ELIFECYCLE  Command failed with exit code 127.\n');
    expect(out.stdout).toContain(' WARN   Local package.json exists, but node_modules missing');
  });
});

describe('pnpm add and exec', () => {
  it('pnpm add records the package in package.json and the lockfile, and links it', () => {
    const fs = nodeFs({ '/app/package.json': '{"name":"x","version":"1.0.0"}' });
    const out = runProgram(pnpm, ['pnpm', 'add', 'ms'], fs, opts);
    expect(out.code).toBe(0);
    expect(JSON.parse(readText(fs, '/app/package.json') as string).dependencies).toEqual({
      ms: '^2.1.3',
    });
    expect(readText(fs, '/app/pnpm-lock.yaml')).toContain('specifier: ^2.1.3\n');
    expect(fs.lstat('/app/node_modules/ms').ok).toBe(true);
  });

  it('pnpm exec runs a bin from node_modules/.bin and refuses an unknown command', () => {
    const { fs } = installed();
    const out = runProgram(pnpm, ['pnpm', 'exec', 'tsc', '--version'], fs, opts);
    expect(out.runs[0]?.[2]).toContain('/app/node_modules/.bin/tsc --version');
    const missing = runProgram(pnpm, ['pnpm', 'exec', 'nope'], fs, opts);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe(' ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command "nope" not found\n');
  });
});

describe('pnpm options', () => {
  it('an option value is not taken for the command (pnpm --filter web build)', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const out = runProgram(pnpm, ['pnpm', '--filter', 'app', 'build'], fs, opts);
    expect(out.stdout).toBe('\n> app@1.0.0 build /app\n> tsc -p .\n\n');
    expect(out.notes.some((n) => n.includes('--filter'))).toBe(true);
  });
});
