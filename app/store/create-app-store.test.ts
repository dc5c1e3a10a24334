import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStoreOptions } from './create-app-store';
import { SEED_DOCKERFILE, SEED_MAIN_PY } from './seed';
import { fakeEngine, MemoryStorage } from './testing/fake-session';

function setup(options: AppStoreOptions & { storage?: MemoryStorage | null } = {}) {
  const engine = fakeEngine();
  let time = 1_700_000_000_000;
  const store = createAppStore({
    loadEngine: engine.load,
    storage: null,
    now: () => (time += 1000),
    ...options,
  });
  const stop = store.getState().start();
  return { store, engine, stop, state: () => store.getState() };
}

describe('opening', () => {
  it('shows the example Dockerfile before the engine has loaded', () => {
    const store = createAppStore({ loadEngine: () => new Promise(() => {}), storage: null });
    expect(store.getState().status).toBe('loading');
    expect(store.getState().dockerfile).toBe(SEED_DOCKERFILE);
  });

  it('runs the example on a first visit and queues its build for the views', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    expect(state().status).toBe('ready');
    expect(state().transcript.map((i) => i.input.split('\n')[0])).toEqual([
      "cat > Dockerfile <<'EOF'",
      'echo flask > requirements.txt',
      "cat > main.py <<'EOF'",
      'docker build -t app .',
    ]);
    expect(state().dockerfile).toBe(SEED_DOCKERFILE);
    expect(state().drafts).toEqual({});
    expect(state().hostFiles.map((f) => [f.path, f.text])).toEqual([
      ['Dockerfile', SEED_DOCKERFILE],
      ['main.py', SEED_MAIN_PY],
      ['requirements.txt', 'flask\n'],
    ]);
    expect(state().pendingEvents.map((e) => e.event.type)).toContain('build-finished');
    expect(state().announcements.at(-1)?.text).toMatch(/^The example is open\. Image built: app/);
    expect(state().canUndo).toBe(false);
    expect(state().history).toEqual(['echo flask > requirements.txt', 'docker build -t app .']);
  });

  it('reports an engine that fails to load, and keeps the Dockerfile', async () => {
    const { store, state } = setup({ loadEngine: () => Promise.reject(new Error('offline')) });
    await store.getState().whenReady();
    expect(state().status).toBe('failed');
    expect(state().notice?.text).toMatch(/could not be loaded \(offline\)/);
    expect(state().dockerfile).toBe(SEED_DOCKERFILE);
    expect(await store.getState().runCommand('ls')).toBeNull();
  });
});

describe('editor and terminal agree', () => {
  it('writes the editor text to the host before the next command runs', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    store.getState().setDockerfile('FROM alpine\nRUN echo hi\n');
    expect(state().drafts).toEqual({ Dockerfile: 'FROM alpine\nRUN echo hi\n' });
    const item = await store.getState().runCommand('cat Dockerfile');
    const last = state().transcript.slice(-2);
    expect(last[0]?.origin).toBe('files');
    expect(last[0]?.input).toBe("cat > Dockerfile <<'EOF'\nFROM alpine\nRUN echo hi\nEOF");
    expect(item?.output).toEqual([{ stream: 'stdout', text: 'FROM alpine\nRUN echo hi\n' }]);
    expect(state().drafts).toEqual({});
  });

  it('shows in the editor what a terminal command wrote', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    await store.getState().runCommand("cat > Dockerfile <<'EOF'\nFROM busybox\nEOF");
    expect(state().dockerfile).toBe('FROM busybox\n');
  });

  it('picks a heredoc delimiter that the text does not contain', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    store.getState().setDockerfile('RUN cat <<EOF\nEOF\n');
    await store.getState().build();
    expect(state().transcript.at(-2)?.input).toBe(
      "cat > Dockerfile <<'EOF1'\nRUN cat <<EOF\nEOF\nEOF1",
    );
  });

  it('keeps drafts unwritten while the terminal is inside a container, and Build says why', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    await store.getState().runCommand('docker exec -it web sh');
    store.getState().setDockerfile('FROM scratch\n');
    await store.getState().runCommand('ls');
    expect(state().drafts).toEqual({ Dockerfile: 'FROM scratch\n' });
    expect(await store.getState().build()).toBeNull();
    expect(state().notice?.text).toMatch(/type exit, then Build/);
  });

  it('builds with the command a person would type', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    const item = await store.getState().build();
    expect(item?.input).toBe('docker build -t app .');
    expect(item?.origin).toBe('button');
    expect(state().history.at(-1)).toBe('docker build -t app .');
  });
});

describe('undo and redo', () => {
  it('undoes a build that wrote editor text, giving the text back as a draft', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    store.getState().setDockerfile('FROM alpine\n');
    await store.getState().build();
    expect(state().canUndo).toBe(true);
    store.getState().undo();
    expect(state().hostFiles.find((f) => f.path === 'Dockerfile')?.text).toBe(SEED_DOCKERFILE);
    expect(state().dockerfile).toBe('FROM alpine\n');
    expect(state().transcript).toHaveLength(4);
    expect(state().announcements.at(-1)?.text).toBe('Undid docker build -t app .');
    store.getState().redo();
    expect(state().transcript).toHaveLength(6);
    expect(state().drafts).toEqual({});
  });

  it('undoes a terminal write so the editor follows the host back', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    await store.getState().runCommand('echo FROM x > Dockerfile');
    expect(state().dockerfile).toBe('FROM x\n');
    store.getState().undo();
    expect(state().dockerfile).toBe(SEED_DOCKERFILE);
    expect(state().canRedo).toBe(true);
    await store.getState().runCommand('ls');
    expect(state().canRedo).toBe(false);
  });

  it('takes a pasted scenario as one step', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    await store.getState().runScript('echo a > a.txt\n\n# note\necho b > b.txt\n');
    expect(
      state()
        .transcript.slice(-2)
        .map((i) => i.input),
    ).toEqual(['echo a > a.txt', 'echo b > b.txt']);
    store.getState().undo();
    expect(state().hostFiles.map((f) => f.path)).not.toContain('a.txt');
  });
});

describe('terminal', () => {
  it('keeps typed commands in history once per repeat, without file writes', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    store.getState().setDockerfile('FROM a\n');
    await store.getState().runCommand('ls');
    await store.getState().runCommand('ls');
    await store.getState().runCommand('pwd');
    expect(state().history.slice(-2)).toEqual(['ls', 'pwd']);
    expect(state().history).not.toContain("cat > Dockerfile <<'EOF'\nFROM a\nEOF");
  });

  it('turns an engine exception into an error line and leaves the world as it was', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    const before = state().snapshot;
    const item = await store.getState().runCommand('boom');
    expect(item?.exitCode).toBe(1);
    expect(item?.output[0]?.text).toBe('layercake: internal error: engine exploded\n');
    expect(state().snapshot?.world).toBe(before?.world);
  });

  it('moves the clock on by what a command waited, so the next one never runs before it ended', async () => {
    const wall = 1_700_000_000_000;
    const { store, state } = setup({ now: () => wall });
    await store.getState().whenReady();
    const slept = await store.getState().runCommand('sleep 10');
    const next = await store.getState().runCommand('ls');
    expect(slept?.time).toBeGreaterThanOrEqual(wall);
    expect(next?.time).toBe((slept?.time ?? 0) + 10_000);
    expect(state().scenario.at(-1)?.time).toBe(next?.time);
    // A wait of a fraction of a millisecond still leaves whole-millisecond times, which a
    // saved session and a share link must hold to be read back.
    await store.getState().runCommand('sleep 0.0004');
    const after = await store.getState().runCommand('ls');
    expect(Number.isInteger(after?.time)).toBe(true);
  });

  it('clears the screen without forgetting the transcript', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    store.getState().clearTerminal();
    expect(state().clearedThrough).toBe(state().transcript.at(-1)?.id);
    expect(state().transcript).toHaveLength(4);
  });
});

describe('context files', () => {
  it('adds a file as a draft and writes it with the next command', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    expect(store.getState().addFile('.dockerignore')).toBeNull();
    expect(store.getState().addFile('main.py')).toBe('main.py already exists.');
    expect(store.getState().addFile('../x')).toMatch(/Folders in the path/);
    store.getState().setFile('.dockerignore', '*.pyc\n');
    await store.getState().flushDrafts();
    expect(state().hostFiles.find((f) => f.path === '.dockerignore')?.text).toBe('*.pyc\n');
  });

  it('renames and deletes through mv and rm in the terminal', async () => {
    const { store, state } = setup();
    await store.getState().whenReady();
    expect(await store.getState().renameFile('main.py', 'app.py')).toBeNull();
    expect(state().transcript.at(-1)?.input).toBe('mv main.py app.py');
    expect(await store.getState().deleteFile('app.py')).toBeNull();
    expect(state().transcript.at(-1)?.input).toBe('rm app.py');
    expect(state().hostFiles.map((f) => f.path)).toEqual(['Dockerfile', 'requirements.txt']);
  });
});

describe('saving and restoring', () => {
  it('replays the saved scenario at its own times and restores the files', async () => {
    const storage = new MemoryStorage();
    const first = setup({ storage });
    await first.store.getState().whenReady();
    await first.store.getState().runCommand('echo hello > notes.txt');
    first.store.getState().setDockerfile('FROM alpine\n');
    first.store.getState().setTheme('projection');
    first.stop();

    const second = setup({ storage });
    expect(second.state().dockerfile).toBe('FROM alpine\n');
    expect(second.state().theme).toBe('projection');
    await second.store.getState().whenReady();
    const replayed = second.engine.sessions[0]!.runs;
    expect(replayed).toEqual(first.engine.sessions[0]!.runs);
    expect(second.state().hostFiles.find((f) => f.path === 'notes.txt')?.text).toBe('hello\n');
    expect(second.state().drafts).toEqual({ Dockerfile: 'FROM alpine\n' });
    expect(second.state().pendingEvents).toEqual([]);
    expect(second.state().announcements.at(-1)?.text).toBe(
      'Your work is restored: 5 commands replayed',
    );
  });

  it('sets corrupt saved data aside, says where, and opens the example', async () => {
    const storage = new MemoryStorage();
    storage.setItem('layercake', '{not json');
    const { store, state } = setup({ storage, now: () => 42 });
    expect(state().notice?.text).toMatch(/could not be read \(it is not valid JSON\)/);
    expect(state().notice?.text).toContain('"layercake.set-aside.42"');
    expect(storage.getItem('layercake.set-aside.42')).toBe('{not json');
    await store.getState().whenReady();
    expect(state().dockerfile).toBe(SEED_DOCKERFILE);
    expect(JSON.parse(storage.getItem('layercake') ?? 'null')).toMatchObject({
      v: 1,
      app: 'layercake',
    });
  });

  it('sets aside data from a newer version instead of misreading it', () => {
    const storage = new MemoryStorage();
    storage.setItem('layercake', JSON.stringify({ v: 7, app: 'layercake' }));
    const { state } = setup({ storage });
    expect(state().notice?.text).toMatch(/saved by a newer Layercake \(version 7\)/);
  });

  it('does not save over unreadable data it could not move', () => {
    const storage = new MemoryStorage();
    storage.setItem('layercake', 'garbage');
    storage.failWrites = true;
    const { store, state } = setup({ storage });
    expect(state().notice?.text).toMatch(/left untouched, and this tab will not save/);
    storage.failWrites = false;
    store.getState().setDockerfile('FROM x\n');
    expect(storage.getItem('layercake')).toBe('garbage');
  });

  it('says so when the browser refuses to save', async () => {
    const storage = new MemoryStorage();
    const { store, state } = setup({ storage });
    await store.getState().whenReady();
    storage.failWrites = true;
    store.getState().setDockerfile('FROM y\n');
    expect(state().notice?.text).toMatch(/cannot be saved in this browser \(QuotaExceededError\)/);
  });
});
