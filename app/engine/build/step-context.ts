/**
 * What every step of a stage works with: the build's shared record (vertices, events, cache,
 * layers), the stage plan, and where the step sits (its stage and `[k/n]` label). Each step
 * takes the stage's state and returns the next one, or a failure the build reports.
 */
import type { HistoryEntry, LayerBlob } from '../catalog/types';
import type { Command } from '../dockerfile/commands/types';
import type { EngineEvent } from '../events';
import type { Digest } from '../fs/digest';
import { rfc3339 } from '../images/image';
import type { BuildCheck } from '../dockerfile/build-checks';
import type { BuildCacheEntry } from './cache';
import { BUILDKIT_COMMENT } from './history';
import type { Vertex } from './progress';
import type { BuildEnv, BuildRequest, BuiltStep } from './request';
import type { StagePlan } from './stage-plan';
import type { StageState } from './stage-state';
import type { Stage } from './types';

export interface BuildShared {
  req: BuildRequest;
  env: BuildEnv;
  vertices: Vertex[];
  events: EngineEvent[];
  /** Simulated milliseconds since the build began. */
  elapsed: number;
  cache: Record<string, BuildCacheEntry>;
  /** Every layer the image (or a stage) uses, by diff_id, to be stored on the host. */
  layers: Map<Digest, LayerBlob>;
  notes: string[];
  contextLoaded: boolean;
  /** Build checks found while the stages run (UndefinedVar), for the build's summary. */
  checks: BuildCheck[];
  /** FROM vertices already printed (BuildKit shows one per distinct base). */
  fromVertices: Map<string, number>;
  /** Layers of every image the build pulled (bases and COPY --from images). */
  pulled: Set<string>;
  stageStates: Map<number, StageState>;
  steps: BuiltStep[];
}

export type StageResult =
  | { ok: true }
  | {
      ok: false;
      message: string;
      lines?: { start: number; end: number };
      stepName?: string;
      logTail?: string[];
    };

export type StageFailure = StageResult & { ok: false };

/** What a step gives back: the stage's next state, or why the build stops. */
export type StepResult = { ok: true; state: StageState } | StageFailure;

export interface StepContext {
  shared: BuildShared;
  plan: StagePlan;
  /** The Dockerfile's escape token (`\` unless `# escape=` says otherwise). */
  escapeToken: string;
  stage: Stage;
  /** BuildKit's vertex label for this step: `[3/5]`, or `[builder 3/5]` in a multi-stage build. */
  label: string;
}

/** The Dockerfile lines of a command, for the editor's error marker. */
export function commandLines(command: Command): { start: number; end: number } {
  return { start: command.instruction.startLine, end: command.instruction.endLine };
}

/** Simulated wall-clock time now: the build's start plus what its steps took so far. */
export function buildNow(shared: BuildShared): number {
  return shared.env.now + shared.elapsed;
}

/** A history row as BuildKit writes it; metadata steps are `empty_layer`. */
export function historyRow(now: number, createdBy: string, empty: boolean): HistoryEntry {
  return {
    created: rfc3339(now),
    created_by: createdBy,
    comment: BUILDKIT_COMMENT,
    ...(empty ? { empty_layer: true } : {}),
  };
}
