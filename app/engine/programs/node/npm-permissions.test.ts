import { describe, expect, it } from 'vitest';
import { credentialsOf } from '../../shell/access';
import { PermissionFs } from '../../shell/exec/permission-fs';
import type { User } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';

const npm = npmProgram(npmRegistry);
const NODE: User = { name: 'node', uid: 1000, gid: 1000, home: '/home/node' };

/** A node image whose /app root owns (WORKDIR before USER), as the node user sees it. */
function nodeUserFs(files: Record<string, string> = {}, appOwner?: number) {
  const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON, ...files });
  fs.mkdir('/home/node', { parents: true, owner: { uid: 1000, gid: 1000 } });
  if (appOwner !== undefined) fs.chown('/app', { uid: appOwner, gid: appOwner });
  return { root: fs, view: new PermissionFs(fs, credentialsOf(fs, NODE)) };
}

const asNode = (fs: PermissionFs, line: string) =>
  runProgram(npm, line.split(' '), fs, { env: NODE_ENV, cwd: '/app', user: NODE });

describe('npm as a user who may not write the project', () => {
  it("npm install in a root-owned /app fails with npm's EACCES report and exit 243", () => {
    const { root, view } = nodeUserFs();
    const result = asNode(view, 'npm install');
    expect(result.code).toBe(243);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'npm error code EACCES',
        'npm error syscall mkdir',
        'npm error path /app/node_modules',
        'npm error errno -13',
        "npm error Error: EACCES: permission denied, mkdir '/app/node_modules'",
        "npm error  [Error: EACCES: permission denied, mkdir '/app/node_modules'] {",
        'npm error   errno: -13,',
        "npm error   code: 'EACCES',",
        "npm error   syscall: 'mkdir',",
        "npm error   path: '/app/node_modules'",
        'npm error }',
        'npm error',
        'npm error The operation was rejected by your operating system.',
        'npm error It is likely you do not have the permissions to access this file as the current user',
        'npm error',
        'npm error If you believe this might be a permissions issue, please double-check the',
        'npm error permissions of the file and its containing directories, or try running',
        'npm error the command again as root/Administrator.',
        'npm error A complete log of this run can be found in: /home/node/.npm/_logs/2026-01-15T09_00_00_000Z-debug-0.log',
        '',
      ].join('\n'),
    );
    expect(root.stat('/app/node_modules').ok).toBe(false);
    expect(root.stat('/app/package-lock.json').ok).toBe(false);
  });

  it('npm ci fails the same way when it cannot create node_modules', () => {
    const { view } = nodeUserFs({ '/app/package-lock.json': LOCK });
    const result = asNode(view, 'npm ci');
    expect(result.code).toBe(243);
    expect(result.stderr).toMatch(/^npm error code EACCES\nnpm error syscall mkdir\n/);
  });

  it('installs when the user owns the project folder', () => {
    const { root, view } = nodeUserFs({}, 1000);
    const result = asNode(view, 'npm install');
    expect(result.code).toBe(0);
    const modules = root.stat('/app/node_modules/express');
    expect(modules.ok && modules.value.node.uid).toBe(1000);
    expect(root.stat('/home/node/.npm/_cacache').ok).toBe(true);
  });

  it('fails at package-lock.json when the folder is theirs but the copied lockfile is root’s', () => {
    const { root, view } = nodeUserFs({ '/app/package-lock.json': LOCK }, 1000);
    root.chown('/app/package-lock.json', { uid: 0, gid: 0 });
    const result = asNode(view, 'npm install');
    expect(result.code).toBe(243);
    expect(result.stderr).toContain(
      "npm error Error: EACCES: permission denied, open '/app/package-lock.json'\n",
    );
    expect(result.stderr).toContain(
      'npm error syscall open\nnpm error path /app/package-lock.json\n',
    );
  });

  it('root installs into a root-owned folder as before', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    const result = runProgram(npm, ['npm', 'install'], fs, { env: NODE_ENV, cwd: '/app' });
    expect(result.code).toBe(0);
  });
});

const LOCK = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { express: '^5.1.0' } },
    'node_modules/express': { version: '5.1.0' },
    'node_modules/typescript': { version: '5.9.3', dev: true },
  },
});
