/**
 * toCommand: one parsed instruction to its typed command, with BuildKit's checks and error
 * wording. Unknown keywords are rejected here (the parser keeps them, as BuildKit's does).
 */
import { withSuggestion } from '../suggest';
import type { Diagnostic, Instruction, ParsedDockerfile } from '../types';
import { parseAdd, parseCopy } from './copy-add';
import { parseCmd, parseEntrypoint, parseShell } from './command-line';
import { instructionError, type CommandResult } from './errors';
import { parseFrom } from './from';
import { parseHealthcheck } from './healthcheck';
import { parseArg, parseEnv, parseLabel } from './key-value';
import { parseOnbuild } from './onbuild';
import { parseRun } from './run';
import {
  parseExpose,
  parseMaintainer,
  parseStopsignal,
  parseUser,
  parseVolume,
  parseWorkdir,
} from './single-value';
import type { Command } from './types';

export const INSTRUCTION_NAMES: readonly string[] = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

function dispatch(instruction: Instruction): CommandResult<Command> {
  switch (instruction.keyword) {
    case 'ENV':
      return parseEnv(instruction);
    case 'MAINTAINER':
      return parseMaintainer(instruction);
    case 'LABEL':
      return parseLabel(instruction);
    case 'ADD':
      return parseAdd(instruction);
    case 'COPY':
      return parseCopy(instruction);
    case 'FROM':
      return parseFrom(instruction);
    case 'ONBUILD':
      return parseOnbuild(instruction, toCommand);
    case 'WORKDIR':
      return parseWorkdir(instruction);
    case 'RUN':
      return parseRun(instruction);
    case 'CMD':
      return parseCmd(instruction);
    case 'HEALTHCHECK':
      return parseHealthcheck(instruction);
    case 'ENTRYPOINT':
      return parseEntrypoint(instruction);
    case 'EXPOSE':
      return parseExpose(instruction);
    case 'USER':
      return parseUser(instruction);
    case 'VOLUME':
      return parseVolume(instruction);
    case 'STOPSIGNAL':
      return parseStopsignal(instruction);
    case 'ARG':
      return parseArg(instruction);
    case 'SHELL':
      return parseShell(instruction);
  }
  const reason = withSuggestion(
    `unknown instruction: ${instruction.rawKeyword}`,
    instruction.rawKeyword,
    INSTRUCTION_NAMES,
    false,
  );
  return { ok: false, error: instructionError(instruction, reason) };
}

/** Turns one instruction into its typed command; never throws. */
export function toCommand(
  instruction: Instruction,
): { ok: true; value: Command } | { ok: false; error: Diagnostic } {
  try {
    return dispatch(instruction);
  } catch (err) {
    const reason = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, error: instructionError(instruction, reason) };
  }
}

/**
 * All commands of a file, stopping at the first error as BuildKit does (its message is the
 * one Docker prints). A Dockerfile must also start with FROM, after optional ARGs.
 */
export function toCommands(
  df: ParsedDockerfile,
): { ok: true; value: Command[] } | { ok: false; error: Diagnostic; commands: Command[] } {
  const commands: Command[] = [];
  let seenFrom = false;
  for (const instruction of df.instructions) {
    const result = toCommand(instruction);
    if (!result.ok) return { ok: false, error: result.error, commands };
    if (result.value.kind === 'FROM') seenFrom = true;
    else if (!seenFrom && result.value.kind !== 'ARG') {
      const error = instructionError(instruction, 'no build stage in current context');
      // Docker does not prefix this one with "dockerfile parse error on line N".
      error.message = error.reason ?? error.message;
      return { ok: false, error, commands };
    }
    commands.push(result.value);
  }
  return { ok: true, value: commands };
}
