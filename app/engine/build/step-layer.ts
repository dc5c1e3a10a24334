/**
 * The common path of every step that makes a layer (RUN, COPY, ADD, WORKDIR): reused from the
 * cache when its key is known, else executed. Either way it adds a vertex, a history row and
 * a layer, and tells the views.
 */
import type { ImageConfig } from '../catalog/types';
import type { Command } from '../dockerfile/commands/types';
import { layerDigest } from '../fs/digest';
import type { FsEvent } from '../fs/events';
import type { DirNode } from '../fs/node';
import { layerSize } from '../fs/stats';
import type { Vertex } from './progress';
import {
  buildNow,
  commandLines,
  historyRow,
  type StepContext,
  type StepResult,
} from './step-context';
import type { StageState } from './stage-state';
import { stageLabel } from './types';

type LogLine = { at: number; text: string };

/** What executing a layer step produced: its layer (the upper dir), or an error. */
export type LayerExecution =
  | { ok: true; upper: DirNode; events: FsEvent[]; logs: LogLine[]; durationMs: number }
  | { ok: false; message: string; logs: LogLine[]; durationMs: number };

export interface LayerStep {
  /** The command as parsed (its original text and lines). */
  raw: Command;
  /** The vertex name after the label: `RUN pip install ...`. */
  display: string;
  /** Cache key: the parent's key and everything the step's result depends on. */
  key: string;
  /** The history row's CREATED BY. */
  createdBy: string;
  execute: () => LayerExecution;
  /** The image config after the step (WORKDIR changes it). */
  config: ImageConfig;
}

export function layerStep(ctx: StepContext, state: StageState, step: LayerStep): StepResult {
  const { shared } = ctx;
  const { raw, display, key } = step;
  const host = shared.env.hostName;
  const stageName = stageLabel(ctx.stage);
  const index = state.layers.length;
  const instruction = raw.instruction.original;
  const vertex: Vertex = {
    name: `${ctx.label} ${display}`,
    logs: [],
    status: [],
    result: { kind: 'cached' },
  };
  shared.vertices.push(vertex);
  shared.events.push({
    type: 'step-started',
    host,
    stage: stageName,
    index,
    total: 0,
    instruction,
    line: raw.instruction.startLine,
    vertex: shared.vertices.length,
  });
  const cached = shared.req.noCache
    ? undefined
    : (shared.cache[key] ?? shared.env.host.buildCache[key]);
  let tree: DirNode;
  let durationMs = 0;
  // A cached layer keeps the time it was first made (BuildKit's createdat).
  let createdMs = cached?.createdMs ?? buildNow(shared);
  if (cached?.tree) {
    tree = cached.tree;
    shared.events.push({
      type: 'cache-hit',
      host,
      stage: stageName,
      index,
      instruction,
      ...(cached.diffId ? { diffId: cached.diffId } : {}),
    });
  } else {
    const result = step.execute();
    vertex.logs = result.logs;
    durationMs = result.durationMs;
    shared.elapsed += durationMs;
    if (!result.ok) {
      vertex.result = { kind: 'error', message: result.message };
      return {
        ok: false,
        message: result.message,
        lines: commandLines(raw),
        stepName: `${ctx.label} ${display}`,
        logTail: result.logs.slice(-6).map((l) => `${l.at.toFixed(3)} ${l.text}`),
      };
    }
    tree = result.upper;
    createdMs = buildNow(shared);
    vertex.result = { kind: 'done', seconds: durationMs / 1000 };
    // Events are never changed once made: every event of the step can share one `where`.
    const where = { kind: 'build', stage: stageName, index } as const;
    for (const event of result.events) shared.events.push({ ...event, host, where });
  }
  const diffId = layerDigest(tree);
  const size = layerSize(tree);
  shared.cache[key] = { diffId, tree, logs: [], durationMs, createdMs };
  if (!shared.layers.has(diffId)) {
    shared.layers.set(diffId, {
      diffId,
      tree,
      size,
      compressedSize: size === 0 ? 32 : Math.round(size * 0.42) + 200,
    });
  }
  shared.events.push({
    type: 'layer-created',
    host,
    stage: stageName,
    index,
    instruction,
    diffId,
    size,
    empty: size === 0,
  });
  shared.steps.push({
    stage: stageName,
    instruction,
    line: raw.instruction.startLine,
    endLine: raw.instruction.endLine,
    diffId,
    size,
    cached: Boolean(cached?.tree),
    empty: size === 0,
  });
  return {
    ok: true,
    state: {
      ...state,
      config: step.config,
      key,
      layers: [...state.layers, { diffId, tree, size }],
      history: [...state.history, historyRow(createdMs, step.createdBy, false)],
    },
  };
}
