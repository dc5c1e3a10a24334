/**
 * Undo and redo as world snapshots. Each step a person takes (a command, a paste, Build
 * with the editor's text written first) ends at a checkpoint holding the session snapshot
 * and how much of the transcript and scenario belong to it. Undo moves back one checkpoint;
 * a new step after an undo drops the checkpoints ahead, as editors do. Worlds share their
 * trees structurally, so keeping a hundred of them costs little.
 */
import type { SessionSnapshot } from '../session/session';
import type { ScenarioStep, TranscriptItem } from './types';

export interface Checkpoint {
  snapshot: SessionSnapshot;
  transcriptLength: number;
  scenarioLength: number;
  /**
   * Editor drafts that the step leading here wrote to the host. Undoing the step gives them
   * back as drafts, so undoing a Build never takes away what the person typed.
   */
  flushedDrafts: Record<string, string>;
}

export interface Timeline {
  /** The first is the floor (the state after loading); `cursor` is the one shown. */
  checkpoints: Checkpoint[];
  cursor: number;
  /** Everything run, including steps that were undone and can be redone. */
  transcript: TranscriptItem[];
  scenario: ScenarioStep[];
}

export const UNDO_LIMIT = 100;

export function startTimeline(
  snapshot: SessionSnapshot,
  transcript: TranscriptItem[],
  scenario: ScenarioStep[],
): Timeline {
  return {
    checkpoints: [
      {
        snapshot,
        transcriptLength: transcript.length,
        scenarioLength: scenario.length,
        flushedDrafts: {},
      },
    ],
    cursor: 0,
    transcript,
    scenario,
  };
}

export function currentCheckpoint(t: Timeline): Checkpoint {
  return t.checkpoints[t.cursor] as Checkpoint;
}

export function visibleTranscript(t: Timeline): TranscriptItem[] {
  const length = currentCheckpoint(t).transcriptLength;
  return length === t.transcript.length ? t.transcript : t.transcript.slice(0, length);
}

export function visibleScenario(t: Timeline): ScenarioStep[] {
  const length = currentCheckpoint(t).scenarioLength;
  return length === t.scenario.length ? t.scenario : t.scenario.slice(0, length);
}

/** Records a finished step; whatever could be redone is dropped. */
export function commitStep(
  t: Timeline,
  snapshot: SessionSnapshot,
  items: TranscriptItem[],
  steps: ScenarioStep[],
  flushedDrafts: Record<string, string>,
): Timeline {
  const transcript = [...visibleTranscript(t), ...items];
  const scenario = [...visibleScenario(t), ...steps];
  let checkpoints = [
    ...t.checkpoints.slice(0, t.cursor + 1),
    {
      snapshot,
      transcriptLength: transcript.length,
      scenarioLength: scenario.length,
      flushedDrafts,
    },
  ];
  if (checkpoints.length > UNDO_LIMIT + 1) checkpoints = checkpoints.slice(-(UNDO_LIMIT + 1));
  return { checkpoints, cursor: checkpoints.length - 1, transcript, scenario };
}

export function canUndo(t: Timeline): boolean {
  return t.cursor > 0;
}

export function canRedo(t: Timeline): boolean {
  return t.cursor < t.checkpoints.length - 1;
}

/** One checkpoint back, with the drafts the undone step had written; null at the floor. */
export function undoStep(
  t: Timeline,
): { timeline: Timeline; restoredDrafts: Record<string, string> } | null {
  if (!canUndo(t)) return null;
  const undone = currentCheckpoint(t);
  return { timeline: { ...t, cursor: t.cursor - 1 }, restoredDrafts: undone.flushedDrafts };
}

export function redoStep(t: Timeline): Timeline | null {
  if (!canRedo(t)) return null;
  return { ...t, cursor: t.cursor + 1 };
}

/**
 * Straight to checkpoint `index` (the timeline scrubber): its snapshot is restored, no step
 * is replayed. Going back gives the drafts the skipped steps wrote, a later step's text
 * winning, as undoing them one by one would. Null for the current index or one out of range.
 */
export function jumpToCheckpoint(
  t: Timeline,
  index: number,
): { timeline: Timeline; restoredDrafts: Record<string, string> } | null {
  if (!Number.isInteger(index) || index < 0 || index >= t.checkpoints.length) return null;
  if (index === t.cursor) return null;
  const restoredDrafts: Record<string, string> = {};
  for (const undone of t.checkpoints.slice(index + 1, t.cursor + 1))
    Object.assign(restoredDrafts, undone.flushedDrafts);
  return { timeline: { ...t, cursor: index }, restoredDrafts };
}

/** The first line of the command that led to checkpoint `index` (an editor write only if alone). */
export function stepCommand(t: Timeline, index: number): string | null {
  if (index <= 0) return null;
  const to = t.checkpoints[index]?.transcriptLength ?? 0;
  const from = t.checkpoints[index - 1]?.transcriptLength ?? 0;
  const items = t.transcript.slice(from, to);
  const last = items.filter((i) => i.origin !== 'files').at(-1) ?? items.at(-1);
  return last ? (last.input.split('\n')[0] ?? '') : null;
}

/** "Step 4 of 9: docker run -d --name web app"; step 0 is where the timeline starts. */
export function describeCheckpoint(t: Timeline, index: number): string {
  const of = `Step ${index} of ${t.checkpoints.length - 1}`;
  return `${of}: ${index === 0 ? 'the start' : (stepCommand(t, index) ?? 'a step')}`;
}
