/**
 * Properties over random input: nothing a user can type makes the parser or the shell throw,
 * and every script ends with a result (the runaway guard stops what would not).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShell } from '../index';
import { sim } from './harness';

const TOKENS = [
  'echo',
  'x=1',
  '$x',
  '"$x"',
  "'q'",
  '$(',
  ')',
  '`',
  '"',
  "'",
  ';',
  '|',
  '||',
  '&&',
  '&',
  '\n',
  ' ',
  '\\',
  'while true; do',
  'until false; do',
  'done',
  'for i in 1 2 3; do',
  'if true; then',
  'else',
  'fi',
  'case $x in',
  'a)',
  ';;',
  'esac',
  'f() {',
  'f',
  '}',
  '{',
  '(',
  '<<EOF\n',
  'EOF\n',
  "<<'E'\n",
  'E\n',
  '*',
  '/tmp/*',
  '${x:-y}',
  '${x#*/}',
  '${#x}',
  '${x',
  '$((1+',
  '2))',
  '$((x/0))',
  '>',
  '>>',
  '2>&1',
  '<',
  '/tmp/f',
  'cat',
  'yes',
  'seq 1 100000',
  'sleep 1',
  'exit 3',
  'break',
  'continue',
  'return',
  'eval',
  'set -eux',
  'set -o pipefail',
  'local y',
  'shift 9',
  'read v',
  'rm -rf /tmp',
  'mkdir -p /tmp/a/b',
  'tar -czf /tmp/t.tgz /etc',
  'find / -name "*"',
  'sh -c',
  'trap "echo t" EXIT',
  'exec',
  'cd ..',
  'export Z=2',
  'unset x',
  '[ -f /x ]',
  'test 1 -eq',
  'printf "%s %d\\n"',
  'sed s/a/b/',
  'grep -r x /',
  'xargs',
  'ls -la /',
  'chmod -R 700 /',
  'useradd u',
];

const script = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 25 })
  .map((tokens) => tokens.join(' '));

describe('robustness', () => {
  it('never throws out of parseShell, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          script,
        ),
        (text) => {
          const result = parseShell(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always terminates with a result from runShell, whatever the script', () => {
    fc.assert(
      fc.property(
        fc.oneof(script, fc.string({ maxLength: 80 })),
        fc.constantFrom('gnu' as const, 'busybox' as const),
        (text, userland) => {
          const result = sim(userland).run(text);
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect(result.exitCode).toBeGreaterThanOrEqual(0);
          expect(result.exitCode).toBeLessThan(256);
          expect(typeof result.stdout).toBe('string');
          // runShell catches everything; an internal error would still be a bug here.
          expect(result.stderr).not.toContain('internal error');
        },
      ),
      { numRuns: Number(process.env.SHELL_FUZZ_RUNS ?? 150) },
    );
  }, 120_000);

  it('does not hang on the classic endless constructs', () => {
    for (const text of [
      'while :; do :; done',
      'f() { f; }; f',
      'yes | cat | wc -l',
      'for i in $(seq 1 1000000); do :; done',
      'x=y; while :; do x=$x$x; done',
      'eval "$(yes echo | head -n 5000)"',
    ]) {
      const result = sim().run(text);
      expect(result.exitCode).toBeGreaterThanOrEqual(0);
      expect(result.stderr).not.toContain('internal error');
    }
  }, 60_000);
});
