/**
 * awk programs replayed against outputs recorded from real awk (record-awk-oracle.py):
 * mawk 1.3.4 under dash for the gnu userland (Debian's /usr/bin/awk), BusyBox 1.35 awk
 * under BusyBox sh. Byte for byte, exit code included.
 */
import { describe, expect, it } from 'vitest';
import cases from './oracle-awk.json';
import { sim } from './harness';

interface Recorded {
  userland: 'gnu' | 'busybox';
  script: string;
  cwd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

function title(script: string): string {
  return script.length > 80 ? `${script.slice(0, 77)}...` : script;
}

describe('awk, as recorded from mawk and BusyBox awk', () => {
  it.each((cases as Recorded[]).map((c, i) => [i, c.userland, title(c.script), c] as const))(
    'case %i (%s): %s',
    (_i, userland, _t, recorded) => {
      const s = sim(userland);
      s.run(`mkdir -p ${recorded.cwd}`);
      const result = s.run(recorded.script, { cwd: recorded.cwd });
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: recorded.stdout,
        stderr: recorded.stderr,
        exitCode: recorded.exitCode,
      });
    },
  );
});
