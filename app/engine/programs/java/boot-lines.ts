/**
 * Spring Boot's release lines and what each one's spring-boot-dependencies manages: a project
 * declares a Boot version (the starter parent's, or the Gradle plugin's) and Maven and Gradle
 * resolve the libraries that release pins, so a Boot 2.7 build downloads Spring Framework 5.3
 * and Tomcat 9 where a Boot 3.5 build gets Framework 6.2 and Tomcat 10.1. One row per minor
 * line, at that line's last patch (3.4 and 3.5: the patch of late 2025, the catalog's date); a
 * version the table has no line for runs with the nearest line's libraries.
 */
import { knownArtifact } from '../../catalog/ecosystems/maven';

export interface BootLine {
  /** "2.7", "3.5". */
  line: string;
  major: number;
  minor: number;
  /** The line's release in the table ("2.7.18", "2.3.12.RELEASE"). */
  release: string;
  /** The Java release its classes are compiled for: 8 for Boot 2, 17 for Boot 3. */
  javaBaseline: number;
  /** Managed versions by library (see LIBRARIES). */
  versions: Record<string, string>;
}

/**
 * Which artifacts a library's version applies to: groupIds (a group and the groups under it,
 * `com.fasterxml.jackson` covers `.core`, `.datatype`...) or one `group:artifact`.
 */
const LIBRARIES: Record<string, string[]> = {
  framework: ['org.springframework'],
  tomcat: ['org.apache.tomcat.embed'],
  jetty: ['org.eclipse.jetty'],
  jackson: ['com.fasterxml.jackson'],
  logback: ['ch.qos.logback'],
  slf4j: ['org.slf4j'],
  snakeyaml: ['org.yaml:snakeyaml'],
  log4j: ['org.apache.logging.log4j'],
  micrometer: ['io.micrometer'],
  annotation: ['jakarta.annotation:jakarta.annotation-api'],
  servlet: ['jakarta.servlet:jakarta.servlet-api'],
};

// Column order of the rows below. Versions as spring-boot-dependencies of that release
// declares them (tomcat.version, jetty.version, jackson-bom.version, logback.version, ...).
const COLUMNS = [
  'framework',
  'tomcat',
  'jetty',
  'jackson',
  'logback',
  'slf4j',
  'snakeyaml',
  'log4j',
  'micrometer',
  'annotation',
  'servlet',
];
// prettier-ignore
const TABLE = `
2.3.12.RELEASE 5.2.15.RELEASE 9.0.46 9.4.41.v20210516 2.11.4 1.2.3 1.7.30 1.26 2.13.3 1.5.14 1.3.5 4.0.4
2.4.13 5.3.13 9.0.55 9.4.44.v20210927 2.11.4 1.2.7 1.7.32 1.27 2.14.1 1.6.13 1.3.5 4.0.4
2.5.15 5.3.27 9.0.75 9.4.51.v20230217 2.12.7 1.2.12 1.7.36 1.28 2.17.2 1.7.12 1.3.5 4.0.4 com.fasterxml.jackson.core:jackson-databind=2.12.7.1
2.6.15 5.3.27 9.0.75 9.4.51.v20230217 2.13.5 1.2.12 1.7.36 1.29 2.17.2 1.8.13 1.3.5 4.0.4
2.7.18 5.3.31 9.0.83 9.4.53.v20231009 2.13.5 1.2.12 1.7.36 1.30 2.17.2 1.9.17 1.3.5 4.0.4
3.0.13 6.0.14 10.1.16 11.0.18 2.14.3 1.4.11 2.0.9 1.33 2.19.0 1.10.13 2.1.1 5.0.0
3.1.12 6.0.21 10.1.24 11.0.21 2.15.4 1.4.14 2.0.13 1.33 2.20.0 1.11.12 2.1.1 5.0.0
3.2.12 6.1.15 10.1.33 12.0.15 2.15.4 1.4.14 2.0.16 2.2 2.21.1 1.12.12 2.1.1 6.0.0
3.3.13 6.1.21 10.1.42 12.0.22 2.17.3 1.5.18 2.0.17 2.2 2.23.1 1.13.15 2.1.1 6.0.0
3.4.11 6.2.12 10.1.48 12.0.29 2.18.4 1.5.20 2.0.17 2.3 2.24.3 1.14.12 2.1.1 6.0.0
3.5.7 6.2.12 10.1.48 12.0.29 2.19.2 1.5.20 2.0.17 2.4 2.24.3 1.15.5 2.1.1 6.0.0
`;

/** Micrometer's Observation API (micrometer-observation, -commons) came with 1.10 and Framework 6. */
const BEFORE_BOOT_3_ABSENT = [
  'io.micrometer:micrometer-observation',
  'io.micrometer:micrometer-commons',
];

function parseLines(): BootLine[] {
  return TABLE.trim()
    .split('\n')
    .map((row) => {
      const [release = '', ...cells] = row.split(/\s+/);
      const [major = 0, minor = 0] = release.split('.').map(Number);
      const versions: Record<string, string> = {};
      cells.forEach((cell, i) => {
        const pinned = /^(.+)=(.+)$/.exec(cell);
        if (pinned) versions[pinned[1] as string] = pinned[2] as string;
        else versions[COLUMNS[i] as string] = cell;
      });
      return {
        line: `${major}.${minor}`,
        major,
        minor,
        release,
        javaBaseline: major >= 3 ? 17 : 8,
        versions,
      };
    });
}

const LINES = parseLines();

/** [major, minor] of a version text ("2.7.18", "3.0.0-M1", "2.3.4.RELEASE"). */
function majorMinor(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The line a declared Boot version belongs to, and whether the table has it: an unlisted line
 * (2.2, 3.6, 4.0) gets the nearest listed one's libraries.
 */
export function bootLine(version: string): { line: BootLine; listed: boolean } {
  const mm = majorMinor(version) ?? [3, 5];
  const rank = (major: number, minor: number) => major * 100 + minor;
  const want = rank(...mm);
  const exact = LINES.find((l) => rank(l.major, l.minor) === want);
  if (exact) return { line: exact, listed: true };
  const nearest = [...LINES].sort(
    (a, b) => Math.abs(rank(a.major, a.minor) - want) - Math.abs(rank(b.major, b.minor) - want),
  )[0] as BootLine;
  return { line: nearest, listed: false };
}

/**
 * The note a build prints when the declared version is not the table's release of its line:
 * an unlisted line, or another patch of a listed one (whose libraries may differ by a patch).
 */
export function bootLineNote(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const { line, listed } = bootLine(version);
  if (!listed)
    return `Spring Boot ${version} is not in Layercake's table of Boot lines; its libraries are modelled with Boot ${line.release}'s managed versions.`;
  if (version === line.release) return undefined;
  return `Spring Boot ${version}'s libraries are modelled with the versions Boot ${line.release}, the last ${line.line} release, manages (Tomcat, Jackson and the rest may be a few patches newer than ${version} pins).`;
}

function libraryOf(key: string): string | undefined {
  const group = key.split(':')[0] ?? '';
  for (const [library, patterns] of Object.entries(LIBRARIES))
    for (const p of patterns)
      if (p.includes(':') ? p === key : group === p || group.startsWith(`${p}.`)) {
        // Boot's own artifacts and Spring's other projects are not Framework's.
        if (library === 'framework' && group !== p) continue;
        return library;
      }
  return undefined;
}

/**
 * The version a Boot release's dependency management gives `group:artifact`: Boot's own
 * artifacts at the declared version, the table's libraries at the line's versions, anything
 * else undefined (the catalog's version stands).
 */
export function bootManagedVersion(boot: string, key: string): string | undefined {
  if (key.startsWith('org.springframework.boot:')) return boot;
  const { line } = bootLine(boot);
  const pinned = line.versions[key];
  if (pinned) return pinned;
  const library = libraryOf(key);
  if (!library) return undefined;
  // A POM-only parent of a library (jackson-parent) has its own numbering: the catalog's.
  if (knownArtifact(key)?.packaging === 'pom' && !key.endsWith('-bom')) return undefined;
  return line.versions[library];
}

/** Jetty 12 split the servlet modules into per-Jakarta-EE groups (ee10) and added core ones. */
const ONLY_BEFORE_JETTY_12 = ['jetty-servlet', 'jetty-servlets', 'jetty-webapp'].map(
  (a) => `org.eclipse.jetty:${a}`,
);
const ONLY_FROM_JETTY_12 = ['org.eclipse.jetty:jetty-session', 'org.eclipse.jetty:jetty-ee'];

/** Artifacts that do not exist in a line (the resolver leaves them out of the tree). */
export function absentInBootLine(boot: string, key: string): boolean {
  const { line } = bootLine(boot);
  if (line.major < 3 && BEFORE_BOOT_3_ABSENT.includes(key)) return true;
  const jetty12 = Number((line.versions.jetty ?? '12').split('.')[0]) >= 12;
  if (jetty12) return ONLY_BEFORE_JETTY_12.includes(key);
  return key.startsWith('org.eclipse.jetty.ee10:') || ONLY_FROM_JETTY_12.includes(key);
}
