import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../engine/dockerfile';
import { baseNameOf, stageByRef, stagesOf } from './stage-names';

const MULTI = `FROM golang:1.24 AS Build
RUN go build -o /out/app
FROM build AS test
RUN go test
FROM alpine:3.22
COPY --from=build /out/app /usr/local/bin/app
`;

describe('stagesOf', () => {
  it('labels stages as BuildKit does and keeps what each starts from', () => {
    expect(stagesOf(parseDockerfile(MULTI))).toEqual([
      { label: 'build', from: 'golang:1.24', index: 0 },
      { label: 'test', from: 'build', index: 1 },
      { label: 'stage-2', from: 'alpine:3.22', index: 2 },
    ]);
  });
});

describe('baseNameOf', () => {
  it('names the final stage’s base image, or the stage it builds on', () => {
    const stages = stagesOf(parseDockerfile(MULTI));
    expect(baseNameOf(stages)).toBe('alpine:3.22');
    expect(baseNameOf(stages, 'test')).toBe('stage build (golang:1.24)');
    expect(baseNameOf([])).toBeUndefined();
  });
});

describe('stageByRef', () => {
  it('finds a stage by name in any case, or by number', () => {
    const stages = stagesOf(parseDockerfile(MULTI));
    expect(stageByRef(stages, 'BUILD')?.index).toBe(0);
    expect(stageByRef(stages, '2')?.label).toBe('stage-2');
    expect(stageByRef(stages, 'nope')).toBeUndefined();
  });
});
