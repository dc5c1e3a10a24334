import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';
import { pnpmProgram } from './pnpm';
import { virtualStoreDir } from './pnpm-layout';

const pnpm = pnpmProgram(npmRegistry);
const env = { ...NODE_ENV, PNPM_HOME: '/pnpm' };
const opts = { env, cwd: '/app' };

function withLockfile() {
  const first = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
  runProgram(pnpm, ['pnpm', 'install'], first, opts);
  const lock = readText(first, '/app/pnpm-lock.yaml') as string;
  return nodeFs({ '/app/package.json': APP_PACKAGE_JSON, '/app/pnpm-lock.yaml': lock });
}

describe('the pnpm store', () => {
  it('pnpm fetch fills the store from the lockfile without writing node_modules', () => {
    const fs = withLockfile();
    const out = runProgram(pnpm, ['pnpm', 'fetch', '--prod'], fs, opts);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Progress: resolved 4, reused 0, downloaded 4, added 0, done\n');
    expect(fs.stat('/app/node_modules').ok).toBe(false);
    expect(fs.stat('/pnpm/store/v10/index').ok).toBe(true);
  });

  it('an install after fetch reuses what the store holds, and --offline needs it there', () => {
    const fs = withLockfile();
    const offline = runProgram(pnpm, ['pnpm', 'install', '--offline', '--prod'], fs, opts);
    expect(offline.code).toBe(1);
    expect(offline.stdout).toMatch(/\n ERR_PNPM_NO_OFFLINE_TARBALL {2}A package is missing/);
    expect(fs.stat('/app/node_modules').ok).toBe(false);
    runProgram(pnpm, ['pnpm', 'fetch', '--prod'], fs, opts);
    const out = runProgram(pnpm, ['pnpm', 'install', '--offline', '--prod'], fs, opts);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Progress: resolved 4, reused 4, downloaded 0, added 4, done\n');
  });

  it('npm install -g pnpm links a pnpm that reports the installed version', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    runProgram(npmProgram(npmRegistry), ['npm', 'install', '-g', 'pnpm@9.15.0'], fs);
    const link = fs.lstat('/usr/local/bin/pnpm');
    expect(link.ok && link.value.node.kind === 'symlink' && link.value.node.target).toBe(
      '../lib/node_modules/pnpm/bin/pnpm.cjs',
    );
    expect(runProgram(pnpm, ['pnpm', '--version'], fs, opts).stdout).toBe('9.15.0\n');
    runProgram(pnpm, ['pnpm', 'install'], fs, opts);
    expect(fs.stat('/pnpm/store/v3/files').ok).toBe(true);
  });
});

describe('old lockfiles', () => {
  it('a lockfile v5 is refused; a v6 one only when installing frozen', () => {
    const v5 = nodeFs({
      '/app/package.json': APP_PACKAGE_JSON,
      '/app/pnpm-lock.yaml': 'lockfileVersion: 5.4\n',
    });
    const five = runProgram(pnpm, ['pnpm', 'install'], v5, opts);
    expect(five.code).toBe(1);
    expect(five.stdout).toMatch(/^ ERR_PNPM_LOCKFILE_BREAKING_CHANGE {2}Lockfile \/app\/pnpm-lock/);
    const v6 = () =>
      nodeFs({
        '/app/package.json': APP_PACKAGE_JSON,
        '/app/pnpm-lock.yaml': "lockfileVersion: '6.0'\n",
      });
    const frozen = runProgram(pnpm, ['pnpm', 'install', '--frozen-lockfile'], v6(), opts);
    expect(frozen.stdout).toMatch(/^ ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE /);
    const fs = v6();
    expect(runProgram(pnpm, ['pnpm', 'install'], fs, opts).code).toBe(0);
    expect(readText(fs, '/app/pnpm-lock.yaml')).toMatch(/^lockfileVersion: '9\.0'/);
  });
});

describe('the virtual store', () => {
  it('names folders as pnpm does: peers after underscores, a scope joined by +', () => {
    expect(virtualStoreDir('next@15.1.0(react-dom@19.0.0(react@19.0.0))(react@19.0.0)')).toBe(
      'next@15.1.0_react-dom@19.0.0_react@19.0.0__react@19.0.0',
    );
    expect(virtualStoreDir('@next/env@15.1.0')).toBe('@next+env@15.1.0');
  });
});

describe('pnpm settings', () => {
  it('pnpm config set store-dir moves the store, and a project .npmrc does too', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const plain = { env: NODE_ENV, cwd: '/app' };
    runProgram(pnpm, ['pnpm', 'config', 'set', 'store-dir', '/cache/pnpm'], fs, plain);
    expect(readText(fs, '/root/.config/pnpm/rc')).toBe('store-dir=/cache/pnpm\n');
    expect(runProgram(pnpm, ['pnpm', 'store', 'path'], fs, plain).stdout).toBe('/cache/pnpm/v10\n');
    const npmrc = nodeFs({
      '/app/package.json': APP_PACKAGE_JSON,
      '/app/.npmrc': 'store-dir=/s\n',
    });
    runProgram(pnpm, ['pnpm', 'install'], npmrc, plain);
    expect(npmrc.stat('/s/v10/index').ok).toBe(true);
  });
});
