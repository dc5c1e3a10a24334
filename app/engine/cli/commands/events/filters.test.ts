import { describe, expect, it } from 'vitest';
import type { DaemonEvent } from '../../../host/daemon-events';
import { matchesFilter, parseEventFilters } from './filters';

const event = (over: Partial<DaemonEvent>): DaemonEvent => ({
  type: 'container',
  action: 'start',
  actorId: 'abc123',
  attributes: { image: 'busybox:latest', name: 'evd', tier: 'front' },
  scope: 'local',
  time: 0,
  nanos: 0,
  ...over,
});

function matches(filters: string[], e: DaemonEvent): boolean {
  const parsed = parseEventFilters(filters);
  if (!parsed.ok) throw new Error(parsed.error);
  return matchesFilter(parsed.filter, e);
}

describe('event filters', () => {
  it('matches containers by a prefix of their id or name', () => {
    expect(matches(['container=ev'], event({}))).toBe(true);
    expect(matches(['container=abc'], event({}))).toBe(true);
    expect(matches(['container=web'], event({}))).toBe(false);
  });

  it('takes values of one key as alternatives and requires every key', () => {
    expect(matches(['event=die', 'event=start'], event({}))).toBe(true);
    expect(matches(['event=start', 'type=image'], event({}))).toBe(false);
  });

  it('matches an exec event by the action before its command', () => {
    expect(matches(['event=exec_start'], event({ action: 'exec_start: ls /' }))).toBe(true);
  });

  it('matches an image with or without its tag, and labels by key or key=value', () => {
    expect(matches(['image=busybox'], event({}))).toBe(true);
    expect(matches(['image=busybox:1.36'], event({}))).toBe(false);
    expect(matches(['label=tier'], event({}))).toBe(true);
    expect(matches(['label=tier=back'], event({}))).toBe(false);
  });

  it('ignores a key the daemon does not filter on, as the recorded daemon did', () => {
    const parsed = parseEventFilters(['foo=bar', 'type=container']);
    expect(parsed.ok && [...parsed.filter.keys()]).toEqual(['type']);
  });
});
