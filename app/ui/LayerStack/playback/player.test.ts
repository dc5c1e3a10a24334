import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../store';
import { fakeEngine } from '../../../store/testing/fake-session';
import { playerFor } from './player';

async function readyStore() {
  const store = createAppStore({ loadEngine: fakeEngine().load, storage: null, now: () => 1 });
  store.getState().start();
  await store.getState().whenReady();
  return store;
}

describe('EventPlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('empties the queue over time, step by step, while a view holds it', async () => {
    const store = await readyStore();
    const total = store.getState().pendingEvents.length;
    expect(total).toBeGreaterThan(3);
    const heard: string[] = [];
    const player = playerFor(store);
    player.subscribe((played) => heard.push(...played.map((p) => p.event.type)));
    const release = player.retain();
    await vi.advanceTimersByTimeAsync(1);
    const afterFirst = store.getState().pendingEvents.length;
    expect(afterFirst).toBeLessThan(total);
    expect(afterFirst).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().pendingEvents).toEqual([]);
    expect(heard[0]).toBe('build-started');
    expect(heard.at(-1)).toBe('build-finished');
    release();
  });

  it('holds each step for its duration before taking the next', async () => {
    const store = await readyStore();
    const release = playerFor(store).retain();
    await vi.advanceTimersByTimeAsync(1);
    const afterFirst = store.getState().pendingEvents.length;
    // build-started holds the stage for 300 ms at 1x: nothing more is taken before that.
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState().pendingEvents).toHaveLength(afterFirst);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().pendingEvents.length).toBeLessThan(afterFirst);
    release();
  });

  it('takes nothing while paused, and goes on when resumed', async () => {
    const store = await readyStore();
    store.getState().setPaused(true);
    const release = playerFor(store).retain();
    const total = store.getState().pendingEvents.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.getState().pendingEvents).toHaveLength(total);
    store.getState().setPaused(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().pendingEvents).toEqual([]);
    release();
  });

  it('stops when the last view lets go, and is one player per store', async () => {
    const store = await readyStore();
    expect(playerFor(store)).toBe(playerFor(store));
    const other = await readyStore();
    expect(playerFor(other)).not.toBe(playerFor(store));
    const a = playerFor(store).retain();
    const b = playerFor(store).retain();
    a();
    a();
    b();
    const total = store.getState().pendingEvents.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().pendingEvents).toHaveLength(total);
  });
});
