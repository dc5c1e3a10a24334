/**
 * What the lint rules look at: the instructions grouped into build stages, each with its
 * typed commands (instructions that fail to convert are skipped: toCommand reports those),
 * and which stages end up in the final image.
 */
import { toCommand } from '../commands/index';
import type { Command, FromCommand } from '../commands/types';
import type { Diagnostic, Instruction, ParsedDockerfile } from '../types';

export interface Stage {
  index: number;
  from: FromCommand;
  /** The commands after FROM, in order. */
  commands: Command[];
  /** Whether this stage's layers are part of the final image (the last stage and its bases). */
  inFinalImage: boolean;
}

export interface LintContext {
  df: ParsedDockerfile;
  /** Commands before the first FROM (global ARGs). */
  globals: Command[];
  stages: Stage[];
}

export type Rule = (ctx: LintContext) => Diagnostic[];

export function buildContext(df: ParsedDockerfile): LintContext {
  const globals: Command[] = [];
  const stages: Stage[] = [];
  for (const instruction of df.instructions) {
    const result = toCommand(instruction);
    if (!result.ok) continue;
    const command = result.value;
    if (command.kind === 'FROM') {
      stages.push({ index: stages.length, from: command, commands: [], inFinalImage: false });
    } else {
      const stage = stages[stages.length - 1];
      if (stage) stage.commands.push(command);
      else globals.push(command);
    }
  }
  // Walk back from the last stage through the stages it is built FROM.
  let current = stages[stages.length - 1];
  while (current && !current.inFinalImage) {
    current.inFinalImage = true;
    const base = current.from.image.toLowerCase();
    current = stages
      .slice(0, current.index)
      .reverse()
      .find((s) => s.from.stageName === base);
  }
  return { df, globals, stages };
}

/** A diagnostic spanning an instruction. */
export function diagnose(
  instruction: Instruction,
  severity: 'warning' | 'hint',
  code: string,
  message: string,
  url?: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    severity,
    message,
    line: instruction.startLine,
    column: instruction.column,
    endLine: instruction.endLine,
    endColumn: instruction.endColumn,
    code,
  };
  if (url !== undefined) diagnostic.url = url;
  return diagnostic;
}

export const hadolintUrl = (id: string): string =>
  `https://github.com/hadolint/hadolint/wiki/${id}`;
export const buildkitUrl = (slug: string): string =>
  `https://docs.docker.com/go/dockerfile/rule/${slug}/`;

/** Every RUN of every stage, with its stage. */
export function runsOf(
  ctx: LintContext,
): { stage: Stage; run: Extract<Command, { kind: 'RUN' }> }[] {
  return ctx.stages.flatMap((stage) =>
    stage.commands.flatMap((c) => (c.kind === 'RUN' ? [{ stage, run: c }] : [])),
  );
}
