import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { npmProgram } from './npm';

describe('installed versions', () => {
  it("a range the catalog's version does not satisfy installs that version's package.json", () => {
    const fs = nodeFs({
      '/app/package.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        dependencies: { typescript: '~4.6.2', ms: '^2.1.0' },
      }),
    });
    const result = runProgram(npmProgram(npmRegistry), ['npm', 'install'], fs, {
      env: NODE_ENV,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    const ts = JSON.parse(readText(fs, '/app/node_modules/typescript/package.json') ?? '{}');
    expect(ts).toEqual({ name: 'typescript', version: '4.6.2', bin: { tsc: './bin/tsc' } });
    // One the catalog satisfies keeps the catalog's version.
    const ms = JSON.parse(readText(fs, '/app/node_modules/ms/package.json') ?? '{}');
    expect(ms.version).toBe('2.1.3');
    const lock = JSON.parse(readText(fs, '/app/package-lock.json') ?? '{}');
    expect(lock.packages['node_modules/typescript'].version).toBe('4.6.2');
  });
});
