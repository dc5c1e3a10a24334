/**
 * How pip's install output differs between the pip versions images ship: python:3.5 has pip
 * 20.3.4, python:3.6 21.2.4, python:3.7-3.10 23.0.1, python:3.11 24.0, python:3.12 25.0.1,
 * python:3.13/3.14 25.3 (catalog/standin/repos-python-node.ts, images/python.ts); Debian
 * bookworm's python3-pip is 23.0.1 and Alpine's py3-pip 25.1.1; any other pip (21.1.x, 23.2.x)
 * is one a Dockerfile installs over them, read from its dist-info. Each row holds from the pip
 * version it names until the next row. What every version prints alike ("Installing collected
 * packages:", "Successfully installed", "Requirement already satisfied: x in SITE (from y)
 * (1.0)", pip's format_size "(103 kB)") is not in the table.
 *
 * Checked against pip's sources and real logs (search tool, code corpus):
 * - "(from parent)" on Collecting lines: operations/prepare.py `_log_preparing_link` injects
 *   req.comes_from (pip 23.1); 23.0.1 logs print a bare "Collecting Werkzeug>=3.0.0".
 * - Metadata first: pip 23.2 reads PyPI's PEP 714 `core-metadata` key, so collection prints
 *   "Downloading x.whl.metadata (3.2 kB)" and the wheels download afterwards at the top level;
 *   before that (23.0.1 logs) each wheel downloads, indented, under its Collecting line.
 * - "Obtaining dependency information for REQ from URL.metadata": pip 23.2 and 23.2.1 log it
 *   at INFO before each metadata file (operations/prepare.py `_fetch_metadata_using_link_data_attr`,
 *   REQ being the requirement as on the Collecting line; 23.2.1 logs); pypa/pip#12188 (after
 *   pypa/pip#12155) moved it to VERBOSE, and 23.3 and 23.3.1 build logs no longer show it.
 * - Bars: pip before 22 drew the `progress` library's 32-cell bar, "|█...█| 94 kB 2.9 MB/s "
 *   (20.x/21.x logs); then rich's bar. network/download.py shows one for downloads over
 *   40 kB, over 512 KiB in newer pips (24.0 and 24.1.2 logs bar a 101.7 kB wheel, 24.3.1's
 *   do not bar 339 kB: the change is taken as 24.2).
 * - The root warning: none in 20.3 (pip 21.1 added it, pypa/pip#6409); 21.1 to 21.1.3 say
 *   "Running pip as root will break packages and permissions." (21.1.1 logs and source);
 *   pypa/pip#10022 (merged 2021-05-28, after 21.1.2; 21.1.3 took only two bug fixes)
 *   rephrased it as cli/req_command.py `warn_if_run_as_root` words it from 21.2 (21.2.4,
 *   23.0.1 and 24.0 logs); the "--root-user-action" hint with its missing space
 *   ("unusable.It", 24.3.1 logs; taken as 24.1), fixed in 25.0 (25.0.1 logs).
 * - The HTTP cache: pip 23.3's NEWS (pypa/pip#2984) moved it to a new on-disk format in a new
 *   folder, $PIP_CACHE_DIR/http-v2 (body apart from headers); 23.2.1 and older use `http`.
 */
import { pipSize, richDownloadPair, richSpeed } from '../common/sizes';
import { compareVersions } from './requirements';

export interface PipDialect {
  /** The first pip version the row describes. */
  since: string;
  /** "Collecting blinker (from flask)": the requirement's source on Collecting lines. */
  collectingFrom: boolean;
  /** Collection reads `.whl.metadata` files; wheels download after resolution. */
  metadataFirst: boolean;
  /** "  Obtaining dependency information for x from URL.metadata" before each metadata file. */
  obtainingLine: boolean;
  /** Which progress bar a download draws, and from what size (bytes, exclusive). */
  bar: 'progress' | 'rich';
  barOver: number;
  rootWarning: string | undefined;
  /** The HTTP cache's folder under the cache dir: `http-v2` from pip 23.3, a new format. */
  httpCache: 'http' | 'http-v2';
}

const ROOT_WILL_BREAK =
  'WARNING: Running pip as root will break packages and permissions. You should install packages reliably by using venv: https://pip.pypa.io/warnings/venv\n';
const ROOT_SHORT =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n";
const rootWithHint = (joint: string) =>
  `WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.${joint}It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n`;

const SMALL_BAR = 40 * 1000;
const LARGE_BAR = 512 * 1024;

/** Oldest first. */
const DIALECTS: readonly PipDialect[] = [
  {
    since: '0',
    collectingFrom: false,
    metadataFirst: false,
    obtainingLine: false,
    bar: 'progress',
    barOver: SMALL_BAR,
    rootWarning: undefined,
    httpCache: 'http',
  },
  {
    since: '21.1',
    collectingFrom: false,
    metadataFirst: false,
    obtainingLine: false,
    bar: 'progress',
    barOver: SMALL_BAR,
    rootWarning: ROOT_WILL_BREAK,
    httpCache: 'http',
  },
  {
    since: '21.2',
    collectingFrom: false,
    metadataFirst: false,
    obtainingLine: false,
    bar: 'progress',
    barOver: SMALL_BAR,
    rootWarning: ROOT_SHORT,
    httpCache: 'http',
  },
  {
    since: '22.0',
    collectingFrom: false,
    metadataFirst: false,
    obtainingLine: false,
    bar: 'rich',
    barOver: SMALL_BAR,
    rootWarning: ROOT_SHORT,
    httpCache: 'http',
  },
  {
    since: '23.1',
    collectingFrom: true,
    metadataFirst: false,
    obtainingLine: false,
    bar: 'rich',
    barOver: SMALL_BAR,
    rootWarning: ROOT_SHORT,
    httpCache: 'http',
  },
  {
    since: '23.2',
    collectingFrom: true,
    metadataFirst: true,
    obtainingLine: true,
    bar: 'rich',
    barOver: SMALL_BAR,
    rootWarning: ROOT_SHORT,
    httpCache: 'http',
  },
  {
    since: '23.3',
    collectingFrom: true,
    metadataFirst: true,
    obtainingLine: false,
    bar: 'rich',
    barOver: SMALL_BAR,
    rootWarning: ROOT_SHORT,
    httpCache: 'http-v2',
  },
  {
    since: '24.1',
    collectingFrom: true,
    metadataFirst: true,
    obtainingLine: false,
    bar: 'rich',
    barOver: SMALL_BAR,
    rootWarning: rootWithHint(''),
    httpCache: 'http-v2',
  },
  {
    since: '24.2',
    collectingFrom: true,
    metadataFirst: true,
    obtainingLine: false,
    bar: 'rich',
    barOver: LARGE_BAR,
    rootWarning: rootWithHint(''),
    httpCache: 'http-v2',
  },
  {
    since: '25.0',
    collectingFrom: true,
    metadataFirst: true,
    obtainingLine: false,
    bar: 'rich',
    barOver: LARGE_BAR,
    rootWarning: rootWithHint(' '),
    httpCache: 'http-v2',
  },
];

/** The row for a pip version ("23.0.1"). */
export function pipDialect(version: string): PipDialect {
  let found = DIALECTS[0] as PipDialect;
  for (const row of DIALECTS) if (compareVersions(version, row.since) >= 0) found = row;
  return found;
}

/**
 * The bar a finished download leaves in a build log (stdout is not a terminal), or undefined
 * when the download is too small for one. `indent` is pip's log indentation (2 under a
 * Collecting line). rich lays its bar out in an 80-column console, so a long size or speed
 * narrows the 40-cell bar (" ━━━...━ 227.6/227.6 kB 14.2 MB/s eta 0:00:00" has 38 cells).
 */
export function downloadBar(
  dialect: PipDialect,
  bytes: number,
  ms: number,
  indent: number,
): string | undefined {
  if (bytes <= dialect.barOver) return undefined;
  const perSecond = (bytes / Math.max(ms, 1)) * 1000;
  // Both bars start with a description of indent + 2 spaces.
  const lead = ' '.repeat(indent + 2);
  if (dialect.bar === 'progress')
    return `${lead} |${'█'.repeat(32)}| ${pipSize(bytes)} ${pipSize(perSecond)}/s \n`;
  const rest = ` ${richDownloadPair(bytes)} ${richSpeed(perSecond)} eta 0:00:00`;
  const cells = Math.min(40, 80 - lead.length - 1 - rest.length);
  return `${lead} ${'━'.repeat(cells)}${rest}\n`;
}
