import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { yarnProgram } from './yarn';

const yarn = yarnProgram(npmRegistry);
const app = () => nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
const SCRIPT = ['sh', '-c', 'PATH="/app/node_modules/.bin:$PATH"; export PATH; tsc -p .'];

describe('yarn classic scripts and global installs', () => {
  it('yarn build prints Yarn\'s header, "$ command" and "Done in", not npm\'s banner', () => {
    const result = runProgram(yarn, ['yarn', 'build'], app(), { env: NODE_ENV, cwd: '/app' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^yarn run v1\.22\.22\n\$ tsc -p \.\nDone in \d+\.\d\ds\.\n$/);
    expect(result.runs).toEqual([SCRIPT]);
    const viaRun = runProgram(yarn, ['yarn', 'run', 'build'], app(), { cwd: '/app' });
    expect(viaRun.stdout).toMatch(/^yarn run v1\.22\.22\n\$ tsc -p \.\n/);
  });

  it('a missing script is Yarn\'s "Command not found" (no npm start default), exit 1', () => {
    const result = runProgram(yarn, ['yarn', 'dev-container'], app(), { cwd: '/app' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error Command "dev-container" not found.\n');
    expect(result.stdout).toBe(
      'yarn run v1.22.22\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n',
    );
    expect(result.runs).toEqual([]);
  });

  it('a failing script reports its exit code and yarn exits with it', () => {
    const result = runProgram(yarn, ['yarn', 'build'], app(), { cwd: '/app', onRun: () => 2 });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error Command failed with exit code 2.\n');
  });

  it('drops "--" with Yarn 1\'s warning and passes the options after it', () => {
    const result = runProgram(yarn, ['yarn', 'build', '--', '--watch'], app(), { cwd: '/app' });
    expect(result.stderr).toContain('warning From Yarn 1.0 onwards, scripts don\'t require "--"');
    expect(result.runs[0]?.[2]).toMatch(/; tsc -p \. --watch$/);
  });

  it('yarn global add installs into the global folder and links its binaries into /usr/local/bin', () => {
    const fs = app();
    const result = runProgram(yarn, ['yarn', 'global', 'add', 'typescript@5'], fs, {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^yarn global v1\.22\.22\ninfo No lockfile found\.\n\[1\/4\] Resolving packages\.\.\.\n[\s\S]*\[4\/4\] Building fresh packages\.\.\.\nsuccess Installed "typescript@5\.9\.3" with binaries:\n {6}- tsc\nDone in \d+\.\d\ds\.\n$/,
    );
    expect(result.stdout).not.toContain('Saved lockfile');
    const global = '/usr/local/share/.config/yarn/global';
    expect(JSON.parse(readText(fs, `${global}/package.json`) ?? '{}')).toEqual({
      dependencies: { typescript: '5' },
    });
    expect(readText(fs, `${global}/yarn.lock`)).toContain('# yarn lockfile v1');
    expect(fs.stat(`${global}/node_modules/typescript/lib/typescript.js`).ok).toBe(true);
    const link = fs.lstat('/usr/local/bin/tsc');
    expect(link.ok && link.value.node.kind === 'symlink' && link.value.node.target).toBe(
      `${global}/node_modules/typescript/bin/tsc`,
    );
    // The project itself is untouched.
    expect(fs.stat('/app/node_modules').ok).toBe(false);
  });

  it('a package without binaries gets Yarn\'s "has no binaries" warning', () => {
    const result = runProgram(yarn, ['yarn', 'global', 'add', 'ms'], app(), { cwd: '/app' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('warning "ms@2.1.3" has no binaries\n');
    expect(result.stdout).not.toContain('success Installed');
  });

  it('yarn upgrade re-resolves and saves the lockfile under its own header', () => {
    const result = runProgram(yarn, ['yarn', 'upgrade'], app(), { env: NODE_ENV, cwd: '/app' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^yarn upgrade v1\.22\.22\n[\s\S]*success Saved lockfile\.\n/);
  });
});
