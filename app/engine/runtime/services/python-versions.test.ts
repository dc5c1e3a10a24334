import { describe, expect, it } from 'vitest';
import { emptyDir, textFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import { runProgram } from '../../programs/testing/fake-io';
import type { ServiceContext } from './types';
import { pythonPrograms } from './python';

const context: ServiceContext = {
  base: new Map(),
  block: () => {
    throw new Error('blocked: a --version run must not start a server');
  },
  tty: false,
  ip: '172.17.0.2',
  seed: 'a1b2c3',
  loop: false,
  horizonMs: 60_000,
};
const SITE = '/usr/local/lib/python3.12/site-packages';

function site(dists: string[]): OverlayFs {
  let root: DirNode = emptyDir();
  for (const dist of dists) {
    const [, name, version] = /^(.+)-([^-]+)$/.exec(dist)!;
    const metadata = textFile(`Name: ${name}\nVersion: ${version}\n`);
    root = setAt(root, splitPath(`${SITE}/${dist}.dist-info/METADATA`), metadata);
  }
  return new OverlayFs([root]);
}

const run = (argv: string[], fs: OverlayFs) =>
  runProgram(pythonPrograms(context).get(argv[0]!)!.run, argv, fs, {
    env: { PYTHON_VERSION: '3.12.12' },
  });

describe('console scripts --version', () => {
  it('prints the versions pip installed, not constants', () => {
    const fs = site(['gunicorn-22.0.0', 'flask-3.0.3', 'werkzeug-3.0.6', 'uvicorn-0.38.0']);
    expect(run(['gunicorn', '--version'], fs)).toMatchObject({
      code: 0,
      stdout: 'gunicorn (version 22.0.0)\n',
    });
    expect(run(['flask', '--version'], fs).stdout).toBe(
      'Python 3.12.12\nFlask 3.0.3\nWerkzeug 3.0.6\n',
    );
    expect(run(['uvicorn', '--version'], fs)).toMatchObject({
      code: 0,
      stdout: 'Running uvicorn 0.38.0 with CPython 3.12.12 on Linux\n',
    });
  });

  it("answers gunicorn's -v before asking for an application module", () => {
    const result = run(['gunicorn', '-v'], site(['gunicorn-23.0.0']));
    expect(result.stdout).toBe('gunicorn (version 23.0.0)\n');
    expect(result.stderr).toBe('');
  });
});
