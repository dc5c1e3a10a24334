import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { dumbInitProgram } from './dumb-init';

const fs = () => new OverlayFs([tree({ '/usr/bin/dumb-init': { blob: 18_552, mode: 0o755 } })]);

describe('dumb-init', () => {
  it('runs the command after -- and exits with its status', () => {
    const result = runProgram(dumbInitProgram, ['/usr/bin/dumb-init', '--', 'echo', 'hi'], fs(), {
      onRun: () => 3,
    });
    expect(result.runs).toEqual([['echo', 'hi']]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('');
  });

  it('takes its own options before the command and stops at the first word that is not one', () => {
    const result = runProgram(
      dumbInitProgram,
      ['dumb-init', '-c', '-r', '15:2', 'sh', '-c', 'x'],
      fs(),
    );
    expect(result.runs).toEqual([['sh', '-c', 'x']]);
  });

  it('prints its version on stderr', () => {
    const result = runProgram(dumbInitProgram, ['dumb-init', '--version'], fs());
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'dumb-init v1.2.5\n' });
    expect(result.runs).toEqual([]);
  });

  it('names a command it cannot exec and exits 2', () => {
    const result = runProgram(dumbInitProgram, ['dumb-init', '--', 'nope'], fs(), {
      onRun: () => 127,
    });
    expect(result.stderr).toBe('[dumb-init] nope: No such file or directory\n');
    expect(result.code).toBe(2);
  });

  it('shows the short usage without a command, and refuses a bad signal rewrite', () => {
    const bare = runProgram(dumbInitProgram, ['/usr/bin/dumb-init', '--'], fs());
    expect(bare.code).toBe(1);
    expect(bare.stderr).toBe(
      'Usage: /usr/bin/dumb-init [option] program [args]\nTry /usr/bin/dumb-init --help for full usage.\n',
    );
    const bad = runProgram(dumbInitProgram, ['dumb-init', '-r', '40:1', 'sh'], fs());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('between 1 and 31');
    expect(runProgram(dumbInitProgram, ['dumb-init', '-x', 'sh'], fs()).stderr).toBe(
      "dumb-init: invalid option -- 'x'\n",
    );
  });
});
