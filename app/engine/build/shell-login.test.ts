import { describe, expect, it } from 'vitest';
import { shellIsLogin, shellStartFlags } from './run-step';

describe('a SHELL instruction’s login option', () => {
  it('is a login shell with -l before -c, in a cluster, or bash’s --login', () => {
    expect(shellIsLogin(['/bin/bash', '--login', '-c'])).toBe(true);
    expect(shellIsLogin(['/bin/bash', '-l', '-c'])).toBe(true);
    expect(shellIsLogin(['/bin/sh', '-lc'])).toBe(true);
    expect(shellIsLogin(['/bin/bash', '-o', 'pipefail', '-l', '-c'])).toBe(false);
    expect(shellIsLogin(['/bin/sh', '-c'])).toBe(false);
    expect(shellIsLogin(['/bin/sh', '-c', '-l'])).toBe(false);
    expect(shellIsLogin(['/bin/sh'])).toBe(false);
  });

  it('keeps the set options that follow --login', () => {
    expect(shellStartFlags(['/bin/bash', '--login', '-e', '-o', 'pipefail', '-c'])).toEqual([
      '-e',
      '-o',
      'pipefail',
    ]);
    expect(shellStartFlags(['/bin/bash', '-l', '-c'])).toEqual([]);
  });
});
