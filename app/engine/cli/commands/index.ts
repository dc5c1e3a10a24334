/**
 * Every docker subcommand the simulation knows. Each group lives in its own list so the
 * groups can grow independently; the dispatcher only sees this one array.
 */
import type { DockerCommand } from '../command';
import { BUILD_COMMANDS } from './build-commands';
import { CONTAINER_COMMANDS } from './container-commands';
import { IMAGE_COMMANDS } from './image-commands';

export const ALL_COMMANDS: readonly DockerCommand[] = [
  ...BUILD_COMMANDS,
  ...CONTAINER_COMMANDS,
  ...IMAGE_COMMANDS,
];
