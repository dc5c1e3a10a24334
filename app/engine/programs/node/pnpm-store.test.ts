import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';
import { pnpmProgram } from './pnpm';

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
