/**
 * What a build did, read back from the events its transcript item carries: each filesystem
 * step with its stage, its position in the stage's layer stack, its Dockerfile line, and
 * whether the cache served it. The layer stack shows CACHED from this, draws earlier
 * stages of a multi-stage build from it, and plays a build back step by step.
 */
import type { EngineEvent } from '../../engine/events';
import type { Image } from '../../engine/images/image';

export interface StepRecord {
  stage: string;
  /** Position in the stage's layer stack (base layers included): RootFS index. */
  index: number;
  /** The instruction as written in the Dockerfile. */
  instruction: string;
  line?: number;
  cached: boolean;
  diffId?: string;
  size?: number;
}

export interface BuildRecord {
  /** The transcript item the build ran in. */
  entryId: number;
  ok: boolean;
  imageId?: string;
  tags: string[];
  /** Stage names in the order their steps ran. */
  stages: string[];
  steps: StepRecord[];
  failure?: { message: string; line?: number };
}

export interface ItemWithEvents {
  id: number;
  events: readonly EngineEvent[];
}

export const stepKey = (stage: string, index: number) => `${stage}#${index}`;

/**
 * Records already read, per transcript item (items are immutable): the same item gives the
 * same record object, so views memoised on it do not redraw when the transcript grows.
 */
const records = new WeakMap<ItemWithEvents, BuildRecord | null>();

/** The build in one transcript item, or undefined when the item ran no build. */
export function readBuild(item: ItemWithEvents): BuildRecord | undefined {
  const known = records.get(item);
  if (known !== undefined) return known ?? undefined;
  const record = recordOf(item);
  records.set(item, record ?? null);
  return record;
}

function recordOf(item: ItemWithEvents): BuildRecord | undefined {
  if (!item.events.some((e) => e.type === 'build-started')) return undefined;
  const record: BuildRecord = { entryId: item.id, ok: false, tags: [], stages: [], steps: [] };
  const byKey = new Map<string, StepRecord>();
  const lines = new Map<string, number>();
  for (const event of item.events) {
    switch (event.type) {
      case 'step-started':
        lines.set(stepKey(event.stage, event.index), event.line);
        break;
      case 'cache-hit':
      case 'layer-created': {
        const key = stepKey(event.stage, event.index);
        let step = byKey.get(key);
        if (!step) {
          const line = lines.get(key);
          step = {
            stage: event.stage,
            index: event.index,
            instruction: event.instruction,
            cached: false,
            ...(line !== undefined ? { line } : {}),
          };
          byKey.set(key, step);
          record.steps.push(step);
          if (!record.stages.includes(event.stage)) record.stages.push(event.stage);
        }
        if (event.type === 'cache-hit') step.cached = true;
        else Object.assign(step, { diffId: event.diffId, size: event.size });
        break;
      }
      case 'build-failed':
        record.failure = {
          message: event.message,
          ...(event.line !== undefined ? { line: event.line } : {}),
        };
        break;
      case 'build-finished':
        record.ok = true;
        record.imageId = event.imageId;
        record.tags = event.tags;
        break;
    }
  }
  return record;
}

/** The most recent build, finished or failed, in a transcript (newest last). */
export function lastBuild(items: readonly ItemWithEvents[]): BuildRecord | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const record = readBuild(items[i] as ItemWithEvents);
    if (record) return record;
  }
  return undefined;
}

/** The most recent build that produced `imageId`. */
export function lastBuildOf(
  items: readonly ItemWithEvents[],
  imageId: string,
): BuildRecord | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as ItemWithEvents;
    if (!item.events.some((e) => e.type === 'build-finished' && e.imageId === imageId)) continue;
    return readBuild(item);
  }
  return undefined;
}

/**
 * The stage whose layers became the image: the one whose steps' layers sit at the same
 * positions in the image's RootFS. (With --target it need not be the last stage.)
 */
export function finalStage(record: BuildRecord, image: Image): string | undefined {
  const matches = (stage: string) => {
    const steps = record.steps.filter((s) => s.stage === stage);
    return steps.length > 0 && steps.every((s) => image.diffIds[s.index] === s.diffId);
  };
  for (let i = record.stages.length - 1; i >= 0; i--) {
    const stage = record.stages[i] as string;
    if (matches(stage)) return stage;
  }
  return undefined;
}
