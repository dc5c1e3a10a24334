import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';
import { oldPrefixes } from './npm-log-prefix';

const npm = npmProgram(npmRegistry);

function withNpm(version: string) {
  const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
  fs.writeFile('/usr/local/lib/node_modules/npm/package.json', {
    text: `{"name":"npm","version":"${version}"}\n`,
  });
  return fs;
}

describe("npm's log prefixes by version", () => {
  it('npm 8 (node:16) prints "npm ERR!" where npm 10.6+ prints "npm error"', () => {
    const old = runProgram(npm, ['npm', 'run', 'lint'], withNpm('8.19.4'), { cwd: '/app' });
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/^npm ERR! Missing script: "lint"\nnpm ERR!\nnpm ERR! To see/);
    expect(old.stderr).not.toContain('npm error');
    const current = runProgram(npm, ['npm', 'run', 'lint'], withNpm('10.8.2'), { cwd: '/app' });
    expect(current.stderr).toMatch(/^npm error Missing script: "lint"\n/);
  });

  it('warnings too: "npm WARN" before 10.6', () => {
    const result = runProgram(npm, ['npm', 'cache', 'clean', '--force'], withNpm('10.5.0'), {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(result.stderr).toBe('npm WARN using --force Recommended protections disabled.\n');
  });

  it('10.6.0 is the first with the lowercase prefixes', () => {
    expect(['6.14.18', '8.19.4', '9.6.3', '10.5.2'].map(oldPrefixes)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['10.6.0', '10.8.2', '11.6.2'].map(oldPrefixes)).toEqual([false, false, false]);
  });
});
