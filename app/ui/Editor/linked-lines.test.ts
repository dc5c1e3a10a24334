import { describe, expect, it } from 'vitest';
import { linkedLineNumbers, pointedLine } from './linked-lines';

describe('linkedLineNumbers', () => {
  it('marks the one line of a one-line instruction', () => {
    expect(linkedLineNumbers({ start: 4, end: 4 }, 6)).toEqual([4]);
  });

  it('marks every line of a continued instruction', () => {
    expect(linkedLineNumbers({ start: 4, end: 6 }, 8)).toEqual([4, 5, 6]);
  });

  it('marks nothing when no layer is pointed at, or the layer has no lines', () => {
    expect(linkedLineNumbers(null, 6)).toEqual([]);
  });

  it('never marks a line the document no longer has', () => {
    expect(linkedLineNumbers({ start: 5, end: 9 }, 6)).toEqual([5, 6]);
    expect(linkedLineNumbers({ start: 9, end: 9 }, 6)).toEqual([]);
    expect(linkedLineNumbers({ start: 0, end: 1 }, 0)).toEqual([]);
  });
});

describe('pointedLine', () => {
  it('prefers the line under the pointer to the caret', () => {
    expect(pointedLine(3, 5, true)).toBe(3);
  });

  it('uses the caret line only while the editor has focus', () => {
    expect(pointedLine(null, 5, true)).toBe(5);
    expect(pointedLine(null, 5, false)).toBeNull();
  });
});
