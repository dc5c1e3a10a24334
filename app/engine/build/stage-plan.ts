/**
 * From typed commands to stages: ARGs before the first FROM are global (usable in FROM
 * lines), each FROM opens a stage, `--target` picks the last stage to build, and only the
 * stages it depends on (FROM a stage, COPY --from, RUN --mount from=) are built.
 */
import type { ArgCommand, Command, FromCommand } from '../dockerfile/commands/types';
import type { Diagnostic } from '../dockerfile/types';
import { expandWord } from '../dockerfile';
import type { Stage } from './types';

/** Args BuildKit defines for every build (platform of the simulated amd64 Linux host). */
export const PREDEFINED_ARGS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};

export interface StagePlan {
  stages: Stage[];
  /** Global ARG values (meta args), for FROM lines and for `ARG NAME` redeclared in a stage. */
  globalArgs: Map<string, string | undefined>;
  metaArgCommands: ArgCommand[];
  /** Index of the stage to build (the target, else the last). */
  target: number;
  /** Stages the target needs, target included, in Dockerfile order. */
  needed: number[];
}

export type PlanResult =
  | { ok: true; plan: StagePlan }
  | { ok: false; message: string; command?: Command; diagnostic?: Diagnostic };

export function planStages(
  commands: readonly Command[],
  buildArgs: Record<string, string>,
  target: string | undefined,
  escapeToken: string,
): PlanResult {
  const globalArgs = new Map<string, string | undefined>();
  const metaArgCommands: ArgCommand[] = [];
  const stages: Stage[] = [];
  for (const command of commands) {
    if (command.kind === 'FROM') {
      const name = command.stageName;
      stages.push({ index: stages.length, ...(name ? { name } : {}), from: command, commands: [] });
      continue;
    }
    const current = stages[stages.length - 1];
    if (current) {
      current.commands.push(command);
      continue;
    }
    if (command.kind !== 'ARG')
      return { ok: false, message: 'no build stage in current context', command };
    metaArgCommands.push(command);
    for (const arg of command.args) {
      const lookup = (n: string) => globalArgs.get(n) ?? PREDEFINED_ARGS[n];
      const def =
        arg.defaultValue === undefined
          ? undefined
          : expandWord(arg.defaultValue, lookup, { escapeToken });
      const value = buildArgs[arg.name] ?? (def && def.ok ? def.value : undefined);
      globalArgs.set(arg.name, value);
    }
  }
  if (stages.length === 0) return { ok: false, message: 'no build stage in current context' };

  let targetIndex = stages.length - 1;
  if (target !== undefined) {
    const found = stages.find((s) => s.name === target.toLowerCase());
    if (!found) return { ok: false, message: `target stage "${target}" could not be found` };
    targetIndex = found.index;
  }
  const needed = new Set<number>();
  const visit = (index: number) => {
    if (needed.has(index)) return;
    needed.add(index);
    const stage = stages[index] as Stage;
    for (const dep of stageDependencies(stage, stages)) visit(dep);
  };
  visit(targetIndex);
  return {
    ok: true,
    plan: {
      stages,
      globalArgs,
      metaArgCommands,
      target: targetIndex,
      needed: [...needed].sort((a, b) => a - b),
    },
  };
}

/** A stage reference (`build`, `0`) among earlier stages, or undefined when it names an image. */
export function findStage(
  stages: readonly Stage[],
  ref: string,
  before: number,
): Stage | undefined {
  const lower = ref.toLowerCase();
  const byName = stages.find((s) => s.index < before && s.name === lower);
  if (byName) return byName;
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    return index < before ? stages[index] : undefined;
  }
  return undefined;
}

function stageDependencies(stage: Stage, stages: readonly Stage[]): number[] {
  const deps: number[] = [];
  const fromStage = findStage(stages, stage.from.image, stage.index);
  if (fromStage) deps.push(fromStage.index);
  for (const command of stage.commands)
    for (const ref of sourceRefs(command)) {
      const dep = findStage(stages, ref, stage.index);
      if (dep) deps.push(dep.index);
    }
  return deps;
}

/** What a command reads from another stage or an image: COPY --from, RUN --mount from=. */
export function sourceRefs(command: Command): string[] {
  if (command.kind === 'COPY') return command.from ? [command.from] : [];
  if (command.kind === 'RUN')
    return command.mounts.flatMap((m) => (m.mount?.from ? [m.mount.from] : []));
  return [];
}

export function isFromCommand(command: Command): command is FromCommand {
  return command.kind === 'FROM';
}
