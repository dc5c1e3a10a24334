/** The flags of `docker volume ...`, as Docker 28's --help lists them. */
import type { FlagSpec } from '../../args/spec';
import { filterFlag, FORMAT_JSON_HELP, FORMAT_TABLE_HELP } from '../image-common';

export const VOLUME_CREATE_FLAGS: readonly FlagSpec[] = [
  {
    long: 'driver',
    short: 'd',
    type: 'string',
    help: 'Specify volume driver name',
    default: 'local',
  },
  { long: 'label', type: 'stringArray', help: 'Set metadata for a volume' },
  {
    long: 'opt',
    short: 'o',
    type: 'stringArray',
    valueName: 'map',
    help: 'Set driver specific options',
    defaultText: 'map[]',
  },
];

export const VOLUME_LS_FLAGS: readonly FlagSpec[] = [
  filterFlag('Provide filter values (e.g. "dangling=true")', 'f'),
  { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
  { long: 'quiet', short: 'q', type: 'bool', help: 'Only display volume names' },
];

export const VOLUME_INSPECT_FLAGS: readonly FlagSpec[] = [
  { long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP },
];

export const VOLUME_RM_FLAGS: readonly FlagSpec[] = [
  { long: 'force', short: 'f', type: 'bool', help: 'Force the removal of one or more volumes' },
];

export const VOLUME_PRUNE_FLAGS: readonly FlagSpec[] = [
  // API 1.42+ (Docker 23): prune removes anonymous volumes unless --all is given.
  {
    long: 'all',
    short: 'a',
    type: 'bool',
    help: 'Remove all unused volumes, not just anonymous ones',
  },
  filterFlag('Provide filter values (e.g. "label=<label>")'),
  { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
];
