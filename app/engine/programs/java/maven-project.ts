/**
 * A Maven project as the build sees it after "Scanning for projects...": the POM, its parent
 * (Spring Boot's starter parent manages versions and plugin configuration), the plugin
 * versions in effect and the build plan: the mojo executions the asked phases and goals run,
 * in order.
 */
import { knownArtifact } from '../../catalog/ecosystems/maven';
import type { Pom } from './pom';
import { mavenBefore39, PHASES } from './maven-output';

export interface MavenProject {
  pom: Pom;
  dir: string;
  /** Spring Boot's version when the parent is spring-boot-starter-parent. */
  boot?: string;
  /** Where the build writes: ${project.build.directory}. */
  target: string;
  /** The jar's base name: finalName or artifactId-version. */
  finalName: string;
  /**
   * In a multi-module build, the other modules by `groupId:artifactId` and the jar each
   * builds: dependencies on them come from the reactor, not from a repository.
   */
  reactor?: Map<string, string>;
  /** Every module of the multi-module build, built in this run or not. */
  buildModules?: Set<string>;
  /** The POM's path relative to where Maven started ("pom.xml", "common/pom.xml"). */
  pomLabel?: string;
}

export interface Execution {
  prefix: string;
  group: string;
  artifact: string;
  version: string;
  goal: string;
  id: string;
}

type Versions = Record<string, string>;

/** Default lifecycle bindings' plugin versions (Maven 3.9.9+ and 3.8.x). */
const MAVEN_39: Versions = {
  clean: '3.2.0',
  resources: '3.3.1',
  compiler: '3.13.0',
  surefire: '3.2.5',
  jar: '3.4.1',
  war: '3.4.0',
  install: '3.1.2',
  deploy: '3.1.2',
  dependency: '3.8.1',
  shade: '3.6.1',
  assembly: '3.7.1',
  site: '3.12.1',
  help: '3.5.1',
  exec: '3.5.1',
  versions: '2.19.1',
  jib: '3.4.6',
};
const MAVEN_38: Versions = {
  ...MAVEN_39,
  clean: '2.5',
  resources: '2.6',
  compiler: '3.1',
  surefire: '2.12.4',
  jar: '2.4',
  install: '2.4',
  deploy: '2.7',
};
/** What spring-boot-starter-parent's pluginManagement pins. */
const BOOT: Versions = {
  clean: '3.4.1',
  resources: '3.3.1',
  compiler: '3.14.1',
  surefire: '3.5.4',
  jar: '3.4.2',
  war: '3.4.0',
  install: '3.1.4',
  deploy: '3.1.4',
  dependency: '3.8.1',
  shade: '3.6.1',
  assembly: '3.7.1',
};

/** Plugins whose prefix does not map to org.apache.maven.plugins:maven-<prefix>-plugin. */
const THIRD_PARTY: Record<string, { group: string; artifact: string }> = {
  'spring-boot': { group: 'org.springframework.boot', artifact: 'spring-boot-maven-plugin' },
  exec: { group: 'org.codehaus.mojo', artifact: 'exec-maven-plugin' },
  versions: { group: 'org.codehaus.mojo', artifact: 'versions-maven-plugin' },
  jib: { group: 'com.google.cloud.tools', artifact: 'jib-maven-plugin' },
  quarkus: { group: 'io.quarkus.platform', artifact: 'quarkus-maven-plugin' },
};

export function pluginArtifact(prefix: string): { group: string; artifact: string } {
  return (
    THIRD_PARTY[prefix] ?? { group: 'org.apache.maven.plugins', artifact: `maven-${prefix}-plugin` }
  );
}

function prefixOf(artifact: string): string {
  return (
    /^maven-(.+)-plugin$/.exec(artifact)?.[1] ??
    /^(.+)-maven-plugin$/.exec(artifact)?.[1] ??
    artifact
  );
}

export function loadProject(pom: Pom, dir: string): MavenProject {
  const boot =
    pom.parent?.group === 'org.springframework.boot' &&
    pom.parent.artifact === 'spring-boot-starter-parent'
      ? pom.parent.version
      : undefined;
  const target = `${dir === '/' ? '' : dir}/target`;
  return {
    pom,
    dir,
    ...(boot ? { boot } : {}),
    target,
    finalName: pom.finalName ?? `${pom.artifact}-${pom.version}`,
  };
}

/** The version of a plugin by prefix: the POM's, the parent's management, Maven's default. */
export function pluginVersion(project: MavenProject, prefix: string, mavenVersion: string): string {
  const declared = project.pom.plugins.find((p) => prefixOf(p.artifact) === prefix);
  if (declared?.version) return declared.version;
  if (prefix === 'spring-boot')
    return project.boot ?? knownArtifact('org.springframework.boot:spring-boot')?.version ?? '';
  // Maven 3.6 and 3.8 bind the same (older) default plugin versions.
  const maven = mavenBefore39(mavenVersion) ? MAVEN_38 : MAVEN_39;
  return (project.boot ? BOOT[prefix] : undefined) ?? maven[prefix] ?? '3.0.0';
}

function execution(
  project: MavenProject,
  mavenVersion: string,
  prefix: string,
  goal: string,
  id: string,
): Execution {
  return {
    prefix,
    ...pluginArtifact(prefix),
    version: pluginVersion(project, prefix, mavenVersion),
    goal,
    id,
  };
}

/** The executions bound to one phase for this project's packaging and plugins. */
function bound(project: MavenProject, phase: string, mavenVersion: string): Execution[] {
  const ex = (prefix: string, goal: string, id = `default-${goal}`) =>
    execution(project, mavenVersion, prefix, goal, id);
  const packaging = project.pom.packaging;
  const declared = (prefix: string) =>
    project.pom.plugins.some((p) => prefixOf(p.artifact) === prefix);
  if (packaging === 'pom')
    return phase === 'clean'
      ? [ex('clean', 'clean')]
      : phase === 'install'
        ? [ex('install', 'install')]
        : [];
  switch (phase) {
    case 'clean':
      return [ex('clean', 'clean')];
    case 'process-resources':
      return [ex('resources', 'resources')];
    case 'compile':
      return [ex('compiler', 'compile')];
    case 'process-test-resources':
      return [ex('resources', 'testResources')];
    case 'test-compile':
      return [ex('compiler', 'testCompile')];
    case 'test':
      return [ex('surefire', 'test')];
    case 'package': {
      const out = [packaging === 'war' ? ex('war', 'war') : ex('jar', 'jar')];
      if (declared('spring-boot'))
        out.push(ex('spring-boot', 'repackage', project.boot ? 'repackage' : 'default'));
      if (declared('shade')) out.push(ex('shade', 'shade', 'default'));
      if (declared('assembly')) out.push(ex('assembly', 'single', 'make-assembly'));
      if (declared('quarkus')) out.push(ex('quarkus', 'build', 'default'));
      return out;
    }
    case 'install':
      return [ex('install', 'install')];
    case 'deploy':
      return [ex('deploy', 'deploy')];
    case 'site':
      return [ex('site', 'site')];
    case 'site-deploy':
      return [ex('site', 'deploy')];
    default:
      return [];
  }
}

export type PlanEntry = Execution | { unknown: string };

/** The executions `mvn clean package` (phases and prefix:goal tasks) runs, in order. */
export function buildPlan(
  project: MavenProject,
  tasks: string[],
  mavenVersion: string,
): PlanEntry[] {
  const plan: PlanEntry[] = [];
  for (const task of tasks) {
    const lifecycle = Object.values(PHASES).find((phases) => phases.includes(task));
    if (lifecycle) {
      for (const phase of lifecycle.slice(0, lifecycle.indexOf(task) + 1))
        plan.push(...bound(project, phase, mavenVersion));
      continue;
    }
    const parts = task.split(':');
    if (parts.length === 2 || parts.length === 3 || parts.length === 4) {
      const goal = parts[parts.length - 1] as string;
      if (parts.length === 2) {
        plan.push(execution(project, mavenVersion, parts[0] as string, goal, 'default-cli'));
      } else {
        const [group = '', artifact = ''] = parts;
        plan.push({
          prefix: prefixOf(artifact),
          group,
          artifact,
          version:
            parts.length === 4
              ? (parts[2] as string)
              : pluginVersion(project, prefixOf(artifact), mavenVersion),
          goal,
          id: 'default-cli',
        });
      }
      continue;
    }
    plan.push({ unknown: task });
  }
  return plan;
}
