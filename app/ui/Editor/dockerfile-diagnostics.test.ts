import { describe, expect, it } from 'vitest';
import { diagnosticRange, dockerfileDiagnostics } from './dockerfile-diagnostics';
import type { Diagnostic } from '../../engine/dockerfile';

const at = (line: number, column: number, endLine: number, endColumn: number) =>
  ({ severity: 'error', message: 'x', line, column, endLine, endColumn }) as Diagnostic;

describe('diagnosticRange', () => {
  const text = 'FROM x\nRUN a\nCMD b';

  it('maps 1-based lines and columns to offsets', () => {
    expect(diagnosticRange(text, at(2, 1, 2, 4))).toEqual({ from: 7, to: 10 });
  });

  it('underlines the rest of the line for a point, and clamps past the end', () => {
    expect(diagnosticRange(text, at(2, 5, 2, 5))).toEqual({ from: 11, to: 12 });
    expect(diagnosticRange(text, at(9, 1, 9, 99))).toEqual({ from: 13, to: 18 });
  });
});

describe('dockerfileDiagnostics', () => {
  it('reports an instruction Docker does not know, at its line', () => {
    const found = dockerfileDiagnostics('FROM busybox\nRUNN echo hi\n');
    expect(found.some((d) => d.severity === 'error' && d.line === 2)).toBe(true);
  });

  it('finds nothing wrong in an empty editor', () => {
    expect(dockerfileDiagnostics('  \n')).toEqual([]);
  });
});
