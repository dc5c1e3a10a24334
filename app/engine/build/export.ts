/**
 * The end of a build: the target stage's layers, config and history become an image; the
 * image id is the digest of its config. Also what the build teaches after the fact: bytes
 * a later layer hid (wasted), as hints at the lines that caused them.
 */
import type { LayerBlob } from '../catalog/types';
import type { Diagnostic } from '../dockerfile/types';
import { wastedBytes } from '../fs/stats';
import { makeImage } from '../images/image';
import { parseReference, qualifiedString } from '../images/reference';
import { renderVertices } from './progress';
import type { BuildOutcome, BuiltStep } from './request';
import type { BuildShared } from './stage-runner';
import type { StageState } from './stage-state';
import { stageLabel, type Stage } from './types';
import { humanBytes } from './human-bytes';
import { stampBuildTimes } from './history';

export function exportImage(shared: BuildShared, state: StageState, stage: Stage): BuildOutcome {
  const { req, env } = shared;
  const exportMs = 100 + state.layers.length * 20;
  shared.elapsed += exportMs;
  const { history, created } = stampBuildTimes(
    state.history,
    state.baseHistoryCount,
    state.baseCreated,
  );
  const image = makeImage({
    config: { ...state.config, ...(state.config.OnBuild?.length ? {} : { OnBuild: undefined }) },
    diffIds: state.layers.map((l) => l.diffId),
    history,
    created,
    userland: state.userland,
    ...(state.distro ? { distro: state.distro } : {}),
  });
  if (image.config.OnBuild === undefined) delete image.config.OnBuild;
  // An image with no layer at all (FROM scratch and only metadata) has none to export, and
  // BuildKit prints no `exporting layers` line for it (20.10 oracle).
  const status = [
    ...(state.layers.length > 0 ? [`exporting layers ${(exportMs / 1000).toFixed(1)}s done`] : []),
    `writing image ${image.id} done`,
  ];
  for (const tag of req.tags) {
    const parsed = parseReference(tag);
    if (parsed.ok) status.push(`naming to ${qualifiedString(parsed.ref)} done`);
  }
  shared.vertices.push({
    name: 'exporting to image',
    logs: [],
    status,
    result: { kind: 'done', seconds: exportMs / 1000 },
  });
  const stageName = stageLabel(stage);
  const steps = shared.steps.filter((s) => s.stage === stageName);
  const layers: LayerBlob[] = state.layers
    .map((l) => shared.layers.get(l.diffId))
    .filter((l): l is LayerBlob => l !== undefined);
  const inImage = new Set(image.diffIds as readonly string[]);
  const pulled = [...shared.pulled]
    .filter((id) => !inImage.has(id))
    .map((id) => shared.layers.get(id as LayerBlob['diffId']))
    .filter((l): l is LayerBlob => l !== undefined);
  shared.events.push({
    type: 'build-finished',
    host: env.hostName,
    imageId: image.id,
    tags: req.tags,
  });
  return {
    ok: true,
    stderr: req.quiet ? '' : renderVertices(shared.vertices),
    stdout: req.quiet ? `${image.id}\n` : '',
    durationMs: shared.elapsed,
    image,
    layers,
    ...(pulled.length > 0 ? { pulled } : {}),
    cache: shared.cache,
    events: shared.events,
    hints: wasteHints(state, steps),
    errors: [],
    steps,
    notes: shared.notes,
  };
}

/** LC1002 as the build saw it: a later step hid bytes an earlier one stored. */
function wasteHints(state: StageState, steps: readonly BuiltStep[]): Diagnostic[] {
  const own = state.layers.length - state.baseLayerCount;
  const stepAt = (layer: number) => steps[layer - (state.layers.length - own)];
  const byHider = new Map<number, { bytes: number; from: Set<number> }>();
  for (const w of wastedBytes(
    state.layers.map((l) => l.tree),
    state.baseLayerCount,
  )) {
    const entry = byHider.get(w.hiddenBy) ?? { bytes: 0, from: new Set<number>() };
    entry.bytes += w.bytes;
    entry.from.add(w.layer);
    byHider.set(w.hiddenBy, entry);
  }
  const hints: Diagnostic[] = [];
  for (const [hider, { bytes, from }] of byHider) {
    const step = stepAt(hider);
    if (!step || bytes < 1024) continue;
    const origins = [...from]
      .map((l) => stepAt(l)?.line)
      .filter((l): l is number => l !== undefined);
    const where = origins.length
      ? ` stored by line ${origins.join(', ')}`
      : ' stored by the base image';
    hints.push({
      severity: 'warning',
      code: 'LC1002',
      message: `This step hides ${humanBytes(bytes)}${where}, but those bytes stay in the earlier layer and the image does not shrink. Delete files in the same RUN that creates them, or use a multi-stage build.`,
      line: step.line,
      column: 1,
      endLine: step.endLine,
      endColumn: 1,
    });
  }
  return hints;
}
