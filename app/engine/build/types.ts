/** Stages of a Dockerfile as the build engine runs them. */
import type { Command, FromCommand } from '../dockerfile/commands/types';

export interface Stage {
  /** 0-based position in the Dockerfile. */
  index: number;
  /** `AS name`, lower-cased as BuildKit does; undefined for unnamed stages. */
  name?: string;
  from: FromCommand;
  commands: Command[];
}

/** The label BuildKit prints before step numbers in a multi-stage build. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? `stage-${stage.index}`;
}
