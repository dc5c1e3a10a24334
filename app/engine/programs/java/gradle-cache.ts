/**
 * Gradle's dependency cache under GRADLE_USER_HOME (default ~/.gradle):
 * caches/modules-2/files-2.1/<group>/<artifact>/<version>/<sha1 of the file>/<file>, one
 * hash folder per file (the .pom and the .jar apart), plus the metadata descriptors. Gradle's
 * plain console prints no transfer lines; the time is spent all the same.
 */
import {
  artifactFile,
  mavenArtifact,
  resolveArtifacts,
  type MavenArtifact,
  type ResolvedArtifact,
} from '../../catalog/ecosystems/maven';
import type { ProgramIO } from '../../shell/program';
import { exists, listDir, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { absentInBootLine, bootManagedVersion } from './boot-lines';
import type { GradleProject } from './gradle-project';
import { writeJar } from './jar-files';

/** GRADLE_USER_HOME, `-g`, or ~/.gradle. */
export function gradleUserHome(io: ProgramIO, override?: string): string {
  return override ?? io.env.GRADLE_USER_HOME ?? `${io.user.home}/.gradle`;
}

export type Classpath =
  | 'compileClasspath'
  | 'runtimeClasspath'
  | 'testCompileClasspath'
  | 'testRuntimeClasspath'
  | 'annotationProcessor';

const USES: Record<Classpath, string[]> = {
  compileClasspath: ['implementation', 'api', 'compileOnly'],
  runtimeClasspath: ['implementation', 'api', 'runtimeOnly', 'developmentOnly'],
  testCompileClasspath: [
    'implementation',
    'api',
    'compileOnly',
    'testImplementation',
    'testCompileOnly',
  ],
  testRuntimeClasspath: [
    'implementation',
    'api',
    'runtimeOnly',
    'testImplementation',
    'testRuntimeOnly',
  ],
  annotationProcessor: ['annotationProcessor'],
};

/** A configuration's artifacts: declared versions, else Boot's managed ones, else the catalog's. */
export function classpath(project: GradleProject, which: Classpath): ResolvedArtifact[] {
  const roots = project.dependencies
    .filter((d) => USES[which].includes(d.configuration))
    .map((d) => ({
      key: `${d.group}:${d.artifact}`,
      ...(d.version ? { version: d.version } : {}),
      scope: d.configuration,
      exclusions: project.exclusions,
    }));
  if (which === 'testRuntimeClasspath' && roots.some((r) => r.key.startsWith('org.junit.jupiter:')))
    roots.push({
      key: 'org.junit.platform:junit-platform-launcher',
      scope: 'testRuntimeOnly',
      exclusions: project.exclusions,
    });
  const boot = project.boot;
  return resolveArtifacts(
    roots,
    (key) => (boot ? bootManagedVersion(boot, key) : undefined),
    (key) => boot !== undefined && absentInBootLine(boot, key),
  );
}

/** The plugins' own artifacts (Spring Boot's Gradle plugin and dependency management). */
export function pluginClasspath(project: GradleProject): ResolvedArtifact[] {
  const boot = project.boot;
  if (!boot) return [];
  return resolveArtifacts(
    [
      {
        key: 'org.springframework.boot:spring-boot-gradle-plugin',
        version: boot,
        scope: 'classpath',
      },
    ],
    (key) => bootManagedVersion(boot, key),
  );
}

export class GradleCache {
  fetched = 0;
  elapsed = 0;
  plausible: string[] = [];

  constructor(
    private readonly io: ProgramIO,
    readonly home: string,
    private readonly offline: boolean,
  ) {}

  private folder(a: MavenArtifact): string {
    return `${this.home}/caches/modules-2/files-2.1/${a.group}/${a.artifact}/${a.version}`;
  }

  has(a: MavenArtifact): boolean {
    return listDir(this.io.fs, this.folder(a)).length >= (a.packaging === 'jar' ? 2 : 1);
  }

  /** Caches each artifact's POM and jar; returns the first one offline mode lacks. */
  fetch(artifacts: MavenArtifact[]): MavenArtifact | undefined {
    for (const a of artifacts) {
      if (this.has(a)) continue;
      if (this.offline) return a;
      for (const ext of a.packaging === 'jar' ? (['pom', 'jar'] as const) : (['pom'] as const)) {
        const seed = `maven:${a.group}:${a.artifact}:${a.version}:${ext}`;
        const size = ext === 'jar' ? a.jarSize : a.pomSize;
        const path = `${this.folder(a)}/${sha256Hex(seed).slice(0, 40)}/${artifactFile(a, ext)}`;
        if (ext === 'jar') writeJar(this.io.fs, path, { kind: 'library' }, size, seed);
        else writeBlob(this.io.fs, path, seed, size);
        this.elapsed += 60 + Math.round(size / 15_000);
      }
      const descriptor = `${this.home}/caches/modules-2/metadata-2.106/descriptors/${a.group}/${a.artifact}/${a.version}/${sha256Hex(`${a.group}:${a.artifact}`).slice(0, 32)}/descriptor.bin`;
      writeBlob(
        this.io.fs,
        descriptor,
        `gradle-descriptor:${a.group}:${a.artifact}:${a.version}`,
        600 + (a.pomSize % 900),
      );
      if (a.plausible && !this.plausible.includes(`${a.group}:${a.artifact}`))
        this.plausible.push(`${a.group}:${a.artifact}`);
      this.fetched++;
    }
    return undefined;
  }

  /** The plugin portal's marker POM for a plugin id (`<id>.gradle.plugin`). */
  marker(id: string, version: string): MavenArtifact | undefined {
    const a = mavenArtifact(id, `${id}.gradle.plugin`, version);
    return this.fetch([{ ...a, packaging: 'pom', jarSize: 0, plausible: false }]);
  }

  /** Files Gradle keeps beside the module cache once it has run a build. */
  writeHousekeeping(version: string): void {
    const fs = this.io.fs;
    if (!exists(fs, `${this.home}/caches/modules-2/modules-2.lock`))
      writeBlob(fs, `${this.home}/caches/modules-2/modules-2.lock`, 'gradle-lock', 17);
    writeBlob(
      fs,
      `${this.home}/caches/${version}/file-hashes/file-hashes.bin`,
      `gradle-file-hashes:${version}`,
      24_650,
    );
    writeBlob(
      fs,
      `${this.home}/caches/jars-9/${sha256Hex(version).slice(0, 32)}/cp_proj.jar`,
      `gradle-build-script:${version}`,
      5_120,
    );
    writeText(fs, `${this.home}/daemon/${version}/registry.bin.lock`, '');
    writeBlob(
      fs,
      `${this.home}/daemon/${version}/daemon-${1000 + (this.fetched % 97)}.out.log`,
      `gradle-daemon-log:${version}`,
      11_800,
    );
  }
}
