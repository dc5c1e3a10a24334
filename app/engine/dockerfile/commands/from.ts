/** FROM image [AS name], with --platform. */
import type { Instruction } from '../types';
import { instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import type { FromCommand } from './types';

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function parseFrom(instruction: Instruction): CommandResult<FromCommand> {
  const { args } = instruction;
  const fail = (reason: string): CommandResult<FromCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  let stageName: string | undefined;
  let asWritten: string | undefined;
  if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
    asWritten = args[2] as string;
    stageName = asWritten.toLowerCase();
    if (!VALID_STAGE_NAME.test(stageName)) {
      return fail(
        `invalid name for build stage: "${asWritten}", name can't start with a number or contain symbols`,
      );
    }
  } else if (args.length !== 1) {
    return fail('FROM requires either one or three arguments');
  }
  const flags = new BuilderFlags(instruction.flags).string('platform');
  const flagError = flags.parse();
  if (flagError !== undefined) return fail(flagError);
  const command: FromCommand = { kind: 'FROM', instruction, image: args[0] as string };
  if (stageName !== undefined) command.stageName = stageName;
  if (asWritten !== undefined) command.stageNameAsWritten = asWritten;
  const platform = flags.get('platform');
  if (platform !== undefined) command.platform = platform;
  return { ok: true, value: command };
}
