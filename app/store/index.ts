/** The store's public surface (see README.md). */
export { createAppStore, type AppStoreApi, type AppStoreOptions } from './create-app-store';
export { StoreProvider, useAppStore, useAppStoreApi } from './provider';
export type { EngineLoader, SessionFactory, SessionLike } from './engine-loader';
export type { ContextFile } from './host-files';
export { DOCKERFILE } from './derive';
export { describeEvent, describeEvents, shortInstruction } from './announce';
export { SEED_FILES, SEED_SCENARIO, BUILD_COMMAND } from './seed';
export { SPEEDS } from './types';
export type {
  Announcement,
  AppActions,
  AppState,
  AppStore,
  EngineStatus,
  Notice,
  Origin,
  QueuedEvent,
  ScenarioStep,
  Selection,
  Speed,
  Theme,
  TranscriptItem,
} from './types';
