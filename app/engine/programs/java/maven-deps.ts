/**
 * A Maven project's dependencies: declared versions win, then what the parent's BOM manages
 * (spring-boot-dependencies: Boot's own artifacts at the parent's version, Spring Framework,
 * Tomcat, Jackson, Logback... at that Boot line's versions: `boot-lines.ts`), then the
 * catalog's version. Resolution is transitive and nearest-first; each
 * artifact is fetched into the local repository when a mojo first needs it.
 */
import {
  mavenArtifact,
  resolveArtifacts,
  type MavenArtifact,
  type ResolvedArtifact,
} from '../../catalog/ecosystems/maven';
import { absentInBootLine, bootManagedVersion } from './boot-lines';
import type { MavenProject } from './maven-project';
import type { LocalRepository, Missing } from './maven-repo';

export type Need = 'compile' | 'runtime' | 'test';

const SCOPES: Record<Need, string[]> = {
  compile: ['compile', 'provided', 'system'],
  runtime: ['compile', 'runtime'],
  test: ['compile', 'provided', 'system', 'runtime', 'test'],
};

/** The version the project's dependencyManagement (or its parent's BOM) gives a key. */
export function managedVersion(project: MavenProject, key: string): string | undefined {
  const own = project.pom.managed.find((d) => `${d.group}:${d.artifact}` === key && d.version);
  if (own?.version) return own.version;
  const boot = project.boot ? bootManagedVersion(project.boot, key) : undefined;
  if (boot) return boot;
  // An imported BOM (quarkus-bom, spring-cloud-dependencies...) manages its family's artifacts:
  // those whose groupId shares its first two parts, at the BOM's version.
  const family = (group: string) => group.split('.').slice(0, 2).join('.');
  const bom = importedBoms(project).find(
    (b) => family(b.group) === family(key.split(':')[0] ?? ''),
  );
  return bom?.version;
}

/** The BOMs <dependencyManagement> imports (type pom, scope import). */
export function importedBoms(
  project: MavenProject,
): { group: string; artifact: string; version: string }[] {
  return project.pom.managed.flatMap((d) =>
    d.scope === 'import' && d.type === 'pom' && d.version
      ? [{ group: d.group, artifact: d.artifact, version: d.version }]
      : [],
  );
}

/** The POMs "Scanning for projects..." reads: the parent chain and the BOMs it imports. */
export function parentChain(project: MavenProject): MavenArtifact[] {
  const boms = importedBoms(project).map((b) => ({
    ...mavenArtifact(b.group, b.artifact, b.version),
    packaging: 'pom' as const,
    jarSize: 0,
  }));
  const parent = project.pom.parent;
  if (!parent) return boms;
  const out: MavenArtifact[] = [];
  const queue: MavenArtifact[] = [mavenArtifact(parent.group, parent.artifact, parent.version)];
  while (queue.length > 0 && out.length < 20) {
    const next = queue.shift() as MavenArtifact;
    if (out.some((a) => a.group === next.group && a.artifact === next.artifact)) continue;
    out.push(next);
    // A parent's own parent and the BOMs it imports are POM-only catalog entries, at the
    // versions the Boot release imports them.
    for (const dep of next.packaging === 'pom' ? next.depends : []) {
      const [g = '', a = ''] = dep.split(':');
      const bomVersion =
        g === 'org.springframework.boot'
          ? next.version
          : project.boot
            ? bootManagedVersion(project.boot, dep)
            : undefined;
      queue.push(mavenArtifact(g, a, bomVersion));
    }
  }
  return [...out, ...boms];
}

/** The project's resolved dependencies for a need, without fetching anything. */
export function projectDependencies(project: MavenProject, need: Need): ResolvedArtifact[] {
  const roots = project.pom.dependencies
    .filter((d) => SCOPES[need].includes(d.scope) && d.type !== 'pom')
    .filter((d) => need !== 'runtime' || !d.optional)
    .filter((d) => !project.reactor?.has(`${d.group}:${d.artifact}`))
    // Declared (compile) dependencies first, so their transitive set takes compile scope.
    .sort((a, b) => Number(a.scope === 'test') - Number(b.scope === 'test'))
    .map((d) => ({
      key: `${d.group}:${d.artifact}`,
      ...(d.version ? { version: d.version } : {}),
      scope: d.scope,
      ...(d.exclusions ? { exclusions: d.exclusions } : {}),
    }));
  const boot = project.boot;
  return resolveArtifacts(
    roots,
    (key) => managedVersion(project, key),
    (key) => boot !== undefined && absentInBootLine(boot, key),
  );
}

/** Fetches the POMs and jars of a dependency set; the first missing one offline. */
export function fetchAll(repo: LocalRepository, artifacts: MavenArtifact[]): Missing | undefined {
  for (const a of artifacts) {
    const missing = repo.fetch(a, false);
    if (missing) return missing;
  }
  return repo.fetchJars(artifacts);
}

/**
 * A plugin with what it needs to run (its catalog dependencies, transitively). Boot's own
 * plugin depends on the libraries of its release (spring-core 5.3 for 2.7.x).
 */
export function pluginArtifacts(
  group: string,
  artifact: string,
  version: string,
): ResolvedArtifact[] {
  return resolveArtifacts(
    [{ key: `${group}:${artifact}`, version, scope: 'plugin' }],
    bootRelease(group, version),
  );
}

/** For an artifact of Boot's own group, the managed versions of its release. */
function bootRelease(
  group: string,
  version: string,
): ((key: string) => string | undefined) | undefined {
  return group === 'org.springframework.boot'
    ? (key) => bootManagedVersion(version, key)
    : undefined;
}

/** "org.example:lib:jar:1.0" as Maven's messages name an artifact. */
export function coordinates(a: MavenArtifact, extension: string = a.packaging): string {
  return `${a.group}:${a.artifact}:${extension}:${a.version}`;
}

/** Maven's words for what offline mode lacks. */
export function offlineMessage(missing: Missing): string {
  return `Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact ${coordinates(missing.artifact, missing.extension)} has not been downloaded from it before.`;
}
