/** Test helpers: parse a Dockerfile and turn one of its instructions into a command. */
import { parseDockerfile } from '../index';
import type { Diagnostic, Instruction } from '../types';
import { toCommand } from './index';
import type { Command, CommandKind } from './types';

export function instructionAt(text: string, index: number): Instruction {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const instruction = result.value.instructions[index];
  if (!instruction) throw new Error(`no instruction ${index}`);
  return instruction;
}

/** The command of the last instruction of `text`, which must be of `kind`. */
export function commandOf<K extends CommandKind>(
  kind: K,
  text: string,
): Extract<Command, { kind: K }> {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const last = result.value.instructions[result.value.instructions.length - 1] as Instruction;
  const command = toCommand(last);
  if (!command.ok) throw new Error(command.error.message);
  if (command.value.kind !== kind) throw new Error(`expected ${kind}, got ${command.value.kind}`);
  return command.value as Extract<Command, { kind: K }>;
}

/** The error of the last instruction of `text`. */
export function errorOf(text: string): Diagnostic {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const last = result.value.instructions[result.value.instructions.length - 1] as Instruction;
  const command = toCommand(last);
  if (command.ok) throw new Error(`expected an error, got ${command.value.kind}`);
  return command.error;
}
