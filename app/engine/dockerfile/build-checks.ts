/**
 * BuildKit's build checks as `docker build` prints them (Dockerfile frontend 1.8 and later,
 * Docker 27+): each as `#1 WARN: Rule: message (line N)` under "load build definition", and
 * again in the summary after a build that succeeds. The wording is BuildKit's own, short;
 * the editor's lint (lint/) says the same things at more length.
 *
 * BuildKit finds them in passes, and prints them in that order: the parser's (empty
 * continuation lines), each instruction's as it is read (FROM/AS casing, stage name casing,
 * legacy ENV/LABEL, MAINTAINER), the casing of all instructions, the stages' names and
 * secrets in ARG/ENV, then what only the stages being built show (relative WORKDIR, CMD or
 * ENTRYPOINT in shell form with no SHELL set, and undefined variables, which the builder
 * finds as it expands words and passes in).
 */
import { toCommand } from './commands/index';
import type { Command, FromCommand } from './commands/types';
import type { Instruction, ParsedDockerfile } from './types';

export interface BuildCheck {
  rule: string;
  message: string;
  line: number;
}

/** How BuildKit prints one: `JSONArgsRecommended: JSON arguments ... (line 5)`. */
export function formatBuildCheck(check: BuildCheck): string {
  return `${check.rule}: ${check.message} (line ${check.line})`;
}

interface Stage {
  index: number;
  from: FromCommand;
  commands: Command[];
}

// BuildKit's SecretsUsedInArgOrEnv: a word of the name (split at `_`) that names a secret.
const SECRET_WORD =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const NOT_SECRET_WORD = /(?:_|^)(?:public)(?:_|$)/i;

/**
 * The build checks of a parsed Dockerfile. `built` says which stages (by index) the build
 * runs; the checks BuildKit makes while converting a stage are only made for those.
 */
export function buildChecks(
  df: ParsedDockerfile,
  built?: ReadonlySet<number>,
  /** What the builder found while converting the stages it built (UndefinedVar). */
  converted: readonly BuildCheck[] = [],
): BuildCheck[] {
  const globals: Command[] = [];
  const stages: Stage[] = [];
  for (const instruction of df.instructions) {
    const result = toCommand(instruction);
    if (!result.ok) continue;
    const command = result.value;
    if (command.kind === 'FROM') stages.push({ index: stages.length, from: command, commands: [] });
    else (stages.at(-1)?.commands ?? globals).push(command);
  }
  const byLine = (a: BuildCheck, b: BuildCheck): number => a.line - b.line;
  const check = (rule: string, message: string, instruction: Instruction): BuildCheck => ({
    rule,
    message,
    line: instruction.startLine,
  });

  const parser: BuildCheck[] = df.warnings
    .filter((w) => w.code === 'NoEmptyContinuation')
    .map((w) => ({
      rule: 'NoEmptyContinuation',
      message: 'Empty continuation line',
      line: w.line,
    }));

  const reading: BuildCheck[] = [];
  for (const stage of stages) {
    const { instruction } = stage.from;
    const as = instruction.args[1];
    const from = instruction.rawKeyword;
    if (instruction.args.length >= 3 && as !== undefined) {
      const lower = from === from.toLowerCase();
      const upper = from === from.toUpperCase();
      if ((lower && as !== as.toLowerCase()) || (upper && !lower && as !== as.toUpperCase()))
        reading.push(
          check('FromAsCasing', `'${as}' and '${from}' keywords' casing do not match`, instruction),
        );
    }
    const written = stage.from.stageNameAsWritten;
    if (written !== undefined && written !== written.toLowerCase())
      reading.push(
        check('StageNameCasing', `Stage name '${written}' should be lowercase`, instruction),
      );
  }
  for (const command of [...globals, ...stages.flatMap((s) => s.commands)]) {
    if ((command.kind === 'ENV' || command.kind === 'LABEL') && command.pairs.some((p) => p.legacy))
      reading.push(
        check(
          'LegacyKeyValueFormat',
          `"${command.kind} key=value" should be used instead of legacy "${command.kind} key value" format`,
          command.instruction,
        ),
      );
    if (command.kind === 'MAINTAINER')
      reading.push(
        check(
          'MaintainerDeprecated',
          'Maintainer instruction is deprecated in favor of using label',
          command.instruction,
        ),
      );
  }

  const casing = instructionCasing(stages);

  const naming: BuildCheck[] = [];
  const seen = new Set<string>();
  for (const stage of stages) {
    const name = stage.from.stageName;
    if (name === undefined) continue;
    if (seen.has(name))
      naming.push(
        check(
          'DuplicateStageName',
          `Duplicate stage name "${name}", stage names should be unique`,
          stage.from.instruction,
        ),
      );
    seen.add(name);
  }
  for (const command of [...globals, ...stages.flatMap((s) => s.commands)]) {
    const names =
      command.kind === 'ARG'
        ? command.args.map((a) => a.name)
        : command.kind === 'ENV'
          ? command.pairs.map((p) => p.key)
          : [];
    for (const name of names)
      if (SECRET_WORD.test(name) && !NOT_SECRET_WORD.test(name))
        naming.push(
          check(
            'SecretsUsedInArgOrEnv',
            `Do not use ARG or ENV instructions for sensitive data (${command.kind} "${name}")`,
            command.instruction,
          ),
        );
  }

  const converting: BuildCheck[] = [...converted];
  for (const stage of stages) {
    if (built && !built.has(stage.index)) continue;
    let absoluteWorkdir = false;
    let shellSet = shellInherited(stage, stages);
    for (const command of stage.commands) {
      if (command.kind === 'SHELL') shellSet = true;
      if (command.kind === 'WORKDIR') {
        if (command.path.startsWith('/') || command.path.startsWith('$')) absoluteWorkdir = true;
        else if (!absoluteWorkdir)
          converting.push(
            check(
              'WorkdirRelativePath',
              `Relative workdir "${command.path}" can have unexpected results if the base image changes`,
              command.instruction,
            ),
          );
      }
      if (
        (command.kind === 'CMD' || command.kind === 'ENTRYPOINT') &&
        command.prependShell &&
        !shellSet
      )
        converting.push(
          check(
            'JSONArgsRecommended',
            `JSON arguments recommended for ${command.kind} to prevent unintended behavior related to OS signals`,
            command.instruction,
          ),
        );
    }
  }

  return [
    ...parser.sort(byLine),
    ...reading.sort(byLine),
    ...casing,
    ...naming,
    ...converting.sort(byLine),
  ];
}

/** A stage built FROM an earlier stage that set a SHELL has it in its image config. */
function shellInherited(stage: Stage, stages: readonly Stage[]): boolean {
  const base = stage.from.image.toLowerCase();
  const parent = stages
    .slice(0, stage.index)
    .reverse()
    .find((s) => s.from.stageName === base);
  if (!parent) return false;
  return parent.commands.some((c) => c.kind === 'SHELL') || shellInherited(parent, stages);
}

/**
 * ConsistentInstructionCasing: the instructions of the stages (global ARGs do not count)
 * that are all lower or all upper case vote; a tie is upper case. Each instruction not in
 * the winning case (mixed case ones too) is reported.
 */
function instructionCasing(stages: readonly Stage[]): BuildCheck[] {
  const instructions = stages.flatMap((s) => [
    s.from.instruction,
    ...s.commands.map((c) => c.instruction),
  ]);
  let lower = 0;
  let upper = 0;
  for (const { rawKeyword: name } of instructions) {
    if (name === name.toLowerCase()) lower++;
    else if (name === name.toUpperCase()) upper++;
  }
  const majorityLower = lower > upper;
  return instructions.flatMap((instruction) => {
    const name = instruction.rawKeyword;
    const wrong = majorityLower ? name !== name.toLowerCase() : name !== name.toUpperCase();
    if (!wrong) return [];
    return [
      {
        rule: 'ConsistentInstructionCasing',
        message: `Command '${name}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        line: instruction.startLine,
      },
    ];
  });
}
