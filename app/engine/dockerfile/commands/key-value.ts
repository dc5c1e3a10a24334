/**
 * ENV, LABEL (key/value pairs, split by the parser) and ARG (names with optional defaults,
 * split here). The values keep their quotes until the builder expands them.
 */
import type { Instruction } from '../types';
import {
  errAtLeastOneArgument,
  errBlankNames,
  errTooManyArguments,
  instructionError,
  type CommandResult,
} from './errors';
import { BuilderFlags } from './flags';
import type { ArgCommand, EnvCommand, KeyValue, LabelCommand } from './types';

function keyValues(args: string[], name: string): KeyValue[] | string {
  if (args.length === 0) return errAtLeastOneArgument(name);
  if (args.length % 3 !== 0) return errTooManyArguments(name);
  const pairs: KeyValue[] = [];
  for (let i = 0; i < args.length; i += 3) {
    const key = args[i] as string;
    if (key === '') return errBlankNames(name);
    pairs.push({ key, value: args[i + 1] as string, legacy: args[i + 2] === '' });
  }
  return pairs;
}

export function parseEnv(instruction: Instruction): CommandResult<EnvCommand> {
  const flagError = new BuilderFlags(instruction.flags).parse();
  const pairs = flagError ?? keyValues(instruction.args, 'ENV');
  if (typeof pairs === 'string') return { ok: false, error: instructionError(instruction, pairs) };
  return { ok: true, value: { kind: 'ENV', instruction, pairs } };
}

export function parseLabel(instruction: Instruction): CommandResult<LabelCommand> {
  const flagError = new BuilderFlags(instruction.flags).parse();
  const pairs = flagError ?? keyValues(instruction.args, 'LABEL');
  if (typeof pairs === 'string') return { ok: false, error: instructionError(instruction, pairs) };
  return { ok: true, value: { kind: 'LABEL', instruction, pairs } };
}

/** ARG never checks its flags in BuildKit, so `ARG --x y` is accepted; we do the same. */
export function parseArg(instruction: Instruction): CommandResult<ArgCommand> {
  const fail = (reason: string): CommandResult<ArgCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  if (instruction.args.length === 0) return fail(errAtLeastOneArgument('ARG'));
  const args: ArgCommand['args'] = [];
  for (const word of instruction.args) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      args.push({ name: word });
      continue;
    }
    if (eq === 0) return fail(errBlankNames('ARG'));
    args.push({ name: word.slice(0, eq), defaultValue: word.slice(eq + 1) });
  }
  return { ok: true, value: { kind: 'ARG', instruction, args } };
}
