/**
 * Maven Central as the JVM build tools see it: artifacts by `groupId:artifactId`, each with a
 * version, the size of its jar (or none for a POM-only parent or BOM), the size of its POM and
 * its compile/runtime dependencies. Maven and Gradle resolve these transitively (nearest
 * first, one version per artifact) and lay the files out in their own caches. Coordinates the
 * catalog does not know get a plausible stand-in derived from their name, marked `plausible`.
 */
import mavenCommon from '../data/lang/maven-common';
import mavenSpring from '../data/lang/maven-spring';
import { fnv1a } from '../util/hash';

export interface MavenArtifact {
  group: string;
  artifact: string;
  version: string;
  /** 'pom' for parents and BOMs (no jar), else 'jar'. */
  packaging: 'jar' | 'pom';
  /** Size of the jar in bytes (0 for a POM-only artifact). */
  jarSize: number;
  pomSize: number;
  /** Compile/runtime dependencies as `groupId:artifactId`. */
  depends: string[];
  /** Not in the catalog: an invented stand-in. */
  plausible?: boolean;
}

/** Sizes in the tables are in KB; a hash of the name gives the bytes below that. */
function bytes(kb: number, key: string): number {
  return Math.max(1, kb * 1000 + (fnv1a(key) % 1000) - 500);
}

export function parseMavenLines(text: string): Map<string, MavenArtifact> {
  const records = new Map<string, MavenArtifact>();
  let group = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      group = header[1] as string;
      continue;
    }
    const [artifact, version, size, ...rest] = line.split(/\s+/);
    if (!artifact || !version || !size) continue;
    const key = `${group}:${artifact}`;
    const pomOnly = size === 'pom';
    const deps = pomOnly ? rest.slice(1) : rest;
    records.set(key, {
      group,
      artifact,
      version,
      packaging: pomOnly ? 'pom' : 'jar',
      jarSize: pomOnly ? 0 : bytes(Number(size), key),
      pomSize: pomOnly ? bytes(Number(rest[0] ?? 5), `${key}.pom`) : 1500 + (fnv1a(key) % 7500),
      depends: deps.map((d) => (d.includes(':') ? d : `${group}:${d}`)),
    });
  }
  return records;
}

let catalog: Map<string, MavenArtifact> | undefined;

function known(): Map<string, MavenArtifact> {
  catalog ??= new Map([...parseMavenLines(mavenSpring), ...parseMavenLines(mavenCommon)]);
  return catalog;
}

/** The catalog's record of `groupId:artifactId`, if it has one. */
export function knownArtifact(key: string): MavenArtifact | undefined {
  return known().get(key);
}

/**
 * An artifact at a version: the catalog's record (at the asked version if another one is
 * asked: its files are modelled with the catalog's sizes) or a plausible stand-in.
 */
export function mavenArtifact(group: string, artifact: string, version?: string): MavenArtifact {
  const record = known().get(`${group}:${artifact}`);
  if (record) return version && version !== record.version ? { ...record, version } : record;
  const h = fnv1a(`maven:${group}:${artifact}`);
  // 15 KB to ~1.5 MB, skewed small as most libraries are.
  const jarSize = 15_000 + Math.round(((h % 1000) / 1000) ** 2 * 1_500_000);
  return {
    group,
    artifact,
    version: version ?? `${1 + (h % 5)}.${(h >>> 4) % 15}.${(h >>> 9) % 10}`,
    packaging: 'jar',
    jarSize,
    pomSize: 1500 + (h % 6000),
    depends: [],
    plausible: true,
  };
}

export interface ResolvedArtifact extends MavenArtifact {
  /** How deep in the tree it was first reached (0: declared by the project). */
  depth: number;
  scope: string;
}

/**
 * The transitive closure of `roots` (key, optional version, scope), breadth first so the
 * nearest declaration of an artifact wins, as Maven's "nearest wins" mediation does.
 * `managed` pins versions (a BOM's dependencyManagement); `absent` names artifacts that the
 * managed release does not have (a dependency the catalog's newer version brings but an older
 * release did not). POM-only artifacts are kept out.
 */
export function resolveArtifacts(
  roots: { key: string; version?: string; scope: string; exclusions?: readonly string[] }[],
  managed: (key: string) => string | undefined = () => undefined,
  absent: (key: string) => boolean = () => false,
): ResolvedArtifact[] {
  const seen = new Map<string, ResolvedArtifact>();
  let level: { key: string; version?: string; scope: string; exclusions?: readonly string[] }[] =
    roots;
  for (let depth = 0; level.length > 0 && depth < 30; depth++) {
    const next: typeof level = [];
    for (const { key, version, scope, exclusions = [] } of level) {
      if (seen.has(key) || absent(key)) continue;
      const [group = '', artifact = ''] = key.split(':');
      const found = mavenArtifact(group, artifact, version ?? managed(key));
      if (found.packaging === 'pom') continue;
      seen.set(key, { ...found, depth, scope });
      // A declaration's <exclusions> cut those artifacts out of everything below it.
      for (const dep of found.depends)
        if (!seen.has(dep) && !excludes(exclusions, dep))
          next.push({ key: dep, scope, exclusions });
    }
    level = next;
  }
  return [...seen.values()];
}

/** Whether `group:artifact` patterns (`*` for any part) exclude a key. */
function excludes(patterns: readonly string[], key: string): boolean {
  const [group, artifact] = key.split(':');
  return patterns.some((p) => {
    const [g, a] = p.split(':');
    return (g === '*' || g === group) && (a === '*' || a === artifact);
  });
}

/** `org/springframework/boot/spring-boot/3.5.7` under a repository root. */
export function artifactDir(a: { group: string; artifact: string; version: string }): string {
  return `${a.group.replace(/\./g, '/')}/${a.artifact}/${a.version}`;
}

/** `spring-boot-3.5.7.jar` (or `.pom`). */
export function artifactFile(
  a: { artifact: string; version: string },
  extension: 'jar' | 'pom',
): string {
  return `${a.artifact}-${a.version}.${extension}`;
}
