/** What a build is asked to do and what it gives back. */
import type { Catalog, LayerBlob } from '../catalog/types';
import type { Diagnostic } from '../dockerfile/types';
import type { EngineEvent } from '../events';
import type { HostState, World } from '../host/state';
import type { IdSource } from '../ids';
import type { Image } from '../images/image';
import type { ProgramEntry } from '../shell/program';
import type { BuildCacheEntry } from './cache';
import type { BuildContext } from './context';

export interface BuildRequest {
  dockerfile: string;
  /** As the user named it (`Dockerfile`, `docker/Dockerfile.prod`): errors print it. */
  dockerfileName: string;
  context: BuildContext;
  /** Familiar references to tag the result with (`app:latest`). */
  tags: string[];
  buildArgs: Record<string, string>;
  target?: string;
  noCache: boolean;
  /** Print only the image id (`-q`). */
  quiet?: boolean;
}

export interface BuildEnv {
  catalog: Catalog;
  host: HostState;
  /** The whole world, so FROM can find images pushed to the shared registries. */
  world?: World;
  hostName: string;
  ids: IdSource;
  /** Milliseconds since the epoch when the build starts. */
  now: number;
  /** Extra programs every RUN can use (tests inject stubs; the host adds none). */
  extraPrograms?: ReadonlyMap<string, ProgramEntry>;
}

/** A step of the built image, for the views (the layer stack). */
export interface BuiltStep {
  stage: string;
  instruction: string;
  line: number;
  endLine: number;
  diffId?: string;
  size: number;
  cached: boolean;
  empty: boolean;
}

export interface BuildOutcome {
  ok: boolean;
  /** What `docker build` printed (BuildKit writes progress to stderr). */
  stderr: string;
  /** `docker build -q` prints the id on stdout. */
  stdout: string;
  durationMs: number;
  image?: Image;
  /** Layers the host must store for the image (base and new). */
  layers: LayerBlob[];
  /**
   * Layers of images the build pulled but the image does not hold (a builder stage's base, an
   * image COPY --from reads): BuildKit keeps them, so a rebuild does not pull them again.
   */
  pulled?: LayerBlob[];
  cache: Record<string, BuildCacheEntry>;
  events: EngineEvent[];
  /** Hints from the linter and from what the build saw (wasted bytes). */
  hints: Diagnostic[];
  /** Build errors with their Dockerfile line, for the editor. */
  errors: Diagnostic[];
  /** One entry per history row of the built image's own stage (base rows excluded). */
  steps: BuiltStep[];
  notes: string[];
}
