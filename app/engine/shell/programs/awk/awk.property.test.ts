/**
 * Whatever program text and input awk is given, it ends with an exit status and awk's own
 * messages: the parser and the interpreter never throw, and runaway loops stop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgramIO } from '../../program';
import { OverlayFs } from '../../../fs/overlay';
import { baseTree, ROOT } from '../../testing/harness';
import { awk } from './index';
import { parseAwk } from './parser';

const PIECES = [
  'BEGIN',
  'END',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  '\n',
  ',',
  ' ',
  '$',
  '$0',
  '$1',
  '$NF',
  'NF',
  'NR',
  'FS',
  'x',
  'a[1]',
  'a[k]',
  'k in a',
  'for (k in a)',
  'while (1)',
  'for (;;)',
  'if (x)',
  'else',
  'print',
  'printf "%d %s\\n",',
  'getline',
  'getline line < "/etc/passwd"',
  'next',
  'exit',
  'exit 3',
  'return',
  'delete a',
  'function f(p) { return p }',
  'f(1)',
  '=',
  '+=',
  '++',
  '--',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '~',
  '!~',
  '==',
  '<',
  '>',
  '>>',
  '|',
  '&&',
  '||',
  '?',
  ':',
  '/re/',
  '/[a-',
  '"str"',
  '"unterminated',
  '1',
  '0',
  '1e308',
  '-1',
  'length',
  'substr($0, 2)',
  'split($0, a)',
  'gsub(/a*/, "&&")',
  'sub("", "x")',
  'match($0, /b+/)',
  'sprintf("%c%5.2f", 65, x)',
  'index("ab", "b")',
  'tolower("A")',
  'int(x)',
  'system("true")',
  'close("x")',
  '> "/tmp/out"',
  '| "cat"',
  '$(NF-1)',
  '$(-1)',
  'NF = 1000000',
  '$100001',
  'x = x x',
  '@',
  '#',
  '\\',
  'in',
  '"\\t"',
];

const programText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 30 })
  .map((pieces) => pieces.join(' '));

function io(stdin: string): { io: ProgramIO; out: string[] } {
  const out: string[] = [];
  const fs = new OverlayFs([baseTree('gnu')]);
  return {
    out,
    io: {
      fs,
      env: { PATH: '/usr/bin:/bin', HOME: '/root' },
      cwd: '/',
      user: ROOT,
      userland: 'gnu',
      stdin,
      stdout: (t) => void out.push(t),
      stderr: (t) => void out.push(t),
      note: () => undefined,
      spend: () => undefined,
      now: 0,
      run: () => 0,
      runScript: () => 0,
    },
  };
}

describe('awk on random programs', () => {
  it('never throws out of parseAwk, and a failure says where', () => {
    fc.assert(
      fc.property(fc.oneof(programText, fc.string({ maxLength: 120 })), (text) => {
        const parsed = parseAwk(text);
        if (!parsed.ok) {
          expect(parsed.problem.message.length).toBeGreaterThan(0);
          expect(parsed.problem.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('always ends with an exit status, whatever the program and input', () => {
    fc.assert(
      fc.property(
        fc.oneof(programText, fc.string({ maxLength: 80 })),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('gnu' as const, 'busybox' as const),
        (text, stdin, userland) => {
          const run = io(stdin);
          const code = awk(['awk', text], { ...run.io, userland });
          expect(Number.isInteger(code)).toBe(true);
          expect(code).toBeGreaterThanOrEqual(0);
          expect(code).toBeLessThan(256);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('stops a program that would loop forever', () => {
    const run = io('');
    const code = awk(['awk', 'BEGIN { while (1) x++ }'], run.io);
    expect(code).toBe(2);
    expect(run.out.join('')).toContain('run time error');
  });
});
