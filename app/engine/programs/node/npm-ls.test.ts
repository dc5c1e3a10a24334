import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';

const npm = npmProgram(npmRegistry);
const run = (fs: ReturnType<typeof nodeFs>, line: string, env: Record<string, string> = {}) =>
  runProgram(npm, line.split(' '), fs, { env: { ...NODE_ENV, ...env }, cwd: '/app' });

describe('npm ls', () => {
  it("lists the project's direct dependencies with their installed versions", () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    run(fs, 'npm install');
    const result = run(fs, 'npm ls');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^app@1\.0\.0 \/app\n├── express@\d+\.\d+\.\d+\n└── typescript@\d+\.\d+\.\d+\n\n$/,
    );
  });

  it('reports a dependency that is not installed as UNMET, with ELSPROBLEMS and exit 1', () => {
    const fs = nodeFs({ '/app/package.json': APP_PACKAGE_JSON });
    run(fs, 'npm install --omit=dev');
    const result = run(fs, 'npm ls');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('└── UNMET DEPENDENCY typescript@^5.9.0\n');
    expect(result.stderr).toMatch(
      /^npm error code ELSPROBLEMS\nnpm error missing: typescript@\^5\.9\.0, required by app@1\.0\.0\n/,
    );
    // npm leaves out the dev dependencies it omits (NODE_ENV=production here).
    const production = run(fs, 'npm ls', { NODE_ENV: 'production' });
    expect(production.code).toBe(0);
    expect(production.stdout).not.toContain('typescript');
  });
});
