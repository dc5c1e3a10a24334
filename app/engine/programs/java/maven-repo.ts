/**
 * Maven's local repository (~/.m2/repository) in the layout Maven Resolver writes: per
 * version folder the .pom and .jar, their .sha1 files and `_remote.repositories` naming the
 * repository each came from; `maven-metadata-central.xml` for prefix and version look-ups.
 * Fetching prints the transfer lines of a batch-mode log ("Downloading from central: ...").
 */
import type { MavenArtifact } from '../../catalog/ecosystems/maven';
import { artifactDir, artifactFile } from '../../catalog/ecosystems/maven';
import type { ProgramIO } from '../../shell/program';
import { exists, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { writeJar } from './jar-files';
import { strftime } from '../../shell/programs/clock';

export const CENTRAL = 'https://repo.maven.apache.org/maven2';

/** Maven's size format: "345 B", "8.2 kB", "13 kB", "1.9 MB" (decimal units). */
export function mavenSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  const [scale, unit] = units.find(([s]) => bytes >= s) ?? [1e3, 'kB'];
  const scaled = bytes / scale;
  return `${scaled >= 10 ? Math.round(scaled) : scaled.toFixed(1)} ${unit}`;
}

/** Java's Properties.store comment date: "Thu Jan 15 09:00:12 UTC 2026". */
export function javaDate(ms: number): string {
  return strftime('%a %b %d %H:%M:%S UTC %Y', ms);
}

export interface MavenLog {
  /** Print transfer lines (not with -q or --no-transfer-progress). */
  transfers: boolean;
  offline: boolean;
  /** Simulated milliseconds so far (Total time, Finished at). */
  elapsed: number;
}

/** Something offline mode could not find. */
export interface Missing {
  artifact: MavenArtifact;
  extension: 'jar' | 'pom';
}

export class LocalRepository {
  fetched = 0;
  plausible: string[] = [];

  constructor(
    private readonly io: ProgramIO,
    readonly root: string,
    private readonly log: MavenLog,
  ) {}

  path(a: MavenArtifact, extension: 'jar' | 'pom'): string {
    return `${this.root}/${artifactDir(a)}/${artifactFile(a, extension)}`;
  }

  has(a: MavenArtifact, extension: 'jar' | 'pom'): boolean {
    return exists(this.io.fs, this.path(a, extension));
  }

  /** The time a transfer takes: a round trip, then ~25 MB/s. */
  private transferMs(size: number): number {
    return 60 + Math.round(size / 25_000) + (size % 97);
  }

  private downloading(url: string): void {
    if (this.log.transfers) this.io.stdout(`Downloading from central: ${url}\n`);
  }

  private downloaded(url: string, size: number, ms: number): void {
    if (this.log.transfers)
      this.io.stdout(
        `Downloaded from central: ${url} (${mavenSize(size)} at ${mavenSize(Math.round((size / ms) * 1000))}/s)\n`,
      );
  }

  /** One transfer at a time, as Maven fetches POMs and metadata. */
  private transfer(url: string, size: number): void {
    const ms = this.transferMs(size);
    this.downloading(url);
    this.downloaded(url, size, ms);
    this.log.elapsed += ms;
    this.io.spend(ms);
  }

  private store(a: MavenArtifact, ext: 'jar' | 'pom'): void {
    const dir = `${this.root}/${artifactDir(a)}`;
    const name = artifactFile(a, ext);
    const seed = `maven:${a.group}:${a.artifact}:${a.version}:${ext}`;
    const size = ext === 'jar' ? a.jarSize : a.pomSize;
    if (ext === 'jar') writeJar(this.io.fs, `${dir}/${name}`, { kind: 'library' }, size, seed);
    else writeBlob(this.io.fs, `${dir}/${name}`, seed, size);
    writeText(this.io.fs, `${dir}/${name}.sha1`, sha256Hex(seed).slice(0, 40));
    this.fetched++;
    if (a.plausible && !this.plausible.includes(`${a.group}:${a.artifact}`))
      this.plausible.push(`${a.group}:${a.artifact}`);
    const remote = (['pom', 'jar'] as const)
      .filter((e) => this.has(a, e))
      .map((e) => `${artifactFile(a, e)}>central=\n`)
      .join('');
    writeText(
      this.io.fs,
      `${dir}/_remote.repositories`,
      `#NOTE: This is a Maven Resolver internal implementation file, its format can be changed without prior notice.\n#${javaDate(this.io.now + this.log.elapsed)}\n${remote}`,
    );
  }

  /**
   * Puts the artifact's POM (and jar, for a jar artifact when `jar`) in the repository,
   * downloading what is missing. Returns what offline mode could not have.
   */
  fetch(a: MavenArtifact, jar: boolean): Missing | undefined {
    const wanted: ('pom' | 'jar')[] = jar && a.packaging === 'jar' ? ['pom', 'jar'] : ['pom'];
    const missing = wanted.filter((ext) => !this.has(a, ext));
    if (missing.length === 0) return undefined;
    if (this.log.offline) return { artifact: a, extension: missing[0] as 'jar' | 'pom' };
    for (const ext of missing) {
      this.transfer(
        `${CENTRAL}/${artifactDir(a)}/${artifactFile(a, ext)}`,
        ext === 'jar' ? a.jarSize : a.pomSize,
      );
      this.store(a, ext);
    }
    return undefined;
  }

  /**
   * The jars of a resolved set, fetched as Maven Resolver does: five transfers at a time, each
   * "Downloaded" line when its transfer ends and the next "Downloading" as a slot frees.
   */
  fetchJars(artifacts: MavenArtifact[]): Missing | undefined {
    const todo = artifacts.filter((a) => a.packaging === 'jar' && !this.has(a, 'jar'));
    const first = todo[0];
    if (!first) return undefined;
    if (this.log.offline) return { artifact: first, extension: 'jar' };
    const url = (a: MavenArtifact) => `${CENTRAL}/${artifactDir(a)}/${artifactFile(a, 'jar')}`;
    const running: { a: MavenArtifact; start: number; end: number }[] = [];
    let clock = 0;
    let next = 0;
    const start = () => {
      const a = todo[next++] as MavenArtifact;
      this.downloading(url(a));
      running.push({ a, start: clock, end: clock + this.transferMs(a.jarSize) });
    };
    while (next < todo.length && running.length < 5) start();
    while (running.length > 0) {
      running.sort((x, y) => x.end - y.end);
      const done = running.shift() as (typeof running)[number];
      clock = done.end;
      this.downloaded(url(done.a), done.a.jarSize, done.end - done.start);
      this.store(done.a, 'jar');
      if (next < todo.length) start();
    }
    this.log.elapsed += clock;
    this.io.spend(clock);
    return undefined;
  }

  /** `org/apache/maven/plugins/maven-metadata.xml`, read to resolve a plugin prefix. */
  fetchMetadata(groupPath: string, size: number): void {
    const local = `${this.root}/${groupPath}/maven-metadata-central.xml`;
    if (exists(this.io.fs, local) || this.log.offline) return;
    this.transfer(`${CENTRAL}/${groupPath}/maven-metadata.xml`, size);
    writeBlob(this.io.fs, local, `maven-metadata:${groupPath}`, size);
    writeText(
      this.io.fs,
      `${this.root}/${groupPath}/resolver-status.properties`,
      `#${javaDate(this.io.now + this.log.elapsed)}\nmaven-metadata-central.xml.lastUpdated=${this.io.now + this.log.elapsed}\n`,
    );
  }
}
