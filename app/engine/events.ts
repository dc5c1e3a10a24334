/**
 * Everything the engine tells the views, as data. Views animate these; the store keeps the
 * state. Events never drive the engine.
 */
import type { FsEvent } from './fs/events';

export type BuildEvent =
  | { type: 'build-started'; host: string; tag?: string; steps: number }
  | {
      type: 'step-started';
      host: string;
      stage: string;
      index: number;
      total: number;
      instruction: string;
      line: number;
      /** The step's number in the build's progress output (`#N [2/5] RUN ...`). */
      vertex: number;
    }
  | {
      type: 'cache-hit';
      host: string;
      stage: string;
      index: number;
      instruction: string;
      diffId?: string;
    }
  | {
      type: 'layer-created';
      host: string;
      stage: string;
      index: number;
      instruction: string;
      diffId: string;
      size: number;
      empty: boolean;
    }
  | { type: 'build-failed'; host: string; message: string; line?: number }
  | { type: 'build-finished'; host: string; imageId: string; tags: string[] };

export type ContainerEvent =
  | { type: 'container-created'; host: string; id: string; name: string; image: string }
  | { type: 'container-started'; host: string; id: string; name: string }
  | { type: 'container-stopped'; host: string; id: string; name: string; exitCode: number }
  | { type: 'container-paused'; host: string; id: string; name: string }
  | { type: 'container-unpaused'; host: string; id: string; name: string }
  | { type: 'container-removed'; host: string; id: string; name: string }
  | { type: 'volume-created'; host: string; name: string }
  | { type: 'volume-removed'; host: string; name: string };

export type ImageEvent =
  | { type: 'image-pulled'; host: string; ref: string; imageId: string }
  | { type: 'image-pushed'; host: string; ref: string }
  | { type: 'image-tagged'; host: string; ref: string; imageId: string }
  | { type: 'image-removed'; host: string; imageId: string }
  | { type: 'image-untagged'; host: string; ref: string; imageId?: string }
  /** `docker commit`: a new image whose top layer is the container's writable layer. */
  | { type: 'image-committed'; host: string; imageId: string; containerId: string };

/** A filesystem change, with where it happened (a build step or a container). */
export type PlacedFsEvent = FsEvent & {
  host: string;
  where:
    | { kind: 'build'; stage: string; index: number }
    | { kind: 'container'; id: string }
    /** A write under a volume mount: it lands in the volume, not in any writable layer. */
    | { kind: 'volume'; name: string }
    | { kind: 'host' };
};

export type EngineEvent = BuildEvent | ContainerEvent | ImageEvent | PlacedFsEvent;
