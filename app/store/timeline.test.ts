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

describe('jumping along the timeline', () => {
  const files = (id: number) => ({ id, input: `cat > f${id} <<'EOF'\nx\nEOF`, origin: 'files' });
  const typed = (id: number) => ({ id, input: `cmd ${id}\nbody`, origin: 'typed' });
  function threeSteps() {
    let t = tl.startTimeline(snap(0), [item(1)], [step(1)]);
    t = tl.commitStep(t, snap(1), [typed(2)] as TranscriptItem[], [step(2)], {});
    t = tl.commitStep(t, snap(2), [files(3), typed(4)] as TranscriptItem[], [step(3), step(4)], {
      Dockerfile: 'FROM b',
    });
    t = tl.commitStep(t, snap(3), [files(5)] as TranscriptItem[], [step(5)], {
      Dockerfile: 'FROM c',
      'main.py': 'print(3)',
    });
    return t;
  }

  it('goes straight to an earlier checkpoint, hiding the transcript after it', () => {
    const t = threeSteps();
    const back = tl.jumpToCheckpoint(t, 1)!;
    expect(tl.currentCheckpoint(back.timeline)).toBe(t.checkpoints[1]);
    expect(tl.visibleTranscript(back.timeline).map((i) => i.id)).toEqual([1, 2]);
    expect(tl.visibleScenario(back.timeline)).toEqual([step(1), step(2)]);
    expect(tl.canRedo(back.timeline)).toBe(true);
  });

  it('gives back the drafts every skipped step wrote, the later text winning', () => {
    const back = tl.jumpToCheckpoint(threeSteps(), 0)!;
    expect(back.restoredDrafts).toEqual({ Dockerfile: 'FROM c', 'main.py': 'print(3)' });
  });

  it('goes forward again without giving drafts back', () => {
    const t = tl.jumpToCheckpoint(threeSteps(), 0)!.timeline;
    const forward = tl.jumpToCheckpoint(t, 3)!;
    expect(forward.timeline.cursor).toBe(3);
    expect(forward.restoredDrafts).toEqual({});
    expect(tl.visibleTranscript(forward.timeline)).toHaveLength(5);
  });

  it('refuses the current index and indexes that are not checkpoints', () => {
    const t = threeSteps();
    for (const index of [3, -1, 4, 1.5, Number.NaN])
      expect(tl.jumpToCheckpoint(t, index)).toBeNull();
  });

  it('names each step by its command, not the editor write before it', () => {
    const t = threeSteps();
    expect([0, 1, 2, 3].map((i) => tl.describeCheckpoint(t, i))).toEqual([
      'Step 0 of 3: the start',
      'Step 1 of 3: cmd 2',
      'Step 2 of 3: cmd 4',
      "Step 3 of 3: cat > f5 <<'EOF'",
    ]);
  });
});
