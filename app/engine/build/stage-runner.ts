/**
 * Runs the stages of a build, step by step: FROM, then each instruction in order. Each kind
 * of step lives in its own module (step-from, step-run, step-copy, step-metadata), all
 * sharing step-layer for the steps that make a layer; this file numbers the steps and
 * dispatches to them.
 */
import type { Command } from '../dockerfile/commands/types';
import type { ResolvedBase } from './base';
import { expandCommand } from './expand-command';
import { undefinedVars } from './undefined-vars';
import { isMetadata } from './metadata';
import type { StagePlan } from './stage-plan';
import { lookupVar, type StageState } from './stage-state';
import {
  commandLines,
  type BuildShared,
  type StageResult,
  type StepContext,
  type StepResult,
} from './step-context';
import { copyStep } from './step-copy';
import { loadBaseMetadata, startStage } from './step-from';
import { argStep, metadataStep, workdirStep } from './step-metadata';
import { runStep } from './step-run';
import { stageLabel, type Stage } from './types';
import { findStage } from './stage-plan';

export type { BuildShared, StageResult } from './step-context';
export { mergedTree } from './step-copy';

/** Instructions that make a layer and so get a `[k/n]` step number. */
const LAYER_KINDS: readonly string[] = ['RUN', 'COPY', 'ADD', 'WORKDIR'];

export class StageRunner {
  private readonly bases = new Map<number, ResolvedBase>();

  constructor(
    private readonly shared: BuildShared,
    private readonly plan: StagePlan,
    private readonly escapeToken: string,
  ) {}

  /** `[internal] load metadata for ...`: resolves every external base image up front. */
  loadMetadata(): StageResult {
    return loadBaseMetadata(this.shared, this.plan, this.escapeToken, this.bases);
  }

  runStage(index: number): StageResult {
    const stage = this.plan.stages[index] as Stage;
    // FROM is a step only when it pulls an image: a stage from scratch or from another stage
    // starts at its first layer step (`[stage-1 1/1] COPY --from=b ...`, 20.10 oracle).
    const base = this.bases.get(index);
    const fromImage = base !== undefined && base.kind !== 'scratch' ? 1 : 0;
    const steps = stage.commands.filter((c) => LAYER_KINDS.includes(c.kind)).length;
    const total = steps + fromImage;
    const prefix = namesStages(this.plan.stages) ? `${stageLabel(stage)} ` : '';
    // BuildKit pads the step number to the width of the total: `[ 1/10]`, `[b  2/11]`.
    const width = String(total).length;
    const label = (n: number) => `[${prefix}${String(n).padStart(width)}/${total}]`;
    const started = startStage(this.shared, this.plan, this.escapeToken, base, stage, label(1));
    if (!started.ok) return started;
    let state = started.state;
    let n = fromImage;
    for (const command of stage.commands) {
      if (LAYER_KINDS.includes(command.kind)) n++;
      const ctx: StepContext = {
        shared: this.shared,
        plan: this.plan,
        escapeToken: this.escapeToken,
        stage,
        label: label(n),
      };
      const result = runCommand(ctx, state, command);
      if (!result.ok) return result;
      state = result.state;
    }
    this.shared.stageStates.set(index, state);
    return { ok: true };
  }
}

/** One instruction: ARG first (it shapes expansion), then the rest, expanded. */
function runCommand(ctx: StepContext, state: StageState, raw: Command): StepResult {
  ctx.shared.checks.push(...undefinedVars(raw, state, ctx.escapeToken));
  if (raw.kind === 'ARG') return argStep(ctx, state, raw);
  const expanded = expandCommand(raw, lookupVar(state), ctx.escapeToken);
  if (!expanded.ok) return { ok: false, message: expanded.error, lines: commandLines(raw) };
  const command = expanded.value;
  if (isMetadata(command)) return metadataStep(ctx, state, command, raw);
  switch (command.kind) {
    case 'WORKDIR':
      return workdirStep(ctx, state, command, raw);
    case 'RUN':
      return runStep(ctx, state, command, raw);
    case 'COPY':
    case 'ADD':
      return copyStep(ctx, state, command, raw);
    default:
      return { ok: true, state };
  }
}

/**
 * Whether step labels carry the stage's name (`[stage-0 2/5]`): BuildKit names them once it
 * holds more than one build state, and besides the stages it makes one for each image a COPY
 * --from or RUN --mount from= reads, and for a cache mount without from= (it starts from
 * scratch). So a single stage that copies from an image or mounts a cache is `stage-0`
 * (recorded on the 20.10 oracle; Docker 27 logs of uv and composer Dockerfiles show the same).
 */
export function namesStages(stages: readonly Stage[]): boolean {
  if (stages.length > 1) return true;
  const image = (from: string, index: number): boolean => !findStage(stages, from, index);
  return stages.some((stage) =>
    stage.commands.some((c) => {
      if (c.kind === 'COPY') return c.from !== undefined && image(c.from, stage.index);
      if (c.kind !== 'RUN') return false;
      return c.mounts.some(({ mount }) =>
        mount?.from !== undefined ? image(mount.from, stage.index) : mount?.type === 'cache',
      );
    }),
  );
}
