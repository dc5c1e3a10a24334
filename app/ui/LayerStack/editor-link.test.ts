import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../engine/dockerfile';
import { linkEditor } from './editor-link';
import { SEED_ROWS } from './testing/seed-rows';

const BUILT = SEED_ROWS;

const SEED = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

const link = (text: string) => linkEditor(text, parseDockerfile(text), BUILT);

describe('linkEditor', () => {
  it('links every built row to its Dockerfile lines when the editor matches the image', () => {
    const result = link(SEED);
    expect([...result.lines]).toEqual([
      [10, { start: 2, end: 2 }],
      [11, { start: 3, end: 3 }],
      [12, { start: 4, end: 4 }],
      [13, { start: 5, end: 5 }],
      [14, { start: 6, end: 6 }],
    ]);
    expect(result.pending).toEqual([]);
    expect(result.staleFrom).toBeUndefined();
  });

  it('shows a finished new instruction as pending, and not the line still being typed', () => {
    const typing = link(SEED + 'EXPOSE 8000\nRUN apt-get upd');
    expect(typing.pending.map((p) => p.instruction)).toEqual(['EXPOSE 8000']);
    expect(typing.staleFrom).toBeUndefined();
    const appended = link(SEED.replace('CMD', 'EXPOSE 8000\nCMD'));
    expect(appended.pending.map((p) => [p.keyword, p.lines.start])).toEqual([
      ['EXPOSE', 6],
      ['CMD', 7],
    ]);
  });

  it('marks the first changed step and everything above it as rebuilding', () => {
    const edited = link(SEED.replace('requirements.txt .', 'requirements.txt ./'));
    expect(edited.staleFrom).toBe(11);
    expect([...edited.lines.keys()]).toEqual([10]);
    expect(edited.pending.map((p) => p.keyword)).toEqual(['COPY', 'RUN', 'COPY', 'CMD']);
  });

  it('does not count a half-typed edit of the last line as a change yet', () => {
    const text = SEED.trimEnd().replace('main.py"]', 'app.py');
    const result = link(text);
    expect(result.staleFrom).toBeUndefined();
    expect(result.pending).toEqual([]);
  });

  it('joins continuation lines in a pending instruction and keeps its line range', () => {
    const result = link(SEED + 'RUN apt-get update && \\\n    apt-get install -y curl\n');
    expect(result.pending).toEqual([
      {
        instruction: 'RUN apt-get update && apt-get install -y curl',
        keyword: 'RUN',
        lines: { start: 7, end: 8 },
      },
    ]);
  });

  it('reads the last stage of a multi-stage Dockerfile', () => {
    const text = 'FROM golang AS build\nRUN go build -o /out/app\n\n' + SEED;
    expect(link(text).lines.get(10)).toEqual({ start: 5, end: 5 });
  });
});
