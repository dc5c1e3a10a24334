import type { DockerCommand } from '../command';
import { buildCommand } from './build';

/** Building images. */
export const BUILD_COMMANDS: DockerCommand[] = [buildCommand];
