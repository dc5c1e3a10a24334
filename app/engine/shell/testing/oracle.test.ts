/**
 * Recorded behaviour of real shells, replayed against the simulation. oracle-dash.json holds
 * what `dash -c` printed with GNU coreutils on Debian 12; oracle-busybox.json what BusyBox
 * 1.35 `sh -c` printed (the local binary for pure shell cases, the Docker oracle's busybox
 * image for the file cases); oracle-bash.json what `bash -c` (5.2, Debian 12) printed. Each case must match byte for byte, exit code included.
 */
import { describe, expect, it } from 'vitest';
import dashCases from './oracle-dash.json';
import busyboxCases from './oracle-busybox.json';
import bashCases from './oracle-bash.json';
import { sim } from './harness';

interface Recorded {
  script: string;
  cwd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

function title(script: string): string {
  const first = script.split('\n')[0] ?? '';
  return first.length > 70 ? `${first.slice(0, 67)}...` : first;
}

describe.each([
  ['dash with GNU coreutils', 'gnu' as const, 'dash', dashCases as Recorded[]],
  ['BusyBox sh', 'busybox' as const, 'sh', busyboxCases as Recorded[]],
  ['bash 5.2', 'gnu' as const, 'bash', bashCases as Recorded[]],
])('%s, as recorded', (_name, userland, shellName, cases) => {
  it.each(cases.map((c, i) => [i, title(c.script), c] as const))(
    'case %i: %s',
    (_i, _t, recorded) => {
      const s = sim(userland);
      s.run(`mkdir -p ${recorded.cwd}`);
      const result = s.run(recorded.script, { shellName, cwd: recorded.cwd });
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: recorded.stdout,
        stderr: recorded.stderr,
        exitCode: recorded.exitCode,
      });
    },
  );
});
