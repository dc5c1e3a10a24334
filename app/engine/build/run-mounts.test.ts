import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import { buildInSession } from './testing/build-in-session';
import type { DirNode } from '../fs/node';
import { createHost } from '../host/world';
import type { HostState } from '../host/state';
import type { BuildOutcome } from './request';

const catalog = tinyCatalog();

function build(
  dockerfile: string,
  files: Record<string, string>,
  host: HostState = createHost('laptop', []),
): BuildOutcome {
  return buildInSession(catalog, dockerfile, { files, host });
}

/** The host after a build keeps its build cache, as the docker CLI stores it. */
function keep(host: HostState, outcome: BuildOutcome): HostState {
  return { ...host, buildCache: { ...host.buildCache, ...outcome.cache } };
}

/** The log lines of the step whose name contains `step`. */
function stepLogs(out: BuildOutcome, step: string): string[] {
  const lines = out.stderr.split('\n');
  const head = lines.find((l) => l.includes(step));
  const id = head?.split(' ')[0];
  return lines
    .filter((l) => id && l.startsWith(`${id} `) && l !== head && /^#\d+ \d+\.\d+ /.test(l))
    .map((l) => l.replace(/^#\d+ \d+\.\d+ /, ''));
}

describe('RUN --mount=type=bind', () => {
  it('shows a context file at the target without adding it, or a mount point, to the layer', () => {
    // Recorded on the 20.10 oracle: the file is read, and `ls /app` afterwards is empty.
    const out = build(
      'FROM busybox\nWORKDIR /app\nRUN --mount=type=bind,source=req.txt,target=req.txt cat req.txt && echo ran > /ran\nRUN ls -A /app\n',
      { 'req.txt': 'hello\n' },
    );
    expect(out.ok).toBe(true);
    expect(stepLogs(out, 'RUN --mount')).toEqual(['hello']);
    expect(stepLogs(out, 'RUN ls')).toEqual([]);
    expect(out.stderr).toContain('[internal] load build context');
    const layer = out.layers.at(-2)?.tree;
    expect(Object.keys(layer?.children ?? {}).sort()).toEqual(['ran']);
  });

  it('mounts the whole context with target=. and leaves the folder as it was', () => {
    // rw: the step may write there, and what it writes goes with the mount.
    const out = build(
      'FROM busybox\nWORKDIR /src\nRUN --mount=type=bind,target=.,rw ls && touch made\nRUN ls -A\n',
      { 'main.go': 'package main\n' },
    );
    expect(stepLogs(out, 'RUN --mount')).toEqual(['Dockerfile', 'main.go']);
    expect(stepLogs(out, 'RUN ls -A')).toEqual([]);
  });

  it('is read-only without rw: a write there fails the step (recorded on the 20.10 oracle)', () => {
    const touch = build(
      'FROM busybox\nRUN --mount=type=bind,source=src,target=/src cat /src/a.txt && touch /src/new\n',
      { 'src/a.txt': 'hi\n' },
    );
    expect(touch.ok).toBe(false);
    expect(stepLogs(touch, 'RUN --mount')).toEqual([
      'hi',
      'touch: /src/new: Read-only file system',
    ]);
    const made = build(
      'FROM busybox\nRUN --mount=type=bind,source=src,target=/src mkdir -p /src && echo ok && mkdir /src/d\n',
      { 'src/a.txt': 'hi\n' },
    );
    expect(stepLogs(made, 'RUN --mount')).toEqual([
      'ok',
      "mkdir: can't create directory '/src/d': Read-only file system",
    ]);
  });

  it('reruns the step when the mounted file changes', () => {
    const df = 'FROM busybox\nRUN --mount=type=bind,source=req.txt,target=/req cat /req\n';
    const first = build(df, { 'req.txt': 'one\n' });
    const host = keep(createHost('laptop', []), first);
    expect(build(df, { 'req.txt': 'one\n' }, host).stderr).toMatch(/#\d+ CACHED/);
    const changed = build(df, { 'req.txt': 'two\n' }, host);
    expect(changed.stderr).not.toMatch(/RUN --mount[^\n]*\n#\d+ CACHED/);
    expect(stepLogs(changed, 'RUN --mount')).toEqual(['two']);
  });

  it('reads from a stage with from= and builds that stage first', () => {
    const out = build(
      'FROM busybox AS build\nRUN mkdir /out && echo built > /out/app\n\nFROM busybox\nRUN --mount=type=bind,from=build,source=/out,target=/mnt cat /mnt/app\n',
      {},
    );
    expect(out.ok).toBe(true);
    expect(stepLogs(out, 'RUN --mount')).toEqual(['built']);
  });

  it('fails when the source is not in the context', () => {
    const out = build('FROM busybox\nRUN --mount=type=bind,source=nope.txt,target=/x cat /x\n', {});
    expect(out.ok).toBe(false);
    expect(out.stderr).toMatch(
      /ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref \w+::\w+: "\/nope\.txt": not found/,
    );
  });
});

describe('RUN --mount=type=cache', () => {
  it('keeps what the cache holds for the next RUN and the next build, never in a layer', () => {
    // Recorded on the 20.10 oracle: a second RUN mounting /c reads what the first wrote.
    const df =
      'FROM busybox\nRUN --mount=type=cache,target=/c echo cached > /c/f\nRUN --mount=type=cache,target=/c cat /c/f\n';
    const out = build(df, {});
    expect(stepLogs(out, 'cat /c/f')).toEqual(['cached']);
    const later = build(
      'FROM busybox\nRUN echo other\nRUN --mount=type=cache,target=/c cat /c/f\n',
      {},
      keep(createHost('laptop', []), out),
    );
    expect(stepLogs(later, 'cat /c/f')).toEqual(['cached']);
    const layer = out.layers.at(-2)?.tree;
    expect((layer?.children['c'] as DirNode | undefined)?.children).toEqual({});
  });

  it('shares a cache by id across different targets', () => {
    const out = build(
      'FROM busybox\nRUN --mount=type=cache,id=pnpm,target=/a echo x > /a/f\nRUN --mount=type=cache,id=pnpm,target=/b ls /b\n',
      {},
    );
    expect(stepLogs(out, 'ls /b')).toEqual(['f']);
  });
});
