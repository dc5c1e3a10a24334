/**
 * The shape of one app instance's state and the actions that change it. Views read state
 * through `useAppStore(selector)` and never hold their own copy of the world.
 */
import type { EngineEvent } from '../engine/events';
import type { SessionSnapshot, TranscriptEntry } from '../session/session';
import type { ContextFile } from './host-files';
import type { Timeline } from './timeline';

export type Theme = 'system' | 'light' | 'dark' | 'projection';

/** Playback speeds the speed control offers (1 is normal). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Where a typed unit came from. `typed`: the terminal. `button`: a UI control that runs the
 * command it stands for (Build). `files`: the editor or file list writing the host's files.
 * `seed`: the opening example.
 */
export type Origin = 'typed' | 'button' | 'files' | 'seed';

/** One unit of the scenario: what was typed, when, and from where (persisted, replayed). */
export interface ScenarioStep {
  input: string;
  /** The wall-clock time it ran at: a replay runs it at the same time, so digests match. */
  time: number;
  origin: Origin;
}

export interface TranscriptItem extends TranscriptEntry {
  /** Unique within the instance, stable across undo/redo (React keys). */
  id: number;
  origin: Origin;
}

export interface QueuedEvent {
  /** Increases by one per event; views remember the last seq they played. */
  seq: number;
  event: EngineEvent;
  /** The transcript item whose command produced the event. */
  entryId: number;
  origin: Origin;
}

export interface Announcement {
  id: number;
  text: string;
}

/** A visible message above the panels (saved data set aside, the engine failed to load...). */
export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface Selection {
  /** A layer's diff_id (or another id the image views choose), or null. */
  layer: string | null;
  /** A container id, or null. */
  container: string | null;
}

/**
 * What the person points at in the editor or the layer stack, so the other view highlights its
 * partner (transient: not saved, not undone). Each view writes only its own field.
 */
export interface Hover {
  /** A Dockerfile line (1-based): under the pointer in the editor, or the caret's when focused. */
  line: number | null;
  /**
   * The layer under the pointer or focus in the stack (an id as in `selection.layer`), with
   * the Dockerfile lines that made it while the editor still matches them.
   */
  layer: { id: string; lines: { start: number; end: number } | null } | null;
}

export type EngineStatus = 'loading' | 'ready' | 'failed';

export interface AppState {
  status: EngineStatus;
  /** The session's world and attachments; null until the engine has loaded. */
  snapshot: SessionSnapshot | null;
  /** The prompt the terminal shows now (`learner@laptop:~$ `, or a container's `/ # `). */
  prompt: string;
  /** Whether the terminal is inside a container shell or on another host (`ssh`). */
  attached: boolean;
  /**
   * The command line being run now (shown with its prompt while the engine works), or null.
   * Units run one at a time, in the order they were asked for.
   */
  running: { prompt: string; input: string; origin: Origin } | null;
  /** What the terminal shows: the transcript up to the current undo position. */
  transcript: TranscriptItem[];
  /** Ctrl+L: the terminal shows only items with an id above this. */
  clearedThrough: number;
  /** The typed units that rebuild the current world from an empty one (persisted). */
  scenario: ScenarioStep[];
  /** Commands for Up/Down in the terminal, oldest first (persisted). */
  history: string[];
  /**
   * Editor text not yet written to the host, by path relative to the home folder. It is
   * written (as a `cat > PATH <<'EOF'` command) before the next command runs.
   */
  drafts: Record<string, string>;
  /** The home folder's files as the host has them now (the build context). */
  hostFiles: ContextFile[];
  /** What the Dockerfile editor shows: the draft, else the host's ~/Dockerfile. */
  dockerfile: string;
  selection: Selection;
  hover: Hover;
  speed: Speed;
  paused: boolean;
  theme: Theme;
  /** Whether a pause in typing rebuilds the image (the editor's Auto-build switch). */
  autoBuild: boolean;
  /** Engine events not yet played by the views, oldest first. */
  pendingEvents: QueuedEvent[];
  /** Recent messages for the polite live region, oldest first (a short window). */
  announcements: Announcement[];
  notice: Notice | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Undo/redo checkpoints and the full transcript (internal); null until the engine is ready. */
  timeline: Timeline | null;
}

export interface AppActions {
  /**
   * Loads the engine, replays the saved scenario (or runs the opening example) and starts
   * saving. Idempotent; returns a function that stops saving (call it on unmount).
   */
  start(): () => void;
  /**
   * Runs one typed unit (a command line plus its heredoc bodies) in the session. Editor
   * drafts are written to the host first, so the command sees what the editor shows.
   * Waits for the engine while it loads; resolves to the new transcript item.
   */
  runCommand(input: string, origin?: Origin): Promise<TranscriptItem | null>;
  /** Runs a multi-line scenario (a paste) unit by unit, as one undo step. */
  runScript(script: string, origin?: Origin): Promise<TranscriptItem[]>;
  /** Runs `docker build -t app .` in the terminal (the person learns the command). */
  build(): Promise<TranscriptItem | null>;
  setDockerfile(text: string): void;
  /** Edits a build-context file (path relative to the home folder); written before the next command. */
  setFile(path: string, text: string): void;
  /** A new empty file in the file list (written to the host before the next command). */
  addFile(path: string): string | null;
  renameFile(from: string, to: string): Promise<string | null>;
  deleteFile(path: string): Promise<string | null>;
  /** Writes pending drafts to the host now (no-op while the terminal is attached elsewhere). */
  flushDrafts(): Promise<void>;
  undo(): void;
  redo(): void;
  /**
   * The timeline scrubber: straight to checkpoint `index` (0 is the floor) by restoring its
   * snapshot, nothing replayed; says "Step 4 of 9: COMMAND". Out of range does nothing.
   */
  jumpTo(index: number): void;
  /** Back to the opening example: a fresh world, the seed scenario run again. */
  reset(): Promise<void>;
  clearTerminal(): void;
  select(selection: Partial<Selection>): void;
  /** Sets part of `hover`; a change that changes nothing re-renders nothing. */
  setHover(hover: Partial<Hover>): void;
  setSpeed(speed: Speed): void;
  setPaused(paused: boolean): void;
  setTheme(theme: Theme): void;
  setAutoBuild(on: boolean): void;
  /** Views call this after playing events, up to and including `seq`. */
  ackEvents(seq: number): void;
  announce(text: string): void;
  dismissNotice(): void;
  /** Resolves when the engine has loaded and the opening scenario has run. */
  whenReady(): Promise<void>;
}

export type AppStore = AppState & AppActions;
