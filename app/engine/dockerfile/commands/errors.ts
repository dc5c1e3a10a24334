/**
 * Errors of the typed layer, worded as BuildKit words them. Docker prints an instruction
 * error as "dockerfile parse error on line N: <reason>" (N is the instruction's first line),
 * and the diagnostic spans the whole instruction.
 */
import type { Diagnostic, Instruction } from '../types';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: Diagnostic };

export function instructionError(instruction: Instruction, reason: string): Diagnostic {
  return {
    severity: 'error',
    message: `dockerfile parse error on line ${instruction.startLine}: ${reason}`,
    reason,
    line: instruction.startLine,
    column: instruction.column,
    endLine: instruction.endLine,
    endColumn: instruction.endColumn,
    code: 'instruction-error',
  };
}

export const errAtLeastOneArgument = (name: string): string =>
  `${name} requires at least one argument`;
export const errExactlyOneArgument = (name: string): string =>
  `${name} requires exactly one argument`;
export const errNoDestination = (name: string): string =>
  `${name} requires at least two arguments, but only one was provided. Destination could not be determined`;
export const errBlankNames = (name: string): string => `${name} names can not be blank`;
export const errTooManyArguments = (name: string): string =>
  `Bad input to ${name}, too many arguments`;
export const errNotJson = (name: string): string =>
  `${name} requires the arguments to be in JSON form`;
