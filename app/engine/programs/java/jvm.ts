/**
 * Which JDK an image holds, as `java -version` names it: the version from the image's
 * JAVA_VERSION (eclipse-temurin: "jdk-21.0.9+10" or "jdk8u472-b08"; the old openjdk images:
 * "17.0.2" or "8u342") or from the JDK's folder name, and the vendor from where the JDK lives
 * (/opt/java/openjdk is Temurin's, /usr/local/openjdk-N the openjdk image's, Debian's under
 * /usr/lib/jvm). Release dates are the quarterly updates' (the third Tuesday of Jan, Apr,
 * Jul and Oct), counted from each line's first update.
 */
import type { ProgramIO } from '../../shell/program';

export type Vendor = 'temurin' | 'oracle-openjdk' | 'adoptopenjdk' | 'debian';

export interface Jdk {
  /** 8, 11, 17, 21, 25. */
  major: number;
  /** The update number: 9 in 21.0.9, 472 in 8u472. */
  update: number;
  build: number;
  vendor: Vendor;
  home: string;
}

/** The first update of each line (its month, as [year, month 1-12]). */
const FIRST_UPDATE: Record<number, [number, number]> = {
  11: [2018, 10],
  17: [2021, 10],
  21: [2023, 10],
  25: [2025, 10],
  8: [2014, 4],
};

function parseVersion(text: string): { major: number; update: number; build: number } | undefined {
  const eight = /^(?:jdk)?8u(\d+)(?:-b(\d+))?/.exec(text);
  if (eight) return { major: 8, update: Number(eight[1]), build: Number(eight[2] ?? 8) };
  const modern = /^(?:jdk-)?(\d+)(?:\.\d+\.(\d+))?(?:[+_](\d+))?/.exec(text);
  if (modern)
    return {
      major: Number(modern[1]),
      update: Number(modern[2] ?? 0),
      build: Number(modern[3] ?? 8),
    };
  return undefined;
}

function javaHome(io: ProgramIO, argv0: string): string {
  if (io.env.JAVA_HOME) return io.env.JAVA_HOME;
  const bin = /^(.*)\/bin\/[^/]+$/.exec(argv0);
  return bin?.[1] ?? '/opt/java/openjdk';
}

/** The JDK the running `java`/`javac` belongs to. */
export function findJdk(io: ProgramIO, argv0 = 'java'): Jdk {
  const home = javaHome(io, argv0);
  const fromEnv = io.env.JAVA_VERSION ? parseVersion(io.env.JAVA_VERSION) : undefined;
  const folder = /(?:openjdk-|java-|temurin-)(\d+)/.exec(home)?.[1];
  const version = fromEnv ??
    (folder ? parseVersion(folder) : undefined) ?? { major: 21, update: 9, build: 10 };
  if (version.update === 0 && !fromEnv) {
    // Debian and distroless JDKs: the updates those releases carried in late 2025.
    const updates: Record<number, [number, number]> = { 17: [17, 10], 21: [9, 10], 11: [29, 7] };
    const [update, build] = updates[version.major] ?? [1, 8];
    Object.assign(version, { update, build });
  }
  const vendor: Vendor = home.startsWith('/usr/lib/jvm/java-')
    ? 'debian'
    : home.startsWith('/usr/local/openjdk-')
      ? version.major === 17
        ? 'oracle-openjdk'
        : 'adoptopenjdk'
      : 'temurin';
  return { ...version, vendor, home };
}

/** "21.0.9" (or "1.8.0_472" for Java 8). */
export function versionString(jdk: Jdk): string {
  return jdk.major === 8 ? `1.8.0_${jdk.update}` : `${jdk.major}.0.${jdk.update}`;
}

/** The third Tuesday of the month of the update, as "2025-10-21". */
export function releaseDate(jdk: Jdk): string {
  const [year, month] = FIRST_UPDATE[jdk.major] ?? [jdk.major <= 8 ? 2014 : 2025, 10];
  const quarters = Math.max(0, jdk.update - 1);
  const index = year * 12 + (month - 1) + quarters * 3;
  const y = Math.floor(index / 12);
  const m = index % 12;
  const firstDay = new Date(Date.UTC(y, m, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstDay + 7) % 7);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(firstTuesday + 14).padStart(2, '0')}`;
}

/** What `java -version` (stderr) or `java --version` (stdout, `long` false) prints. */
export function versionBanner(jdk: Jdk, dashDash: boolean): string {
  const v = versionString(jdk);
  if (jdk.major === 8) {
    const tag = jdk.vendor === 'temurin' ? '(Temurin)' : '';
    const b = `b${String(jdk.build).padStart(2, '0')}`;
    return `openjdk version "${v}"\nOpenJDK Runtime Environment ${tag}(build ${v}-${b})\nOpenJDK 64-Bit Server VM ${tag}(build 25.${jdk.update}-${b}, mixed mode)\n`;
  }
  const lts = jdk.major === 21 || jdk.major === 25 ? ' LTS' : '';
  const first = dashDash
    ? `openjdk ${v} ${releaseDate(jdk)}${jdk.vendor === 'temurin' ? lts : ''}`
    : `openjdk version "${v}" ${releaseDate(jdk)}${jdk.vendor === 'temurin' ? lts : ''}`;
  let build: string;
  let name: string;
  switch (jdk.vendor) {
    case 'temurin':
      build = `${v}+${jdk.build}${lts ? '-LTS' : ''}`;
      name = ` Temurin-${v}+${jdk.build}`;
      break;
    case 'debian':
      build = `${v}+${jdk.build}-Debian-1deb12u1`;
      name = '';
      break;
    case 'oracle-openjdk':
      build = `${v}+${jdk.build}-86`;
      name = '';
      break;
    case 'adoptopenjdk':
      build = `${v}+${jdk.build}`;
      name = ' 18.9';
      break;
  }
  return `${first}\nOpenJDK Runtime Environment${name} (build ${build})\nOpenJDK 64-Bit Server VM${name} (build ${build}, mixed mode, sharing)\n`;
}

/** `Java version: 21.0.9, vendor: Eclipse Adoptium` as Maven prints it. */
export function vendorName(jdk: Jdk): string {
  switch (jdk.vendor) {
    case 'temurin':
      return 'Eclipse Adoptium';
    case 'debian':
      return 'Debian';
    case 'oracle-openjdk':
      return 'Oracle Corporation';
    case 'adoptopenjdk':
      return 'Oracle Corporation';
  }
}
