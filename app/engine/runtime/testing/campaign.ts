/**
 * Test support for the runtime campaign (runtime-*.txt fixtures): what legitimately differs
 * between two runs of Docker, or between the 20.10 daemon that recorded them and the newer
 * Docker the simulation speaks, is masked; everything else must match. Not used by
 * production code.
 */
import { fixtureHeader, normalise } from './fixtures';
import type { Terminal } from './terminal';

/**
 * The oracle's busybox was imported from a tarball, so its config has no Env; the real
 * busybox:latest (the catalog's) sets PATH, which `docker inspect` then lists first.
 */
const IMAGE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Docker 20.10's wording (recorded) → Docker 25+'s (what the simulation prints). */
const NEWER_WORDING: [RegExp, string][] = [
  [/Error response from daemon: Invalid filter/g, 'Error response from daemon: invalid filter'],
  [
    /invalid restart policy '([^']*)'/g,
    "invalid restart policy: unknown policy '$1'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
  ],
  [/no such image: \S+?: No such image: /g, 'No such image: '],
  [
    /You cannot remove a running container (\S+)\. Stop the container before attempting removal or force remove/g,
    'cannot remove container "<name>": container is running: stop the container before removing or force remove',
  ],
  [
    /cannot remove container "\/[^"]+": container is running/g,
    'cannot remove container "<name>": container is running',
  ],
  [
    /Error response from daemon: Container (\S+) is not running/g,
    'Error response from daemon: container $1 is not running',
  ],
];

export function campaignShape(text: string): string {
  let out = text.replaceAll(`"${IMAGE_PATH}",`, '').replaceAll(`${IMAGE_PATH}\n`, '');
  for (const [from, to] of NEWER_WORDING) out = out.replace(from, to);
  return (
    normalise(out)
      // The 28.2.2 client sometimes logs its tar stream being cut short on a refused cp.
      .replace(/^time="[^"]*" level=error msg=".*"\n/gm, '')
      // `docker top`: host pids, CPU use and start time.
      .replace(/^(\S+ +)\d+( +)\d+( +)\d+( +)\d\d:\d\d /gm, '$1<pid>$2<ppid>$3<c>$4<stime> ')
      // The simulated busybox is not byte for byte the recorded one.
      .replace(/\d+(\.\d+)?(B|kB|MB|GB)\b/g, '<size>')
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC/g, '<created>')
      .replace(/\/tmp\/d-rec\/data/g, '/var/lib/docker')
      // The simulated machine has the buildx plugin and a learner user; the oracle neither.
      .replace(/^ {2}buildx\* +Docker Buildx\n/m, '')
      .replace(/\/home\/learner\/\.docker/g, '/root/.docker')
      // docker top names uids by the host's passwd: uid 1000 is the recording machine's
      // cloudsdk, the simulated host's learner.
      .replace(/^cloudsdk\b/gm, 'learner')
      .replace(/^(\S+ +)cloudsdk\b/gm, '$1learner')
      // Where the scenario's files are: the oracle's context directory, the learner's home.
      .replace(/\/tmp\/oracle-ctx\/[\w-]+|\/home\/learner/g, '<cwd>')
      // Column widths follow the masked texts.
      .replace(/ {3,}/g, '   ')
  );
}

/** Writes the files the fixture's header shows (`# file NAME:` then `# | ` lines). */
export function writeHeaderFiles(t: Terminal, fixture: string): void {
  for (const file of fixtureHeader(fixture).files) {
    const body = file.lines.join('\n') + '\n';
    const dir = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/')) : '';
    if (dir) t.run(`mkdir -p ${dir}`);
    t.run(`cat > ${file.name} <<'LAYERCAKE_EOF'\n${body}LAYERCAKE_EOF`);
  }
}

export interface StepMismatch {
  command: string;
  want: { out: string; err: string; code: number };
  got: { out: string; err: string; code: number };
}
