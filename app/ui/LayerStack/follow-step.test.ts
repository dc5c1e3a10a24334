import { describe, expect, it } from 'vitest';
import { FOLLOW_MARGIN_PX, nearestScrollTop } from './follow-step';

const view = { top: 100, bottom: 500 };

describe('nearestScrollTop', () => {
  it('leaves a row that shows with its margin where it is', () => {
    expect(nearestScrollTop(40, view, { top: 200, bottom: 240 })).toBeUndefined();
  });

  it('scrolls down by the least that shows a row below the view, with the margin', () => {
    expect(nearestScrollTop(40, view, { top: 600, bottom: 640 })).toBe(
      40 + 640 + FOLLOW_MARGIN_PX - 500,
    );
  });

  it('scrolls up by the least that shows a row above the view, with the margin', () => {
    expect(nearestScrollTop(300, view, { top: 20, bottom: 60 })).toBe(
      300 - (100 - (20 - FOLLOW_MARGIN_PX)),
    );
  });

  it('brings a row partly cut at the bottom fully into view', () => {
    expect(nearestScrollTop(0, view, { top: 480, bottom: 520 })).toBe(520 + FOLLOW_MARGIN_PX - 500);
  });

  it('shows the top of a row taller than the view', () => {
    expect(nearestScrollTop(0, view, { top: 700, bottom: 1300 })).toBe(
      700 - 100 - FOLLOW_MARGIN_PX,
    );
  });
});
