import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../session/session';
import * as tl from './timeline';
import type { ScenarioStep, TranscriptItem } from './types';

const snap = (n: number) => ({ world: { n }, attachments: [] }) as unknown as SessionSnapshot;
const item = (id: number) => ({ id, input: `cmd ${id}` }) as TranscriptItem;
const step = (id: number): ScenarioStep => ({ input: `cmd ${id}`, time: id, origin: 'typed' });

describe('timeline', () => {
  it('undoes to the previous checkpoint and hides its transcript until redo', () => {
    let t = tl.startTimeline(snap(0), [item(1)], [step(1)]);
    t = tl.commitStep(t, snap(1), [item(2)], [step(2)], { Dockerfile: 'FROM a' });
    const undone = tl.undoStep(t);
    expect(undone?.restoredDrafts).toEqual({ Dockerfile: 'FROM a' });
    expect(tl.visibleTranscript(undone!.timeline).map((i) => i.id)).toEqual([1]);
    expect(tl.currentCheckpoint(undone!.timeline)).toBe(t.checkpoints[0]);
    const redone = tl.redoStep(undone!.timeline)!;
    expect(tl.visibleScenario(redone)).toEqual([step(1), step(2)]);
  });

  it('cannot undo past the floor or redo past the end', () => {
    const t = tl.startTimeline(snap(0), [], []);
    expect(tl.undoStep(t)).toBeNull();
    expect(tl.redoStep(t)).toBeNull();
  });

  it('drops the redoable steps when a new step is committed after an undo', () => {
    let t = tl.startTimeline(snap(0), [], []);
    t = tl.commitStep(t, snap(1), [item(1)], [step(1)], {});
    t = tl.undoStep(t)!.timeline;
    t = tl.commitStep(t, snap(2), [item(2)], [step(2)], {});
    expect(tl.canRedo(t)).toBe(false);
    expect(t.transcript.map((i) => i.id)).toEqual([2]);
    expect(t.checkpoints).toHaveLength(2);
  });

  it('keeps at most UNDO_LIMIT steps of undo', () => {
    let t = tl.startTimeline(snap(0), [], []);
    for (let i = 1; i <= tl.UNDO_LIMIT + 5; i++)
      t = tl.commitStep(t, snap(i), [item(i)], [step(i)], {});
    expect(t.checkpoints).toHaveLength(tl.UNDO_LIMIT + 1);
    let undos = 0;
    for (let r = tl.undoStep(t); r; r = tl.undoStep(r.timeline)) undos++;
    expect(undos).toBe(tl.UNDO_LIMIT);
  });
});
