/**
 * One store per mounted app (DESIGN.md): `createAppStore(options)` makes it, `StoreProvider`
 * hands it to the views. The store owns the session (the simulated host), turns each typed
 * unit into a transcript item, queued events and announcements, keeps undo checkpoints,
 * and saves the scenario to localStorage. See README.md for the whole API.
 *
 * Creating a store only reads saved data; `start()` loads the engine, replays or seeds, and
 * begins saving (so a store made and dropped by React's StrictMode stays inert).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterFirstPaint, afterPaint } from './after-paint';
import { splitScript } from '../session/split-script';
import { describeEvent, describeEvents } from './announce';
import { DOCKERFILE, reconcileDrafts, sameAsHost, sessionView, shownText } from './derive';
import { loadEngine as defaultLoader, type EngineLoader, type SessionLike } from './engine-loader';
import { createFileActions } from './file-actions';
import { initialState, mergedHover } from './initial-state';
import { monotonic } from './quick-work';
import { createTurns } from './turns';
import { createUndoActions } from './undo-actions';
import { writeFileCommand } from './file-commands';
import { laptopDirs } from './host-files';
import { DEFAULT_STORAGE_KEY, readSaved, type ReadResult, type StorageLike } from './persistence';
import { appendHistory, queueEvents, runUnit } from './run-unit';
import { handleSavedData, startSaving } from './saving';
import { BUILD_COMMAND, SEED_FILES, SEED_SCENARIO } from './seed';
import * as tl from './timeline';
import type { AppState, AppStore, Notice, Origin, ScenarioStep, TranscriptItem } from './types';

export interface AppStoreOptions {
  /** Loads the engine and makes sessions; the default imports the real one lazily. */
  loadEngine?: EngineLoader;
  /** Where work is saved; null saves nothing (embeds, tests). Default: localStorage. */
  storage?: StorageLike | null;
  storageKey?: string;
  /** The wall clock (ms since the epoch). */
  now?: () => number;
  /** The scenario a first visit runs, and the files it writes (shown before the engine loads). */
  seed?: { script: string; files: Readonly<Record<string, string>> };
  /**
   * Resolves when the browser has painted (default: the next frame after a paint). The
   * engine loads, and each command runs, after it: the page and a clicked button's feedback
   * appear first, the engine's work after.
   */
  afterPaint?: () => Promise<void>;
  /** A monotonic clock in ms, to time each command's work (default: performance.now). */
  elapsed?: () => number;
}

export type AppStoreApi = StoreApi<AppStore>;

const MAX_ANNOUNCEMENTS = 12;

function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled: reading the property throws a SecurityError.
  }
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createAppStore(options: AppStoreOptions = {}): AppStoreApi {
  const now = options.now ?? (() => Date.now());
  const loadEngine = options.loadEngine ?? defaultLoader;
  const seed = options.seed ?? { script: SEED_SCENARIO, files: SEED_FILES };
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const painted = options.afterPaint ?? afterPaint;
  let storage = options.storage === undefined ? browserStorage() : options.storage;
  const saved: ReadResult = storage ? readSaved(storage, storageKey) : { kind: 'empty' };
  const loaded = saved.kind === 'loaded' ? saved.state : null;
  // The editor shows the saved (or example) text at first paint, as drafts until the
  // replay has rebuilt the host's files; drafts equal to the host's then disappear.
  const initialDrafts = { ...(loaded ? loaded.files : seed.files) };

  // A replay runs each unit at the time it first ran, so ids and digests come out the same.
  let replayTime: number | null = null;
  // Simulated waits (`sleep 5`, `docker stop`'s ten seconds, a build's steps) return at once,
  // but the world's clock must still have moved on by them, or the next command would run
  // before the last one ended ("Exited Less than a second ago" after a 10 s stop). So the
  // clock is the wall clock plus what the simulation has waited beyond it: never backwards.
  let ahead = 0;
  const clock = { now: () => replayTime ?? now() + ahead };
  // Whole milliseconds: a saved or shared step's time must be an integer to be read back.
  const keepAhead = (item: { time: number; durationMs: number }) => {
    ahead = Math.max(ahead, Math.ceil(item.time + item.durationMs - now()));
  };
  let session: SessionLike | null = null;
  let makeSession: ((c: typeof clock) => SessionLike) | null = null;
  let ready: Promise<void> | null = null;
  let savedDataHandled = false;
  let nextItemId = 1;
  let nextMessageId = 1;
  let eventSeq = 0;
  const nextSeq = () => ++eventSeq;
  const notice = (kind: Notice['kind'], text: string): Notice => ({
    id: nextMessageId++,
    kind,
    text,
  });

  return createStore<AppStore>()((set, get, api) => {
    const exec = (s: SessionLike, input: string, origin: Origin) => {
      const item = runUnit(s, input, origin, nextItemId++, clock.now());
      keepAhead(item);
      return item;
    };

    function announcements(texts: string[]): AppState['announcements'] {
      if (texts.length === 0) return get().announcements;
      const added = texts.map((text) => ({ id: nextMessageId++, text }));
      return [...get().announcements, ...added].slice(-MAX_ANNOUNCEMENTS);
    }

    /** The state that follows the session: world, prompt, files, the editor's text. */
    function follow(s: SessionLike, drafts: Record<string, string>) {
      const view = sessionView(s, get());
      const kept = reconcileDrafts(drafts, view.hostFiles);
      const world = view.snapshot?.world;
      const { selection } = get();
      const gone =
        selection.container !== null &&
        world !== undefined &&
        !world.hosts[world.current]?.containers[selection.container];
      return {
        ...view,
        drafts: kept,
        dockerfile: shownText(kept, view.hostFiles, DOCKERFILE),
        ...(gone ? { selection: { ...selection, container: null } } : {}),
      };
    }

    function timelineState(timeline: tl.Timeline) {
      return {
        timeline,
        transcript: tl.visibleTranscript(timeline),
        scenario: tl.visibleScenario(timeline),
        canUndo: tl.canUndo(timeline),
        canRedo: tl.canRedo(timeline),
      };
    }

    /**
     * One step of the person's: editor drafts written to the host first (unless the
     * terminal is inside a container or on another host), then the units; one checkpoint.
     */
    function runStep(units: { input: string; origin: Origin }[]): TranscriptItem[] {
      const s = session as SessionLike;
      const state = get();
      const items: TranscriptItem[] = [];
      const flushed: Record<string, string> = {};
      const dirs = state.snapshot ? laptopDirs(state.snapshot.world) : undefined;
      if (!state.attached && dirs) {
        for (const [path, text] of Object.entries(state.drafts)) {
          const host = state.hostFiles.find((f) => f.path === path)?.text ?? undefined;
          if (sameAsHost(text, host)) continue;
          items.push(exec(s, writeFileCommand(path, text, dirs.cwd, dirs.home), 'files'));
          flushed[path] = text;
        }
      }
      for (const unit of units) items.push(exec(s, unit.input, unit.origin));
      const steps: ScenarioStep[] = items
        .filter((item) => item.input.trim() !== '')
        .map((item) => ({ input: item.input, time: item.time, origin: item.origin }));
      const next = follow(s, state.drafts);
      const timeline = state.timeline
        ? tl.commitStep(state.timeline, s.state, items, steps, flushed)
        : tl.startTimeline(s.state, items, steps);
      set({
        ...next,
        ...timelineState(timeline),
        history: appendHistory(state.history, units),
        pendingEvents: queueEvents(state.pendingEvents, items, nextSeq),
        announcements: announcements(
          items.flatMap((item) => describeEvents(item.events, next.snapshot?.world)),
        ),
      });
      return items;
    }

    /** Items run in a fresh session become the floor of the undo timeline. */
    function settle(items: TranscriptItem[], scenario: ScenarioStep[], animate: boolean) {
      const s = session as SessionLike;
      set({
        status: 'ready',
        ...follow(s, get().drafts),
        ...timelineState(tl.startTimeline(s.state, items, scenario)),
        pendingEvents: animate ? queueEvents([], items, nextSeq) : [],
      });
    }

    /** A fresh session with the opening example run in it (first visit, reset). */
    function seedSession(): void {
      if (!makeSession) return;
      const s = (session = makeSession(clock));
      const items = splitScript(seed.script).map((input) => exec(s, input, 'seed'));
      settle(
        items,
        items.map((i) => ({ input: i.input, time: i.time, origin: i.origin })),
        true,
      );
      // Its one-line commands go into the history, so Up offers `docker build -t app .`.
      const oneLiners = items.filter((i) => !i.input.includes('\n'));
      set({
        history: appendHistory(
          get().history,
          oneLiners.map((i) => ({ ...i, origin: 'typed' })),
        ),
      });
      const built = items
        .flatMap((i) => i.events)
        .find((e) => e.type === 'build-finished' || e.type === 'build-failed');
      const said = built ? describeEvent(built) : undefined;
      set({ announcements: announcements([`The example is open${said ? `. ${said}` : ''}`]) });
    }

    /** Replays saved units at their own times; saved files the host lacks stay as drafts. */
    function replaySession(scenario: ScenarioStep[]): void {
      if (!makeSession) return;
      const s = (session = makeSession(clock));
      const items: TranscriptItem[] = [];
      try {
        for (const step of scenario) {
          replayTime = step.time;
          items.push(exec(s, step.input, step.origin));
        }
      } finally {
        replayTime = null;
      }
      settle(items, scenario, false);
      const n = scenario.length;
      const said = `Your work is restored: ${n} command${n === 1 ? '' : 's'} replayed`;
      set({ announcements: announcements([said]) });
    }

    async function boot(): Promise<void> {
      try {
        makeSession = await loadEngine();
      } catch (err) {
        const text = `The simulated computer could not be loaded (${errorText(err)}). Your Dockerfile is safe; reload the page to try again.`;
        set({ status: 'failed', notice: notice('error', text) });
        return;
      }
      try {
        const scenario = get().scenario;
        if (loaded && scenario.length > 0) replaySession(scenario);
        else seedSession();
      } catch (err) {
        const text = `Starting the simulation failed (${errorText(err)}). Your files are kept.`;
        set({ status: 'failed', notice: notice('error', text) });
      }
    }

    function ensureBoot(): Promise<void> {
      // The engine is the heaviest code on the page: fetch it once the page has painted.
      ready ??= (options.afterPaint ?? afterFirstPaint)().then(boot);
      return ready;
    }

    async function ensureSession(): Promise<SessionLike | null> {
      await ensureBoot();
      if (!session) {
        const text = 'The simulated computer is not available; reload the page to try again.';
        set({ notice: notice('error', text) });
      }
      return session;
    }

    function restore(timeline: tl.Timeline, drafts: Record<string, string>, said: string) {
      const s = session as SessionLike;
      s.restore(tl.currentCheckpoint(timeline).snapshot);
      set({
        ...follow(s, drafts),
        ...timelineState(timeline),
        pendingEvents: [],
        announcements: announcements([said]),
      });
    }

    const inTurn = createTurns({
      ensureSession,
      painted,
      elapsed: options.elapsed ?? monotonic,
      prompt: () => get().prompt,
      setRunning: (running) => set({ running }),
    });

    return {
      ...initialState(loaded, initialDrafts),

      start() {
        if (!savedDataHandled && storage) {
          savedDataHandled = true;
          const handled = handleSavedData(saved, storage, storageKey, now());
          if (!handled.keepSaving) storage = null;
          if (handled.notice) set({ notice: notice(handled.notice.kind, handled.notice.text) });
        }
        void ensureBoot();
        if (!storage) return () => {};
        return startSaving(api, storage, storageKey, (error) => {
          const text = `Your work cannot be saved in this browser (${error}). It stays until you close the tab.`;
          set({ notice: notice('warning', text) });
        });
      },

      whenReady: ensureBoot,

      runCommand(input, origin = 'typed') {
        return inTurn({ input, origin }, () => runStep([{ input, origin }]).at(-1) ?? null, null);
      },

      runScript(script, origin = 'typed') {
        const units = splitScript(script);
        if (units.length === 0) return Promise.resolve([]);
        const shown = { input: units[0] ?? '', origin };
        return inTurn(shown, () => {
          const items = runStep(units.map((input) => ({ input, origin })));
          return items.filter((i) => i.origin === origin);
        }, []);
      },

      build() {
        // The command depends on where the shell is when the build's turn comes.
        const command = () => {
          const world = get().snapshot?.world;
          const dirs = world ? laptopDirs(world) : undefined;
          return !dirs || dirs.cwd === dirs.home ? BUILD_COMMAND : 'docker build -t app ~';
        };
        return inTurn(
          () => (get().attached ? null : { input: command(), origin: 'button' }),
          () => {
            if (get().attached) {
              const text =
                'The terminal is inside a container or on another host: type exit, then Build.';
              set({ notice: notice('info', text) });
              return null;
            }
            return runStep([{ input: command(), origin: 'button' }]).at(-1) ?? null;
          },
          null,
        );
      },

      flushDrafts() {
        return inTurn(
          null,
          () => {
            if (!get().attached && Object.keys(get().drafts).length > 0) runStep([]);
          },
          undefined,
        );
      },

      ...createFileActions(get, set, {
        run: (input) =>
          inTurn(
            { input, origin: 'files' },
            () => runStep([{ input, origin: 'files' }]).at(-1) ?? null,
            null,
          ),
      }),

      ...createUndoActions(get, { hasSession: () => session !== null, restore }),

      reset() {
        return inTurn(
          null,
          () => {
            set({ drafts: {}, clearedThrough: 0, selection: { layer: null, container: null } });
            seedSession();
          },
          undefined,
        );
      },

      clearTerminal() {
        set({ clearedThrough: get().transcript.at(-1)?.id ?? 0 });
      },
      select: (selection) => set({ selection: { ...get().selection, ...selection } }),
      setHover(change) {
        const hover = mergedHover(get().hover, change);
        if (hover) set({ hover });
      },
      setSpeed: (speed) => set({ speed }),
      setPaused: (paused) => set({ paused }),
      setTheme: (theme) => set({ theme }),
      setAutoBuild: (autoBuild) => set({ autoBuild }),
      ackEvents(seq) {
        const pending = get().pendingEvents;
        if (pending[0] && pending[0].seq <= seq)
          set({ pendingEvents: pending.filter((e) => e.seq > seq) });
      },
      announce: (text) => set({ announcements: announcements([text]) }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
