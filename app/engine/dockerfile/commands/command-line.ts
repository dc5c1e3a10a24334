/**
 * RUN, CMD, ENTRYPOINT and SHELL: the exec form keeps the JSON array; the shell form is one
 * string that the builder hands to the SHELL (`/bin/sh -c` by default).
 */
import type { Instruction } from '../types';
import { errAtLeastOneArgument, errNotJson, instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import type { CmdCommand, CommandLine, EntrypointCommand, ShellCommand } from './types';

/** BuildKit's handleJSONArgs: the array as is, or the shell text as a single item. */
export function commandLine(instruction: Instruction): CommandLine {
  const { args, json } = instruction;
  const cmdLine = args.length === 0 ? [] : json ? [...args] : [args.join(' ')];
  return { prependShell: !json, cmdLine };
}

export function parseCmd(instruction: Instruction): CommandResult<CmdCommand> {
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) {
    return { ok: false, error: instructionError(instruction, flagError) };
  }
  return { ok: true, value: { kind: 'CMD', instruction, ...commandLine(instruction) } };
}

export function parseEntrypoint(instruction: Instruction): CommandResult<EntrypointCommand> {
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) {
    return { ok: false, error: instructionError(instruction, flagError) };
  }
  return { ok: true, value: { kind: 'ENTRYPOINT', instruction, ...commandLine(instruction) } };
}

export function parseShell(instruction: Instruction): CommandResult<ShellCommand> {
  const fail = (reason: string): CommandResult<ShellCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) return fail(flagError);
  const { cmdLine } = commandLine(instruction);
  if (cmdLine.length === 0) return fail(errAtLeastOneArgument('SHELL'));
  if (!instruction.json) return fail(errNotJson('SHELL'));
  return { ok: true, value: { kind: 'SHELL', instruction, shell: cmdLine } };
}
