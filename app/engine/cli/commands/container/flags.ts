/**
 * The flags of the container commands, as Docker 28's --help lists them (recorded in
 * fixtures/docker/help). `docker ps` and `docker container ls` share one list, and so on.
 */
import type { FlagSpec } from '../../args/spec';
import { filterFlag, FORMAT_JSON_HELP, FORMAT_TABLE_HELP } from '../image-common';

export const START_FLAGS: readonly FlagSpec[] = [
  { long: 'attach', short: 'a', type: 'bool', help: 'Attach STDOUT/STDERR and forward signals' },
  {
    long: 'detach-keys',
    type: 'string',
    help: 'Override the key sequence for detaching a container',
  },
  { long: 'interactive', short: 'i', type: 'bool', help: "Attach container's STDIN" },
];

/** `--time` is the old spelling of `--timeout`, still accepted with a warning. */
const DEPRECATED_TIME: FlagSpec = {
  long: 'time',
  type: 'int',
  help: 'Seconds to wait before killing the container',
  deprecated: 'use --timeout instead',
};

export const STOP_FLAGS: readonly FlagSpec[] = [
  { long: 'signal', short: 's', type: 'string', help: 'Signal to send to the container' },
  {
    long: 'timeout',
    short: 't',
    type: 'int',
    help: 'Seconds to wait before killing the container',
  },
  DEPRECATED_TIME,
];

export const RESTART_FLAGS: readonly FlagSpec[] = [
  { long: 'signal', short: 's', type: 'string', help: 'Signal to send to the container' },
  {
    long: 'timeout',
    short: 't',
    type: 'int',
    help: 'Seconds to wait before killing the container',
  },
];

export const KILL_FLAGS: readonly FlagSpec[] = [
  { long: 'signal', short: 's', type: 'string', help: 'Signal to send to the container' },
];

export const RM_FLAGS: readonly FlagSpec[] = [
  {
    long: 'force',
    short: 'f',
    type: 'bool',
    help: 'Force the removal of a running container (uses SIGKILL)',
  },
  { long: 'link', short: 'l', type: 'bool', help: 'Remove the specified link' },
  {
    long: 'volumes',
    short: 'v',
    type: 'bool',
    help: 'Remove anonymous volumes associated with the container',
  },
];

export const EXEC_FLAGS: readonly FlagSpec[] = [
  {
    long: 'detach',
    short: 'd',
    type: 'bool',
    help: 'Detached mode: run command in the background',
  },
  {
    long: 'detach-keys',
    type: 'string',
    help: 'Override the key sequence for detaching a container',
  },
  { long: 'env', short: 'e', type: 'stringArray', help: 'Set environment variables' },
  { long: 'env-file', type: 'stringArray', help: 'Read in a file of environment variables' },
  { long: 'interactive', short: 'i', type: 'bool', help: 'Keep STDIN open even if not attached' },
  { long: 'privileged', type: 'bool', help: 'Give extended privileges to the command' },
  { long: 'tty', short: 't', type: 'bool', help: 'Allocate a pseudo-TTY' },
  {
    long: 'user',
    short: 'u',
    type: 'string',
    help: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
  },
  { long: 'workdir', short: 'w', type: 'string', help: 'Working directory inside the container' },
];

export const LOGS_FLAGS: readonly FlagSpec[] = [
  { long: 'details', type: 'bool', help: 'Show extra details provided to logs' },
  { long: 'follow', short: 'f', type: 'bool', help: 'Follow log output' },
  {
    long: 'since',
    type: 'string',
    help: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
  },
  {
    long: 'tail',
    short: 'n',
    type: 'string',
    help: 'Number of lines to show from the end of the logs',
    default: 'all',
  },
  { long: 'timestamps', short: 't', type: 'bool', help: 'Show timestamps' },
  {
    long: 'until',
    type: 'string',
    help: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
  },
];

export const DIFF_FLAGS: readonly FlagSpec[] = [];

export const CP_FLAGS: readonly FlagSpec[] = [
  {
    long: 'archive',
    short: 'a',
    type: 'bool',
    help: 'Archive mode (copy all uid/gid information)',
  },
  { long: 'follow-link', short: 'L', type: 'bool', help: 'Always follow symbol link in SRC_PATH' },
  {
    long: 'quiet',
    short: 'q',
    type: 'bool',
    help: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
  },
];

export const COMMIT_FLAGS: readonly FlagSpec[] = [
  {
    long: 'author',
    short: 'a',
    type: 'string',
    help: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")',
  },
  {
    long: 'change',
    short: 'c',
    type: 'stringArray',
    help: 'Apply Dockerfile instruction to the created image',
  },
  { long: 'message', short: 'm', type: 'string', help: 'Commit message' },
  { long: 'pause', short: 'p', type: 'bool', help: 'Pause container during commit', default: true },
];

export const INSPECT_FLAGS: readonly FlagSpec[] = [
  { long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP },
  {
    long: 'size',
    short: 's',
    type: 'bool',
    help: 'Display total file sizes if the type is container',
  },
  { long: 'type', type: 'string', help: 'Only inspect objects of the given type' },
];

export const CONTAINER_INSPECT_FLAGS: readonly FlagSpec[] = [
  { long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP },
  { long: 'size', short: 's', type: 'bool', help: 'Display total file sizes' },
];

export const TOP_FLAGS: readonly FlagSpec[] = [];

export const RENAME_FLAGS: readonly FlagSpec[] = [];

export const WAIT_FLAGS: readonly FlagSpec[] = [];

export const STATS_FLAGS: readonly FlagSpec[] = [
  {
    long: 'all',
    short: 'a',
    type: 'bool',
    help: 'Show all containers (default shows just running)',
  },
  { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
  {
    long: 'no-stream',
    type: 'bool',
    help: 'Disable streaming stats and only pull the first result',
  },
  { long: 'no-trunc', type: 'bool', help: 'Do not truncate output' },
];

export const PAUSE_FLAGS: readonly FlagSpec[] = [];

export const UNPAUSE_FLAGS: readonly FlagSpec[] = [];

export const PRUNE_FLAGS: readonly FlagSpec[] = [
  filterFlag('Provide filter values (e.g. "until=<timestamp>")'),
  { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
];

export const PORT_FLAGS: readonly FlagSpec[] = [];
export const PS_FLAGS: readonly FlagSpec[] = [
  {
    long: 'all',
    short: 'a',
    type: 'bool',
    help: 'Show all containers (default shows just running)',
  },
  filterFlag('Filter output based on conditions provided', 'f'),
  { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
  {
    long: 'last',
    short: 'n',
    type: 'int',
    help: 'Show n last created containers (includes all states)',
    default: -1,
  },
  {
    long: 'latest',
    short: 'l',
    type: 'bool',
    help: 'Show the latest created container (includes all states)',
  },
  { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
  { long: 'quiet', short: 'q', type: 'bool', help: 'Only display container IDs' },
  { long: 'size', short: 's', type: 'bool', help: 'Display total file sizes' },
];
