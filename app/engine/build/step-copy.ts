/**
 * The COPY and ADD steps: where the sources come from (the build context, an earlier stage
 * with `--from`, or an image), the cache key (which includes the sources' content), and the
 * history row. executeCopy places the files.
 */
import { displayInstruction } from '../dockerfile';
import type { AddCommand, Command, CopyCommand } from '../dockerfile/commands/types';
import { sha256Hex } from '../fs/digest';
import type { DirNode } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import { resolveBase } from './base';
import { fromVertexOnce } from './step-from';
import { stepKey } from './cache';
import { executeCopy } from './copy-step';
import { copyCreatedBy } from './history';
import { progressBytes } from './progress';
import { findStage } from './stage-plan';
import { lookupVar, type StageState } from './stage-state';
import { commandLines, type BuildShared, type StepContext, type StepResult } from './step-context';
import { layerStep } from './step-layer';

export function copyStep(
  ctx: StepContext,
  state: StageState,
  command: CopyCommand | AddCommand,
  raw: Command,
): StepResult {
  const { shared } = ctx;
  // Only heredocs to copy: BuildKit writes them inline and never loads the build context.
  const inlineOnly =
    command.sources.length === 0 && (command.kind === 'ADD' || command.from === undefined);
  const source = inlineOnly
    ? { ok: true as const, root: shared.req.context.tree }
    : sourceRootFor(ctx, command.kind === 'COPY' ? command.from : undefined);
  if (!source.ok) return { ok: false, message: source.message, lines: commandLines(raw) };
  const { now } = shared.env;
  const copied = executeCopy({
    command,
    sources: command.sources,
    dest: command.dest,
    sourceRoot: source.root,
    layers: state.layers.map((l) => l.tree),
    workdir: state.config.WorkingDir,
    refId: `${sha256Hex(`ref:${now}`).slice(0, 25)}::${sha256Hex(`snap:${now}`).slice(0, 25)}`,
  });
  const { flags, args } = raw.instruction;
  // History names the sources and destination as the builder expanded them, quotes gone
  // (recorded on the 20.10 oracle: COPY "a.txt" "${D}/" is `COPY a.txt /dst/ # buildkit`).
  const inline = command.heredocSources.map((h) => `<<${h.name}`);
  const createdBy = copyCreatedBy(command.kind, [...inline, ...command.sources], command.dest);
  const key = stepKey(
    state.key,
    JSON.stringify({ copy: command.kind, flags, args, workdir: state.config.WorkingDir }),
    [copied.ok ? copied.contentKey : 'missing'],
  );
  if (copied.ok) shared.notes.push(...copied.notes);
  return layerStep(ctx, state, {
    raw,
    display: displayInstruction(raw.instruction.original, lookupVar(state), 'expanded', {
      escapeToken: ctx.escapeToken,
    }),
    key,
    createdBy,
    config: state.config,
    execute: () =>
      copied.ok
        ? {
            ok: true,
            upper: copied.upper,
            events: copied.events,
            logs: [],
            durationMs: 40 + copied.bytes / 50_000,
          }
        : { ok: false, message: copied.message, logs: [], durationMs: 10 },
  });
}

/**
 * The tree a COPY (or a RUN bind mount) reads: a stage's or image's merged layers, else the
 * build context.
 */
export function sourceRootFor(
  ctx: StepContext,
  from: string | undefined,
): { ok: true; root: DirNode } | { ok: false; message: string } {
  const { shared } = ctx;
  if (!from) {
    loadContextOnce(shared);
    return { ok: true, root: shared.req.context.tree };
  }
  const fromStage = findStage(ctx.plan.stages, from, ctx.stage.index);
  if (fromStage) {
    const fromState = shared.stageStates.get(fromStage.index) as StageState;
    return { ok: true, root: mergedTree(fromState.layers.map((l) => l.tree)) };
  }
  const base = resolveBase(shared.env.host, shared.env.world, shared.env.catalog, from);
  if (base.kind === 'error') return { ok: false, message: base.message };
  if (base.kind === 'image') fromVertexOnce(shared, base, `FROM ${base.qualified}`);
  const layers = base.kind === 'scratch' ? [] : base.layers.map((l) => l.tree);
  return { ok: true, root: mergedTree(layers) };
}

/** `[internal] load build context`: the first COPY from the context transfers it, once. */
function loadContextOnce(shared: BuildShared): void {
  if (shared.contextLoaded) return;
  shared.contextLoaded = true;
  shared.vertices.push({
    name: '[internal] load build context',
    logs: [],
    status: [`transferring context: ${progressBytes(shared.req.context.bytes)} done`],
    result: { kind: 'done', seconds: 0 },
  });
}

/** The merged filesystem of a stack of layers as one plain tree (COPY --from reads it). */
export function mergedTree(layers: readonly DirNode[]): DirNode {
  const tree = new OverlayFs(layers).tree('/');
  return tree.ok && tree.value.kind === 'dir'
    ? tree.value
    : { kind: 'dir', mode: 0o755, uid: 0, gid: 0, children: {} };
}
