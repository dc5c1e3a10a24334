import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';
import { fakeEngine } from './testing/fake-session';

/** A paint the test lets happen: each call waits until `paint()` is called. */
function controlledPaint() {
  const waiting: (() => void)[] = [];
  return {
    afterPaint: () => new Promise<void>((resolve) => waiting.push(resolve)),
    paint: () => waiting.splice(0).forEach((resolve) => resolve()),
    waiting: () => waiting.length,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A store whose engine has loaded, painting only when the test says. */
async function readyStore(workMs = 200) {
  const frame = controlledPaint();
  // Each reading of the clock is `workMs` after the last: every unit's work takes that long.
  let clock = 0;
  const store = createAppStore({
    loadEngine: fakeEngine().load,
    storage: null,
    afterPaint: frame.afterPaint,
    elapsed: () => (clock += workMs),
  });
  store.getState().start();
  frame.paint();
  await store.getState().whenReady();
  return { store, frame, before: store.getState().transcript.length };
}

describe('units run in turn, after a paint', () => {
  it('does not load the engine before the page has painted', async () => {
    const frame = controlledPaint();
    let loads = 0;
    const engine = fakeEngine();
    const store = createAppStore({
      loadEngine: () => (loads++, engine.load()),
      storage: null,
      afterPaint: frame.afterPaint,
    });
    store.getState().start();
    await flush();
    expect(loads).toBe(0);
    frame.paint();
    await store.getState().whenReady();
    expect(loads).toBe(1);
  });

  it('shows a command as running before it runs, then its output', async () => {
    const { store, frame, before } = await readyStore();

    const done = store.getState().runCommand('echo hi');
    await flush();
    expect(store.getState().running).toMatchObject({ input: 'echo hi', origin: 'typed' });
    expect(store.getState().running?.prompt).toBe(store.getState().prompt);
    expect(store.getState().transcript).toHaveLength(before);

    frame.paint();
    const item = await done;
    expect(item?.input).toBe('echo hi');
    expect(store.getState().running).toBeNull();
    expect(store.getState().transcript).toHaveLength(before + 1);
  });

  it('runs commands asked for together in the order they were asked', async () => {
    const { store, frame, before } = await readyStore();

    const asked = ['echo one', 'echo two', 'echo three'].map((c) => store.getState().runCommand(c));
    const build = store.getState().build();
    // Keep painting until every turn has had its frame.
    for (let i = 0; i < 10; i++) {
      await flush();
      frame.paint();
    }
    await Promise.all([...asked, build]);
    expect(
      store
        .getState()
        .transcript.slice(before)
        .map((i) => i.input),
    ).toEqual(['echo one', 'echo two', 'echo three', 'docker build -t app .']);
  });

  it('runs a command at once, without a running line, once its kind has been quick', async () => {
    const { store, frame, before } = await readyStore(5);
    const first = store.getState().runCommand('echo one');
    await flush();
    expect(store.getState().running).not.toBeNull();
    frame.paint();
    await first;

    const second = store.getState().runCommand('echo two');
    await flush();
    expect(frame.waiting()).toBe(0);
    expect(store.getState().running).toBeNull();
    await second;
    expect(
      store
        .getState()
        .transcript.slice(before)
        .map((i) => i.input),
    ).toEqual(['echo one', 'echo two']);
  });

  it('keeps showing a slow kind of command as running before it runs', async () => {
    const { store, frame } = await readyStore(200);
    for (const input of ['echo one', 'echo two']) {
      const done = store.getState().runCommand(input);
      await flush();
      expect(store.getState().running).toMatchObject({ input });
      frame.paint();
      await done;
    }
  });

  it("always shows a clicked button's command first, however quick its kind", async () => {
    const { store, frame } = await readyStore(5);
    for (let i = 0; i < 2; i++) {
      const done = store.getState().build();
      await flush();
      expect(store.getState().running).toMatchObject({ origin: 'button' });
      frame.paint();
      await done;
    }
  });
});
