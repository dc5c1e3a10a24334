import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atFrameAfter } from './frame-timer';

/** A page with animation frames run by hand, in a tab that is visible or hidden. */
function stubPage(visibility: 'visible' | 'hidden') {
  const frames = new Map<number, () => void>();
  let next = 1;
  vi.stubGlobal('document', { visibilityState: visibility });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    frames.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  return {
    runFrame() {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb();
    },
  };
}

describe('atFrameAfter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits, then runs at the start of the next frame, not from the timer', () => {
    const page = stubPage('visible');
    const run = vi.fn();
    atFrameAfter(100, run);
    vi.advanceTimersByTime(99);
    page.runFrame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).not.toHaveBeenCalled();
    page.runFrame();
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs from the timer in a hidden tab, which runs no frames', () => {
    stubPage('hidden');
    const run = vi.fn();
    atFrameAfter(50, run);
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledOnce();
  });

  it('can be cancelled while waiting and while waiting for the frame', () => {
    const page = stubPage('visible');
    const early = vi.fn();
    const late = vi.fn();
    atFrameAfter(10, early)();
    const cancelLate = atFrameAfter(10, late);
    vi.advanceTimersByTime(10);
    cancelLate();
    page.runFrame();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
