/**
 * FROM: `[internal] load metadata for ...` resolves every external base up front, then each
 * stage starts from a previous stage, from scratch, or from a base image whose layers are
 * pulled (a vertex with download and extract lines) unless the host already has them.
 */
import { expandWord } from '../dockerfile';
import { layerBlobDigest } from '../registry/blob';
import { parseReference, qualifiedString, withDefaultTag } from '../images/reference';
import { resolveBase, type ResolvedBase } from './base';
import { progressBytes, type Vertex } from './progress';
import { findStage, PREDEFINED_ARGS, sourceRefs, type StagePlan } from './stage-plan';
import { emptyConfig, ZERO_TIME, type LayerRef, type StageState } from './stage-state';
import { commandLines, type BuildShared, type StageResult, type StepResult } from './step-context';
import type { Stage } from './types';

/** The base image a stage names, with global ARGs (and BuildKit's predefined ones) expanded. */
export function fromName(
  plan: StagePlan,
  stage: Stage,
  escapeToken: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const lookup = (name: string) => plan.globalArgs.get(name) ?? PREDEFINED_ARGS[name];
  return expandWord(stage.from.image, lookup, { escapeToken });
}

/**
 * Resolves the base image of every stage the build needs (one vertex per distinct name),
 * filling `bases` by stage index. Stages built FROM another stage, and scratch, need none.
 */
export function loadBaseMetadata(
  shared: BuildShared,
  plan: StagePlan,
  escapeToken: string,
  bases: Map<number, ResolvedBase>,
): StageResult {
  const seen = new Map<string, ResolvedBase>();
  for (const index of plan.needed) {
    const stage = plan.stages[index] as Stage;
    const name = fromName(plan, stage, escapeToken);
    if (!name.ok) return { ok: false, message: name.error, lines: commandLines(stage.from) };
    if (findStage(plan.stages, name.value, index) || name.value === 'scratch') continue;
    const base = seen.get(name.value) ?? loadMetadataOf(shared, name.value, seen);
    if (base.kind === 'error') return { ok: false, message: base.message };
    bases.set(index, base);
  }
  // An image a stage copies or mounts from is resolved up front too (BuildKit makes it a
  // stage of its own): `COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/`.
  for (const name of imageSources(plan)) {
    const base = seen.get(name) ?? loadMetadataOf(shared, name, seen);
    if (base.kind === 'error') return { ok: false, message: base.message };
  }
  return { ok: true };
}

/** One `[internal] load metadata for NAME` vertex: the image resolved (or the error). */
function loadMetadataOf(
  shared: BuildShared,
  name: string,
  seen: Map<string, ResolvedBase>,
): ResolvedBase {
  const { host, world, catalog } = shared.env;
  const base = resolveBase(host, world, catalog, name);
  seen.set(name, base);
  if (base.kind === 'image' && base.note && !shared.notes.includes(base.note))
    shared.notes.push(base.note);
  const qualified =
    base.kind === 'image' ? base.qualified.replace(/@sha256:.*/, '') : metadataName(name);
  const vertex: Vertex = {
    name: `[internal] load metadata for ${qualified}`,
    logs: [],
    status: [],
    result:
      base.kind === 'error'
        ? { kind: 'error', message: base.message }
        : {
            kind: 'done',
            seconds: base.kind === 'image' && base.pulled ? 0.6 + (name.length % 5) / 10 : 0,
          },
  };
  shared.vertices.push(vertex);
  if (vertex.result.kind === 'done') shared.elapsed += vertex.result.seconds * 1000;
  return base;
}

/** The name BuildKit resolves (docker.io/nosuch/image:1), or the text as given if unparsable. */
function metadataName(name: string): string {
  const parsed = parseReference(name);
  return parsed.ok ? qualifiedString(withDefaultTag(parsed.ref)) : name;
}

/** Images (not stages, not scratch) that needed stages name in COPY --from or RUN --mount from=. */
function imageSources(plan: StagePlan): string[] {
  const names: string[] = [];
  for (const index of plan.needed) {
    const stage = plan.stages[index] as Stage;
    for (const ref of stage.commands.flatMap(sourceRefs)) {
      const image = ref !== 'scratch' && !ref.includes('$');
      if (image && !findStage(plan.stages, ref, stage.index) && !names.includes(ref))
        names.push(ref);
    }
  }
  return names;
}

const SCRATCH_STATE: () => StageState = () => ({
  layers: [],
  baseLayerCount: 0,
  config: emptyConfig(),
  history: [],
  args: new Map(),
  key: 'scratch',
  userland: 'busybox',
  baseName: 'scratch',
  baseHistoryCount: 0,
  baseCreated: ZERO_TIME,
});

/** The state a stage starts from; a pulled base adds its FROM vertex (once per base). */
export function startStage(
  shared: BuildShared,
  plan: StagePlan,
  escapeToken: string,
  base: ResolvedBase | undefined,
  stage: Stage,
  label: string,
): StepResult {
  const name = fromName(plan, stage, escapeToken);
  const fromStage = findStage(plan.stages, name.ok ? name.value : stage.from.image, stage.index);
  if (fromStage) {
    const parent = shared.stageStates.get(fromStage.index) as StageState;
    return {
      ok: true,
      state: {
        ...parent,
        args: new Map(),
        history: [...parent.history],
        baseLayerCount: parent.layers.length,
      },
    };
  }
  if (!base || base.kind === 'scratch') return { ok: true, state: SCRATCH_STATE() };
  if (base.kind === 'error') return { ok: false, message: base.message };
  fromVertexOnce(shared, base, `${label} FROM ${base.qualified}`);
  const layers: LayerRef[] = base.layers.map((l) => ({
    diffId: l.diffId,
    tree: l.tree,
    size: l.size,
  }));
  return {
    ok: true,
    state: {
      layers,
      baseLayerCount: layers.length,
      config: { ...base.image.config, OnBuild: [] },
      history: [...base.image.history],
      args: new Map(),
      key: `from:${base.image.id}`,
      userland: base.image.userland,
      ...(base.image.distro ? { distro: base.image.distro } : {}),
      baseName: base.qualified,
      baseHistoryCount: base.image.history.length,
      baseCreated: base.image.created,
    },
  };
}

/**
 * The vertex that pulls an image (download and extract lines), or CACHED when the host has
 * its layers; once per image in a build. A stage's is `[stage 1/n] FROM ...`; an image a COPY
 * reads from is a stage of BuildKit's own, named `FROM ...`.
 */
export function fromVertexOnce(
  shared: BuildShared,
  base: ResolvedBase & { kind: 'image' },
  name: string,
): void {
  const { host } = shared.env;
  const already = base.layers.every((l) => host.layers[l.diffId] || shared.layers.has(l.diffId));
  for (const layer of base.layers) {
    shared.layers.set(layer.diffId, layer);
    shared.pulled.add(layer.diffId);
  }
  if (shared.fromVertices.has(base.qualified)) return;
  shared.fromVertices.set(base.qualified, shared.vertices.length);
  const vertex: Vertex = { name, logs: [], status: [], result: { kind: 'cached' } };
  if (!already) {
    const pulled = pullProgress(base);
    vertex.status = pulled.status;
    vertex.result = { kind: 'done', seconds: pulled.seconds };
    shared.elapsed += pulled.seconds * 1000;
  }
  shared.vertices.push(vertex);
}

/** BuildKit's status lines for pulling a base: resolve, each blob downloaded, each extracted. */
function pullProgress(base: ResolvedBase & { kind: 'image' }): {
  status: string[];
  seconds: number;
} {
  const status = [`resolve ${base.qualified} 0.0s done`];
  let total = 0;
  for (const layer of base.layers) {
    const blob = layerBlobDigest(layer).slice('sha256:'.length);
    const size = progressBytes(layer.compressedSize);
    const secs = Math.max(0.1, layer.compressedSize / 45e6);
    status.push(`sha256:${blob} ${size} / ${size} ${secs.toFixed(1)}s done`);
    total += secs;
  }
  for (const layer of base.layers) {
    const secs = Math.max(0.1, layer.size / 120e6);
    status.push(`extracting ${layerBlobDigest(layer)} ${secs.toFixed(1)}s done`);
    total += secs;
  }
  return { status, seconds: total };
}
