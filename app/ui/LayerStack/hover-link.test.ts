import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../engine/dockerfile';
import { linkEditor } from './editor-link';
import { SEED_ROWS } from './testing/seed-rows';
import { linesOfHovered, pendingAtLine, pendingHoverId, rowAtLine } from './hover-link';

const BUILT = SEED_ROWS;

/** The seed Dockerfile with its RUN split over two lines and a comment before COPY . . */
const TEXT = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir \\
    -r requirements.txt
# the code changes most often: copy it last
COPY . .
CMD ["python", "main.py"]
`;

const link = (text: string) => linkEditor(text, parseDockerfile(text), BUILT);

describe('rowAtLine', () => {
  const { lines } = link(TEXT);

  it('finds the layer a hovered instruction line made', () => {
    expect(rowAtLine(lines, 2)).toBe(10);
    expect(rowAtLine(lines, 3)).toBe(11);
    expect(rowAtLine(lines, 7)).toBe(13);
    expect(rowAtLine(lines, 8)).toBe(14);
  });

  it('finds the same layer from either line of a continued instruction', () => {
    expect(rowAtLine(lines, 4)).toBe(12);
    expect(rowAtLine(lines, 5)).toBe(12);
  });

  it('finds no layer for FROM, a comment, a line past the end, or no line', () => {
    expect(rowAtLine(lines, 1)).toBeUndefined();
    expect(rowAtLine(lines, 6)).toBeUndefined();
    expect(rowAtLine(lines, 40)).toBeUndefined();
    expect(rowAtLine(lines, null)).toBeUndefined();
    expect(rowAtLine(undefined, 2)).toBeUndefined();
  });

  it('finds no built layer for a line the editor changed since the build', () => {
    const edited = link(TEXT.replace('COPY . .', 'COPY . ./'));
    expect(rowAtLine(edited.lines, 7)).toBeUndefined();
    expect(rowAtLine(edited.lines, 3)).toBe(11);
  });
});

describe('pendingAtLine', () => {
  it('finds the pending layer of a finished instruction not built yet', () => {
    const { pending } = link(TEXT + 'EXPOSE 8000\n');
    expect(pendingAtLine(pending, 9)?.instruction).toBe('EXPOSE 8000');
    expect(pendingAtLine(pending, 8)).toBeUndefined();
    expect(pendingAtLine(pending, null)).toBeUndefined();
  });
});

describe('linesOfHovered', () => {
  const { lines, pending } = link(TEXT.replace('COPY . .', 'COPY . ./'));
  const rows = new Map([
    ['11|sha256:req', 11],
    ['13|sha256:code', 13],
  ]);

  it('gives the lines of a hovered layer the editor still matches', () => {
    expect(linesOfHovered('11|sha256:req', rows, lines, pending)).toEqual({ start: 3, end: 3 });
  });

  it('gives null for a layer the editor no longer matches, so nothing is highlighted', () => {
    expect(linesOfHovered('13|sha256:code', rows, lines, pending)).toBeNull();
  });

  it('gives the lines of a hovered pending layer', () => {
    const step = pending.find((p) => p.instruction === 'COPY . ./');
    expect(step).toBeDefined();
    const id = pendingHoverId(step as (typeof pending)[number]);
    expect(linesOfHovered(id, rows, lines, pending)).toEqual({ start: 7, end: 7 });
  });

  it('gives undefined for a layer that is gone (rebuilt away while hovered)', () => {
    expect(linesOfHovered('12|sha256:old', rows, lines, pending)).toBeUndefined();
  });
});
