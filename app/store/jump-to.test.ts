/** The timeline scrubber's store action: `jumpTo(index)` restores a checkpoint's snapshot. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';
import { SEED_DOCKERFILE } from './seed';
import { fakeEngine } from './testing/fake-session';

async function threeSteps() {
  const engine = fakeEngine();
  let time = 1_700_000_000_000;
  const store = createAppStore({
    loadEngine: engine.load,
    storage: null,
    now: () => (time += 1000),
  });
  store.getState().start();
  await store.getState().whenReady();
  await store.getState().runCommand('echo one > a.txt');
  await store.getState().runCommand('echo two > b.txt');
  await store.getState().runCommand('echo three > c.txt');
  const files = () => store.getState().hostFiles.map((f) => f.path);
  const session = engine.sessions[0]!;
  return { store, state: () => store.getState(), files, session };
}

describe('jumpTo', () => {
  it('moves the world back to step 1 and forward to the last step', async () => {
    const { store, state, files } = await threeSteps();
    store.getState().jumpTo(1);
    expect(files()).toContain('a.txt');
    expect(files()).not.toContain('b.txt');
    expect(state().transcript.at(-1)?.input).toBe('echo one > a.txt');
    expect(state().scenario.at(-1)?.input).toBe('echo one > a.txt');
    expect(state().timeline?.cursor).toBe(1);
    expect([state().canUndo, state().canRedo]).toEqual([true, true]);
    store.getState().jumpTo(3);
    expect(files()).toEqual(expect.arrayContaining(['a.txt', 'b.txt', 'c.txt']));
    expect(state().canRedo).toBe(false);
  });

  it('restores the snapshot without running any command again', async () => {
    const { store, session } = await threeSteps();
    const runs = session.runs.length;
    store.getState().jumpTo(0);
    store.getState().jumpTo(3);
    store.getState().jumpTo(2);
    expect(session.runs).toHaveLength(runs);
  });

  it('says which step the world is at, and clears the events queue', async () => {
    const { store, state } = await threeSteps();
    store.getState().jumpTo(2);
    expect(state().announcements.at(-1)?.text).toBe('Step 2 of 3: echo two > b.txt');
    expect(state().pendingEvents).toEqual([]);
    store.getState().jumpTo(0);
    expect(state().announcements.at(-1)?.text).toBe('Step 0 of 3: the start');
  });

  it('gives back editor text that a skipped step wrote, as a draft', async () => {
    const { store, state } = await threeSteps();
    store.getState().setDockerfile('FROM alpine\n');
    await store.getState().build();
    await store.getState().runCommand('echo four > d.txt');
    store.getState().jumpTo(1);
    expect(state().hostFiles.find((f) => f.path === 'Dockerfile')?.text).toBe(SEED_DOCKERFILE);
    expect(state().dockerfile).toBe('FROM alpine\n');
  });

  it('ignores an index that is not a checkpoint', async () => {
    const { store, state } = await threeSteps();
    const before = state().snapshot;
    const said = state().announcements.length;
    for (const index of [-1, 4, 2.5, Number.NaN]) store.getState().jumpTo(index);
    expect(state().snapshot).toBe(before);
    expect(state().announcements).toHaveLength(said);
  });

  it('does nothing before the engine has loaded', () => {
    const store = createAppStore({ loadEngine: () => new Promise(() => {}), storage: null });
    store.getState().jumpTo(0);
    expect(store.getState().timeline).toBeNull();
  });
});
