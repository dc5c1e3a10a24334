import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import type { QueuedEvent } from '../../store';
import { cutsByEntry, logCutKey, playingBuildKey, shownLength } from './build-log-cut';

const host = 'laptop';
let seq = 0;
const q = (entryId: number, event: EngineEvent): QueuedEvent => ({
  seq: ++seq,
  event,
  entryId,
  origin: 'typed',
});
const started = (index: number, vertex: number): EngineEvent => ({
  type: 'step-started',
  host,
  stage: 'stage-0',
  index,
  total: 0,
  instruction: `RUN ${index}`,
  line: index + 1,
  vertex,
});
const created = (index: number): EngineEvent => ({
  type: 'layer-created',
  host,
  stage: 'stage-0',
  index,
  instruction: `RUN ${index}`,
  diffId: `sha256:${index}`,
  size: 1,
  empty: false,
});
const finished: EngineEvent = { type: 'build-finished', host, imageId: 'sha256:x', tags: [] };

const LOG = [
  '#0 building with "default" instance using docker driver',
  '',
  '#1 [internal] load build definition from Dockerfile',
  '#1 DONE 0.0s',
  '',
  '#5 [2/3] RUN 1',
  '#5 DONE 0.1s',
  '',
  '#6 [3/3] RUN 2',
  '#6 0.080 two',
  '#6 DONE 0.1s',
  '',
  '#7 exporting to image',
  '#7 DONE 0.1s',
  '',
].join('\n');

/** The keys `useUnplayed(logCutKey)` gives for a queue. */
const keysOf = (pending: readonly QueuedEvent[]) => pending.flatMap((q) => logCutKey(q) ?? []);

describe('cutsByEntry', () => {
  it('stops each playing build before its first step still queued, then before the export', () => {
    const pending = [
      q(3, started(1, 5)),
      q(3, created(1)),
      q(3, started(2, 6)),
      q(3, created(2)),
      q(3, finished),
      q(4, finished),
      q(5, { type: 'container-created', host, id: 'c', name: 'web', image: 'app' }),
    ];
    expect(cutsByEntry(keysOf(pending))).toEqual(
      new Map<number, number | 'export'>([
        [3, 5],
        [4, 'export'],
      ]),
    );
    expect(cutsByEntry(keysOf(pending.slice(2)))).toEqual(
      new Map<number, number | 'export'>([
        [3, 6],
        [4, 'export'],
      ]),
    );
    expect(cutsByEntry(keysOf([]))).toEqual(new Map());
  });
});

describe('shownLength', () => {
  it('shows the output up to the line that opens the step', () => {
    expect(LOG.slice(0, shownLength(LOG, 6))).toBe(LOG.slice(0, LOG.indexOf('#6 [3/3]')));
    expect(LOG.slice(0, shownLength(LOG, 6)).endsWith('#5 DONE 0.1s\n\n')).toBe(true);
  });

  it('shows every step before the export', () => {
    expect(LOG.slice(0, shownLength(LOG, 'export')).endsWith('#6 DONE 0.1s\n\n')).toBe(true);
  });

  it('shows it all when the line is not there (a failed build, docker build -q)', () => {
    expect(shownLength(LOG, 9)).toBe(LOG.length);
    expect(shownLength('sha256:abc\n', 'export')).toBe(11);
  });

  it('does not take #1x for #1', () => {
    const log = '#10 [1/1] RUN a\n#1 [internal] x\n';
    expect(shownLength(log, 1)).toBe(log.indexOf('#1 [internal]'));
  });
});

describe('playingBuildKey', () => {
  it('keys the end of a build, whether it succeeds or fails, and nothing else', () => {
    expect(playingBuildKey(q(7, finished))).toBe('7');
    expect(playingBuildKey(q(8, { type: 'build-failed', host, message: 'x' }))).toBe('8');
    expect(playingBuildKey(q(7, started(1, 5)))).toBeUndefined();
    expect(playingBuildKey(q(7, created(1)))).toBeUndefined();
  });
});
