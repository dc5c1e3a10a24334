/**
 * Gradle's fixed texts: `gradle --version`, the welcome banner a version prints on its first
 * run in a user home, the daemon lines, the failure report and `dependencies`.
 */
import { sha256Hex } from '../common/hash';
import type { Jdk } from './jvm';
import { versionString } from './jvm';
import type { GradleProject } from './gradle-project';
import { classpath, type Classpath } from './gradle-cache';

/** Kotlin and Groovy bundled with each Gradle line. */
function bundled(version: string): { kotlin: string; groovy: string } {
  if (version.startsWith('9.')) return { kotlin: '2.2.0', groovy: '4.0.28' };
  const minor = Number(/^8\.(\d+)/.exec(version)?.[1] ?? 0);
  if (version.startsWith('8.') && minor >= 11) return { kotlin: '2.0.21', groovy: '3.0.24' };
  if (version.startsWith('8.') && minor >= 5) return { kotlin: '1.9.24', groovy: '3.0.22' };
  return { kotlin: '1.7.10', groovy: '3.0.13' };
}

/** Build time and revision of the releases the images ship, as `gradle --version` prints them. */
const RELEASES: Record<string, [string, string]> = {
  '8.10.2': ['2024-09-23 21:28:39 UTC', '415adb9e06a516c44b391edff552fd42139443f7'],
  '8.14.3': ['2025-07-04 13:15:44 UTC', 'e5ee1df3d88b8ca3a8074787a94f373e3090e1db'],
};

export function versionReport(version: string, jdk: Jdk): string {
  const { kotlin, groovy } = bundled(version);
  const jvm = `${versionString(jdk)} (Eclipse Adoptium ${versionString(jdk)}+${jdk.build}${jdk.major >= 21 ? '-LTS' : ''})`;
  const minor = Number(/^8\.(\d+)/.exec(version)?.[1] ?? 0);
  const modern = version.startsWith('9.') || minor >= 10;
  const ant =
    version.startsWith('9.') || minor >= 13
      ? 'Apache Ant(TM) version 1.10.15 compiled on August 25 2024'
      : 'Apache Ant(TM) version 1.10.14 compiled on August 16 2023';
  // Other releases get a stand-in build time and revision derived from the version.
  const hash = sha256Hex(`gradle-${version}`);
  const [built, revision] = RELEASES[version] ?? [
    `2025-0${1 + (parseInt(hash.slice(0, 2), 16) % 9)}-1${parseInt(hash.slice(2, 3), 16) % 10} 10:${String(parseInt(hash.slice(3, 5), 16) % 60).padStart(2, '0')}:00 UTC`,
    hash.slice(0, 40),
  ];
  return [
    '',
    '------------------------------------------------------------',
    `Gradle ${version}`,
    '------------------------------------------------------------',
    '',
    `Build time:    ${built}`,
    `Revision:      ${revision}`,
    '',
    `Kotlin:        ${kotlin}`,
    `Groovy:        ${groovy}`,
    `Ant:           ${ant}`,
    ...(modern
      ? [
          `Launcher JVM:  ${jvm}`,
          `Daemon JVM:    ${jdk.home} (no JDK specified, using current Java home)`,
        ]
      : [`JVM:           ${jvm}`]),
    'OS:            Linux 6.10.14-linuxkit amd64',
    '',
    '',
  ].join('\n');
}

const HIGHLIGHTS: Record<string, string[]> = {
  '8.10': [
    'Support for Java 23',
    'Faster configuration cache',
    'Better configuration cache reports',
  ],
  '8.14': [
    'Java 24 support',
    'GraalVM Native Image toolchain selection',
    'Enhancements to test reporting',
    'Build Authoring improvements',
  ],
  '9.2': [
    'Windows ARM support',
    'Improved publishing APIs',
    'Better guidance for dependency verification failures',
  ],
};

export function welcome(version: string): string {
  const line = /^\d+\.\d+/.exec(version)?.[0] ?? version;
  const highlights = HIGHLIGHTS[line];
  return [
    '',
    `Welcome to Gradle ${version}!`,
    '',
    ...(highlights
      ? ['Here are the highlights of this release:', ...highlights.map((h) => ` - ${h}`), '']
      : []),
    `For more details see https://docs.gradle.org/${version}/release-notes.html`,
    '',
    '',
  ].join('\n');
}

export function daemonLines(version: string, noDaemon: boolean): string {
  if (!noDaemon) return 'Starting a Gradle Daemon (subsequent builds will be faster)\n';
  // Gradle 8 points at its documentation in longer words than 7 did.
  const link = `https://docs.gradle.org/${version}/userguide/gradle_daemon.html#sec:disabling_the_daemon`;
  const where = version.startsWith('7.')
    ? `See ${link}.`
    : `For more on this, please refer to ${link} in the Gradle documentation.`;
  return `To honour the JVM settings for this build a single-use Daemon process will be forked. ${where}\nDaemon will be stopped at the end of the build \n`;
}

export function failureReport(what: string[], extraTry: string[] = [], where?: string): string {
  return [
    '',
    'FAILURE: Build failed with an exception.',
    '',
    ...(where ? ['* Where:', where, ''] : []),
    '* What went wrong:',
    ...what,
    '',
    '* Try:',
    ...extraTry,
    '> Run with --stacktrace option to get the stack trace.',
    '> Run with --info or --debug option to get more log output.',
    '> Run with --scan to get full insights.',
    '> Get more help at https://help.gradle.org.',
    '',
    '',
  ].join('\n');
}

const DESCRIPTIONS: Record<Classpath, string> = {
  annotationProcessor: "Annotation processors and their dependencies for source set 'main'.",
  compileClasspath: "Compile classpath for source set 'main'.",
  runtimeClasspath: "Runtime classpath of source set 'main'.",
  testCompileClasspath: "Compile classpath for source set 'test'.",
  testRuntimeClasspath: "Runtime classpath of source set 'test'.",
};

/** `gradle dependencies`: each classpath's declared dependencies and what they bring. */
export function dependencyReport(project: GradleProject): string {
  const out = [
    '',
    '------------------------------------------------------------',
    `Root project '${project.name}'`,
    '------------------------------------------------------------',
    '',
  ];
  for (const which of Object.keys(DESCRIPTIONS) as Classpath[]) {
    out.push(`${which} - ${DESCRIPTIONS[which]}`);
    const resolved = classpath(project, which);
    const declared = resolved.filter((a) => a.depth === 0);
    if (declared.length === 0) out.push('No dependencies');
    declared.forEach((a, i) => {
      const last = i === declared.length - 1;
      const asked = project.dependencies.find(
        (d) => d.artifact === a.artifact && d.group === a.group,
      )?.version;
      out.push(
        `${last ? '\\---' : '+---'} ${a.group}:${a.artifact}${asked ? `:${asked}` : ` -> ${a.version}`}`,
      );
      const children = a.depends.slice(0, 8);
      children.forEach((c, j) => {
        const child = resolved.find((r) => `${r.group}:${r.artifact}` === c);
        if (child)
          out.push(
            `${last ? ' ' : '|'}    ${j === children.length - 1 ? '\\---' : '+---'} ${c}:${child.version}`,
          );
      });
    });
    out.push('');
  }
  out.push(
    '(*) - Indicates repeated occurrences of a transitive dependency subtree. Gradle expands transitive dependency subtrees only once per project; repeat occurrences only display the root of the subtree, followed by this annotation.',
    '',
    'A web-based, searchable dependency report is available by adding the --scan option.',
    '',
  );
  return out.join('\n');
}
