/** The flags of `docker network ls` and `inspect`, as Docker 28's --help lists them. */
import type { FlagSpec } from '../../args/spec';
import { filterFlag, FORMAT_JSON_HELP, FORMAT_TABLE_HELP } from '../image-common';

export const NETWORK_LS_FLAGS: readonly FlagSpec[] = [
  filterFlag('Provide filter values (e.g. "driver=bridge")', 'f'),
  { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
  { long: 'no-trunc', type: 'bool', help: 'Do not truncate the output' },
  { long: 'quiet', short: 'q', type: 'bool', help: 'Only display network IDs' },
];

export const NETWORK_INSPECT_FLAGS: readonly FlagSpec[] = [
  { long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP },
  { long: 'verbose', short: 'v', type: 'bool', help: 'Verbose output for diagnostics' },
];
