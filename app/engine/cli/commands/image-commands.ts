import type { DockerCommand } from '../command';
import { historyCommand, imageHistoryCommand } from './image-history';
import { imageInspectCommand } from './image-inspect';
import { imagePruneCommand } from './image-prune';
import { imagePullCommand, pullCommand } from './image-pull';
import { imagePushCommand, pushCommand } from './image-push';
import { imageRmCommand, rmiCommand } from './image-rm';
import { imageTagCommand, tagCommand } from './image-tag';
import { imageLsCommand, imagesCommand } from './images';
import { loginCommand, logoutCommand } from './login';
import { EVENTS_COMMANDS } from './events/command';
import { imageSaveCommand, saveCommand } from './image-save';
import { searchCommand } from './search';
import { systemDfCommand } from './system-df';
import { infoCommand, systemInfoCommand } from './system-info';
import { systemPruneCommand } from './system-prune';
import { versionCommand } from './version';

/**
 * Images, the registry and the system: every top-level shortcut (`docker images`, `docker
 * pull`, `docker rmi`, `docker info`) is a command of its own beside its `docker image ...`
 * or `docker system ...` form, as in docker's CLI, so each prints its own usage line.
 */
export const IMAGE_COMMANDS: DockerCommand[] = [
  imageLsCommand,
  imagesCommand,
  pullCommand,
  imagePullCommand,
  pushCommand,
  imagePushCommand,
  imageInspectCommand,
  historyCommand,
  imageHistoryCommand,
  tagCommand,
  imageTagCommand,
  rmiCommand,
  imageRmCommand,
  imagePruneCommand,
  saveCommand,
  imageSaveCommand,
  systemDfCommand,
  ...EVENTS_COMMANDS,
  systemPruneCommand,
  infoCommand,
  systemInfoCommand,
  versionCommand,
  loginCommand,
  logoutCommand,
  searchCommand,
];
