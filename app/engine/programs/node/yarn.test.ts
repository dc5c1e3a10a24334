import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { corepackProgram, npxProgram } from './npx';
import { yarnProgram } from './yarn';

const yarn = yarnProgram(npmRegistry);

describe('yarn, npx and corepack', () => {
  it('yarn install prints its four steps, writes yarn.lock and node_modules', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = runProgram(yarn, ['yarn', 'install'], fs, { env: NODE_ENV, cwd: '/app' });
    expect(result.stdout).toMatch(
      /^yarn install v1\.22\.22\ninfo No lockfile found\.\n\[1\/4\] Resolving packages\.\.\.\n\[2\/4\] Fetching packages\.\.\.\n\[3\/4\] Linking dependencies\.\.\.\n\[4\/4\] Building fresh packages\.\.\.\nsuccess Saved lockfile\.\nDone in \d+\.\d\ds\.\n$/,
    );
    expect(readText(fs, '/app/yarn.lock')).toContain('# yarn lockfile v1');
    expect(fs.stat('/app/node_modules/express/index.js').ok).toBe(true);
  });

  it('yarn --frozen-lockfile refuses a lockfile that needs changes', () => {
    const fs = nodeFs({
      '/app/package.json': APP_PACKAGE_JSON,
      '/app/yarn.lock': '# yarn lockfile v1\n',
    });
    const result = runProgram(yarn, ['yarn', 'install', '--frozen-lockfile'], fs, { cwd: '/app' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.\n',
    );
  });

  it('npx runs a local bin and notes what it would have downloaded', () => {
    const fs = nodeFs({ '/app/node_modules/.bin/tsc': '#!/usr/bin/env node\n' });
    const local = runProgram(npxProgram, ['npx', 'tsc', '--version'], fs, { cwd: '/app' });
    expect(local.runs).toEqual([['/app/node_modules/.bin/tsc', '--version']]);
    const remote = runProgram(npxProgram, ['npx', 'cowsay', 'hi'], fs, { cwd: '/app' });
    expect(remote.code).toBe(0);
    expect(remote.notes).toHaveLength(1);
  });

  it('corepack enable links pnpm and yarn', () => {
    const fs = nodeFs();
    runProgram(corepackProgram, ['corepack', 'enable'], fs);
    const pnpm = fs.lstat('/usr/local/bin/pnpm');
    expect(pnpm.ok && pnpm.value.node.kind).toBe('symlink');
  });
});
