/**
 * The engine and its catalog are the heaviest code and data in the app, so they are loaded
 * after first paint (dynamic imports: Vite puts them in their own chunks). The store talks
 * to the session through `SessionLike`, so tests can hand it a small session of their own.
 */
import type { Clock } from '../engine/clock';
import type { SessionSnapshot, TranscriptEntry } from '../session/session';

/** What the store needs of `Session` (app/session/session.ts). */
export interface SessionLike {
  readonly state: SessionSnapshot;
  restore(snapshot: SessionSnapshot): void;
  run(input: string): TranscriptEntry;
  prompt(): string;
}

/** Makes a fresh session (an empty world) that reads time from `clock`. */
export type SessionFactory = (clock: Clock) => SessionLike;

export type EngineLoader = () => Promise<SessionFactory>;

export const loadEngine: EngineLoader = async () => {
  const [{ Session }, { loadCatalog }] = await Promise.all([
    import('../session/session'),
    import('../engine/catalog/index'),
  ]);
  const catalog = await loadCatalog();
  return (clock) => new Session(catalog, clock);
};
