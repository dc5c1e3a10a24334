import { describe, expect, it } from 'vitest';
import { sim } from '../testing/harness';

const run = (script: string) => sim().run(script);

describe('set -e (errexit, as POSIX and dash define it)', () => {
  it('stops at the first failing command but not inside an if condition', () => {
    const r = run('set -e; if false; then echo no; fi; echo after-if; false; echo never');
    expect(r.stdout).toBe('after-if\n');
    expect(r.exitCode).toBe(1);
    expect(r.exited).toBe(true);
  });

  it('ignores failures in && and || lists except the last command', () => {
    expect(run('set -e; false && true; echo a; false || true; echo b').stdout).toBe('a\nb\n');
    expect(run('set -e; true && false; echo never').stdout).toBe('');
  });

  it('ignores failures in while conditions and after !', () => {
    expect(run('set -e; while false; do :; done; ! true; echo reached').stdout).toBe('reached\n');
  });

  it('does not apply inside a function called from a condition', () => {
    expect(run('set -e; f() { false; echo inside; }; f || echo rescued; echo end').stdout).toBe(
      'inside\nend\n',
    );
  });

  it('stops on a failing subshell and a failing command substitution in an assignment', () => {
    expect(run('set -e; (false); echo never').exitCode).toBe(1);
    expect(run('set -e; x=$(exit 3); echo never')).toMatchObject({ stdout: '', exitCode: 3 });
  });

  it('takes the pipeline status from its last command unless pipefail is set (bash)', () => {
    expect(run('set -e; false | true; echo survived').stdout).toBe('survived\n');
    const bash = sim().run('set -eo pipefail; false | true; echo never', { shellName: 'bash' });
    expect(bash.exitCode).toBe(1);
  });

  it('refuses set -o pipefail in dash, as Debian /bin/sh does', () => {
    const r = run('set -o pipefail; echo never');
    expect(r.stderr).toBe('/bin/sh: 1: set: Illegal option -o pipefail\n');
    expect(r.exitCode).toBe(2);
  });

  it('supports pipefail in BusyBox ash', () => {
    expect(sim('busybox').run('set -o pipefail; false | true; echo $?').stdout).toBe('1\n');
  });

  it('combines with -u and -x as set -eux', () => {
    const r = run('set -eux; a=1; echo $a; echo $nope');
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe('+ a=1\n+ echo 1\n/bin/sh: 1: nope: parameter not set\n');
    expect(r.exitCode).toBe(2);
  });
});
