/**
 * Checks made before running, as mawk and BusyBox make them while compiling: a call to a
 * function that is never defined is an error even if the call is never reached.
 */
import type { AwkProgram } from './ast';

/** The first call to an undefined function, if any (mawk finds it at the end of the text). */
export function findUndefinedCall(program: AwkProgram): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.type === 'call' && typeof record.name === 'string') {
      if (!program.functions.has(record.name)) {
        found = record.name;
        return;
      }
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(program.rules);
  for (const fn of program.functions.values()) visit(fn.body);
  return found;
}
