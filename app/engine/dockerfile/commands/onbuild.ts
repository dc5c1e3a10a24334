/**
 * ONBUILD <instruction>: stored as text in the image and run in the child build. Chaining
 * ONBUILD and triggering FROM or MAINTAINER are rejected at once; other trigger errors only
 * show in the child build, so we report them on the command instead of failing.
 */
import type { Instruction } from '../types';
import { errAtLeastOneArgument, instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import type { Command, OnbuildCommand } from './types';

export function parseOnbuild(
  instruction: Instruction,
  toCommand: (inner: Instruction) => CommandResult<Command>,
): CommandResult<OnbuildCommand> {
  const fail = (reason: string): CommandResult<OnbuildCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  if (instruction.args.length === 0) return fail(errAtLeastOneArgument('ONBUILD'));
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) return fail(flagError);
  const trigger = (instruction.args[0] as string).trim().toUpperCase();
  if (trigger === 'ONBUILD') return fail("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  if (trigger === 'MAINTAINER' || trigger === 'FROM') {
    return fail(`${trigger} isn't allowed as an ONBUILD trigger`);
  }
  let expression = instruction.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  for (const heredoc of instruction.heredocs) expression += '\n' + heredoc.content + heredoc.name;
  const command: OnbuildCommand = { kind: 'ONBUILD', instruction, expression };
  if (instruction.next) {
    const inner = toCommand(instruction.next);
    if (inner.ok) command.trigger = inner.value;
    else command.triggerError = inner.error.reason ?? inner.error.message;
  }
  return { ok: true, value: command };
}
