import type { DockerCommand } from '../command';
import { imagePullCommand, pullCommand } from './image-pull';
import { imageLsCommand, imagesCommand } from './images';

/** Images, registry, system (filled by the images and registry work). */
export const IMAGE_COMMANDS: DockerCommand[] = [
  imageLsCommand,
  imagesCommand,
  pullCommand,
  imagePullCommand,
];
