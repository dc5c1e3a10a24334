import type { EngineEvent } from '../events';
import type { World } from '../host/state';
import type { Attachment } from './interactive';

/** What running one typed line did: the new world, what it printed, and any attachment change. */
export interface LineResult {
  world: World;
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  exitCode: number;
  durationMs: number;
  events: EngineEvent[];
  notes: string[];
  /** The line opened an attachment (`docker exec -it`, `ssh`). */
  attach?: Attachment;
  /** The line closed the current attachment (`exit`). */
  detach?: boolean;
}
