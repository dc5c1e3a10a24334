/**
 * Test support: the recorded Docker sessions in fixtures/docker, as steps (command, stdout,
 * stderr, exit status), so tests can replay a fixture's commands and compare what the
 * simulation prints. Not used by production code.
 */
const FILES = import.meta.glob('../../fixtures/docker/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface FixtureStep {
  command: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export function fixtureSteps(name: string): FixtureStep[] {
  const text = FILES[`../../fixtures/docker/${name}.txt`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  const body = text.slice(text.indexOf('\n---\n') + 5);
  const steps: FixtureStep[] = [];
  const blocks = body.split(/^\$ /m).filter((b) => b.trim() !== '');
  for (const block of blocks) {
    const command = block.slice(0, block.indexOf('\n'));
    const stdout = /\[stdout\]\n([\s\S]*?)\[stderr\]/.exec(block)?.[1] ?? '';
    const stderr = /\[stderr\]\n([\s\S]*?)\[exit/.exec(block)?.[1] ?? '';
    const exit = Number(/\[exit (\d+)\]/.exec(block)?.[1] ?? 0);
    steps.push({
      command,
      // The recorder ends such a stream with a newline of its own before the marker.
      stdout: stdout.replace(/\n\[stdout: no newline at end\]\n/, ''),
      stderr,
      exit,
    });
  }
  return steps;
}

/** A fixture's command as the simulation runs it: the oracle-only flags dropped. */
export function simulated(command: string): string {
  return command
    .replace(' --pull never --network none', '')
    .replace(/^DOCKER_BUILDKIT=1 \/usr\/bin\/docker/, 'docker');
}

/** Ids, digests and times vary between runs: tests compare the shape around them. */
export function normalise(text: string): string {
  return text
    .replace(/\b[0-9a-f]{64}\b/g, '<id>')
    .replace(/\b[0-9a-f]{12}\b/g, '<short>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
    .replace(
      /(Less than a second|About a minute|\d+ (seconds|minutes|hours)|1 second) ago/g,
      '<ago>',
    )
    .replace(/Up (Less than a second|\d+ seconds?|About a minute)/g, 'Up <ago>');
}

export interface FixtureFile {
  name: string;
  lines: string[];
}

/** The files a fixture's header shows as written before its commands (`# file NAME:`). */
export function fixtureHeader(name: string): { files: FixtureFile[] } {
  const text = FILES[`../../fixtures/docker/${name}.txt`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  const files: FixtureFile[] = [];
  for (const line of text.slice(0, text.indexOf('\n---\n')).split('\n')) {
    const file = /^# file (.+):$/.exec(line);
    if (file) files.push({ name: file[1]!, lines: [] });
    else if (line === '# |') files[files.length - 1]?.lines.push('');
    else if (line.startsWith('# | ')) files[files.length - 1]?.lines.push(line.slice(4));
  }
  return { files };
}

/** The names of the recorded fixtures that start with `prefix`, sorted. */
export function fixtureNames(prefix: string): string[] {
  return Object.keys(FILES)
    .map((path) => path.replace(/^.*\//, '').replace(/\.txt$/, ''))
    .filter((name) => name.startsWith(prefix))
    .sort();
}
