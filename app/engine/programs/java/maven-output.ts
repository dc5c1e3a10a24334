/**
 * The fixed parts of a Maven 3.9 console log: the project header, the result footer with
 * Total time and Finished at, and the error reports with their [Help 1] links.
 */

const LINE = 72;
export const RULE = '-'.repeat(LINE);

/** "--------------------------< com.example:demo >--------------------------" */
export function centred(text: string, pre: string, post: string): string {
  const length = pre.length + text.length + post.length;
  const left = '-'.repeat(Math.max(0, Math.floor((LINE - length) / 2)));
  const right = '-'.repeat(Math.max(0, LINE - length - left.length));
  return `${left}${pre}${text}${post}${right}`;
}

/**
 * Maven before 3.9 (3.8.x, 3.6.3 of older images) words a build the older way: no
 * `  from pom.xml` line under "Building", and executions named by the plugin's artifactId
 * (`--- maven-clean-plugin:2.5:clean (default-clean) @ app ---`), not its prefix (`clean:`).
 */
export function mavenBefore39(mavenVersion: string): boolean {
  const [major = 0, minor = 0] = mavenVersion.split('.').map(Number);
  return major < 3 || (major === 3 && minor < 9);
}

/** The line that opens an execution, as the running Maven words it. */
export function executionHeader(
  ex: { prefix: string; artifact: string; version: string; goal: string; id: string },
  projectArtifact: string,
  mavenVersion: string,
): string {
  const plugin = mavenBefore39(mavenVersion) ? ex.artifact : ex.prefix;
  return `--- ${plugin}:${ex.version}:${ex.goal} (${ex.id}) @ ${projectArtifact} ---`;
}

export function projectHeader(
  group: string,
  artifact: string,
  name: string,
  version: string,
  packaging: string,
  counter?: string,
  pomLabel = 'pom.xml',
  mavenVersion = '3.9.11',
): string[] {
  const building = `Building ${name} ${version}`;
  return [
    '',
    centred(`${group}:${artifact}`, '< ', ' >'),
    counter
      ? `${building}${' '.repeat(Math.max(1, LINE - building.length - counter.length))}${counter}`
      : building,
    ...(mavenBefore39(mavenVersion) ? [] : [`  from ${pomLabel}`]),
    centred(packaging, '[ ', ' ]'),
  ];
}

/** "12.345 s", or "01:05 min" from a minute on. */
export function totalTime(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(3)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')} min`;
}

/** ISO-8601 in the container's zone (UTC): "2026-01-15T09:00:12Z". */
export function finishedAt(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

export function footer(success: boolean, elapsedMs: number, endMs: number): string[] {
  return [
    RULE,
    success ? 'BUILD SUCCESS' : 'BUILD FAILURE',
    RULE,
    `Total time:  ${totalTime(elapsedMs)}`,
    `Finished at: ${finishedAt(endMs)}`,
    RULE,
  ];
}

/** The [ERROR] block Maven ends a failed build with. */
export function errorReport(message: string, helpPage: string | undefined): string[] {
  const lines = [`${message}${helpPage ? ' -> [Help 1]' : ''}`];
  lines.push(
    '',
    'To see the full stack trace of the errors, re-run Maven with the -e switch.',
    'Re-run Maven using the -X switch to enable full debug logging.',
  );
  if (helpPage)
    lines.push(
      '',
      'For more information about the errors and possible solutions, please read the following articles:',
      `[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/${helpPage}`,
    );
  return lines;
}

export const PHASES = {
  clean: ['pre-clean', 'clean', 'post-clean'],
  default: [
    'validate',
    'initialize',
    'generate-sources',
    'process-sources',
    'generate-resources',
    'process-resources',
    'compile',
    'process-classes',
    'generate-test-sources',
    'process-test-sources',
    'generate-test-resources',
    'process-test-resources',
    'test-compile',
    'process-test-classes',
    'test',
    'prepare-package',
    'package',
    'pre-integration-test',
    'integration-test',
    'post-integration-test',
    'verify',
    'install',
    'deploy',
  ],
  site: ['pre-site', 'site', 'post-site', 'site-deploy'],
};

const ALL_PHASES = [...PHASES.default, ...PHASES.clean, ...PHASES.site].join(', ');

const GOAL_FORMAT =
  'You must specify a valid lifecycle phase or a goal in the format <plugin-prefix>:<goal> or <plugin-group-id>:<plugin-artifact-id>[:<plugin-version>]:<goal>.';

export function noGoalsMessage(): string {
  return `No goals have been specified for this build. ${GOAL_FORMAT} Available lifecycle phases are: ${ALL_PHASES}.`;
}

export function unknownPhaseMessage(phase: string): string {
  return `Unknown lifecycle phase "${phase}". ${GOAL_FORMAT} Available lifecycle phases are: ${ALL_PHASES}.`;
}

/** Prefixes every line with the level, as Maven's console logger does ("[INFO] "). */
export function level(kind: 'INFO' | 'WARNING' | 'ERROR', lines: string[]): string {
  return lines.map((l) => `[${kind}] ${l}\n`).join('');
}
