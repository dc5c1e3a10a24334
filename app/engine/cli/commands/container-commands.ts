/**
 * Containers, exec and volumes: each command lives in its own file under container/ or
 * volume/ (most exist twice, as `docker X` and `docker container X`).
 */
import type { DockerCommand } from '../command';
import { ATTACH_COMMANDS } from './container/attach';
import { EXPORT_COMMANDS } from './container/export';
import { CP_COMMIT_COMMANDS } from './container/cp-commit';
import { CREATE_COMMANDS } from './container/create';
import { EXEC_COMMANDS } from './container/exec';
import { INSPECT_COMMANDS } from './container/inspect';
import { KILL_PAUSE_COMMANDS } from './container/kill-pause';
import { LOGS_DIFF_COMMANDS } from './container/logs-diff';
import { PRUNE_COMMANDS } from './container/prune';
import { PS_COMMANDS } from './container/ps';
import { RM_COMMANDS } from './container/rm';
import { RUN_COMMANDS } from './container/run';
import { START_COMMANDS } from './container/start';
import { STOP_COMMANDS } from './container/stop';
import { TOP_PORT_STATS_COMMANDS } from './container/top-port-stats';
import { UPDATE_COMMANDS } from './container/update';
import { WAIT_RENAME_COMMANDS } from './container/wait-rename';
import { VOLUME_COMMANDS } from './volume/commands';
import { NETWORK_COMMANDS } from './network/commands';

export const CONTAINER_COMMANDS: DockerCommand[] = [
  ...RUN_COMMANDS,
  ...CREATE_COMMANDS,
  ...START_COMMANDS,
  ...ATTACH_COMMANDS,
  ...STOP_COMMANDS,
  ...KILL_PAUSE_COMMANDS,
  ...RM_COMMANDS,
  ...EXEC_COMMANDS,
  ...LOGS_DIFF_COMMANDS,
  ...CP_COMMIT_COMMANDS,
  ...EXPORT_COMMANDS,
  ...INSPECT_COMMANDS,
  ...PS_COMMANDS,
  ...TOP_PORT_STATS_COMMANDS,
  ...WAIT_RENAME_COMMANDS,
  ...UPDATE_COMMANDS,
  ...PRUNE_COMMANDS,
  ...VOLUME_COMMANDS,
  ...NETWORK_COMMANDS,
];
