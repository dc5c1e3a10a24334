/**
 * The task graph the java, application and Spring Boot plugins add, in the order Gradle runs
 * it (dependencies first, in declaration order), with `-x` excluding a task and whatever only
 * it needed. Each task's outcome is what the plain console prints after "> Task :name".
 */
import type { GradleProject } from './gradle-project';

interface TaskDef {
  deps: string[];
  /** Lifecycle tasks (classes, assemble, build...) have no actions of their own. */
  lifecycle?: boolean;
}

export function taskGraph(project: GradleProject): Map<string, TaskDef> {
  const java = project.plugins.has('java');
  const boot = project.boot !== undefined || project.plugins.has('org.springframework.boot');
  const app = project.plugins.has('application');
  const war = project.plugins.has('war');
  const tasks = new Map<string, TaskDef>();
  tasks.set('clean', { deps: [] });
  tasks.set('dependencies', { deps: [] });
  tasks.set('help', { deps: [] });
  tasks.set('tasks', { deps: [] });
  if (!java) {
    tasks.set('assemble', { deps: [], lifecycle: true });
    tasks.set('check', { deps: [], lifecycle: true });
    tasks.set('build', { deps: ['assemble', 'check'], lifecycle: true });
    return tasks;
  }
  const kotlin = project.plugins.has('org.jetbrains.kotlin.jvm');
  if (kotlin) {
    tasks.set('checkKotlinGradlePluginConfigurationErrors', { deps: [] });
    tasks.set('compileKotlin', { deps: ['checkKotlinGradlePluginConfigurationErrors'] });
    tasks.set('compileTestKotlin', { deps: ['classes'] });
  }
  tasks.set('compileJava', { deps: kotlin ? ['compileKotlin'] : [] });
  tasks.set('processResources', { deps: [] });
  tasks.set('classes', { deps: ['compileJava', 'processResources'], lifecycle: true });
  tasks.set('jar', { deps: ['classes'] });
  const assemble: string[] = [];
  if (boot) {
    tasks.set('resolveMainClassName', { deps: ['classes'] });
    tasks.set(war ? 'bootWar' : 'bootJar', { deps: ['classes', 'resolveMainClassName'] });
    assemble.push(war ? 'bootWar' : 'bootJar');
    tasks.set('bootRun', { deps: ['classes', 'resolveMainClassName'] });
  }
  if (war) {
    tasks.set('war', { deps: ['classes'] });
    assemble.push('war');
  }
  assemble.push('jar');
  if (app) {
    tasks.set('startScripts', { deps: ['jar'] });
    tasks.set('distTar', { deps: ['jar', 'startScripts'] });
    tasks.set('distZip', { deps: ['jar', 'startScripts'] });
    tasks.set('installDist', { deps: ['jar', 'startScripts'] });
    tasks.set('run', { deps: ['classes'] });
    assemble.push('distTar', 'distZip');
  }
  tasks.set('assemble', { deps: assemble, lifecycle: true });
  tasks.set('compileTestJava', { deps: kotlin ? ['classes', 'compileTestKotlin'] : ['classes'] });
  tasks.set('processTestResources', { deps: [] });
  tasks.set('testClasses', { deps: ['compileTestJava', 'processTestResources'], lifecycle: true });
  tasks.set('test', { deps: ['classes', 'testClasses'] });
  tasks.set('check', { deps: ['test'], lifecycle: true });
  tasks.set('build', { deps: ['assemble', 'check'], lifecycle: true });
  return tasks;
}

/** Gradle's name matching: exact, else a unique camel-case abbreviation ("bJ" → bootJar). */
export function matchTask(graph: Map<string, TaskDef>, name: string): string | undefined {
  const wanted = name.replace(/^:/, '');
  if (graph.has(wanted)) return wanted;
  const parts = wanted.split(/(?=[A-Z])/);
  const pattern = new RegExp(`^${parts.map((p) => `${p}[a-z0-9]*`).join('')}$`);
  const found = [...graph.keys()].filter((k) => pattern.test(k));
  return found.length === 1 ? found[0] : undefined;
}

/** The tasks to run for the requested ones, dependencies first, `excluded` left out. */
export function executionOrder(
  graph: Map<string, TaskDef>,
  requested: string[],
  excluded: Set<string>,
): string[] {
  const order: string[] = [];
  const visit = (name: string) => {
    if (excluded.has(name) || order.includes(name)) return;
    const def = graph.get(name);
    if (!def) return;
    for (const dep of def.deps) visit(dep);
    order.push(name);
  };
  // `clean` runs before anything else asked for with it.
  for (const name of requested) visit(name);
  return order;
}

export function isLifecycle(graph: Map<string, TaskDef>, name: string): boolean {
  return graph.get(name)?.lifecycle === true;
}

/** "45s", "1m 5s", as BUILD SUCCESSFUL in ... prints it. */
export function gradleDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
