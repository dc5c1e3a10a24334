/**
 * A multi-module build: the root POM's <modules>, each read from `<module>/pom.xml` and
 * inheriting the root's properties, dependency management and Spring Boot parent, ordered so
 * a module comes after the modules it depends on (the "Reactor Build Order"), and the
 * Reactor Summary's lines.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';
import { MavenFailure } from './maven-context';
import { loadProject, type MavenProject } from './maven-project';
import { parsePom } from './pom';

const LINE = 72;

export function loadReactor(fs: FileSystem, root: MavenProject): MavenProject[] | MavenFailure {
  const base = root.dir === '/' ? '' : root.dir;
  const modules: MavenProject[] = [];
  for (const name of root.pom.modules) {
    const dir = `${base}/${name}`;
    const text = readText(fs, `${dir}/pom.xml`);
    if (text === undefined)
      return new MavenFailure(
        `Child module ${dir} of ${base}/pom.xml does not exist`,
        'ProjectBuildingException',
      );
    const pom = parsePom(text);
    if ('error' in pom)
      return new MavenFailure('The build could not read 1 project', 'ProjectBuildingException');
    const inherits = pom.parent?.artifact === root.pom.artifact;
    const merged = inherits
      ? {
          ...pom,
          properties: { ...root.pom.properties, ...pom.properties },
          managed: [...root.pom.managed, ...pom.managed],
          plugins: [
            ...pom.plugins,
            ...root.pom.plugins.filter((p) => !pom.plugins.some((q) => q.artifact === p.artifact)),
          ],
        }
      : pom;
    const project = loadProject(merged, dir);
    modules.push({
      ...project,
      ...(inherits && root.boot && !project.boot ? { boot: root.boot } : {}),
      pomLabel: `${name}/pom.xml`,
    });
  }
  // Modules that others depend on first; otherwise as declared.
  const key = (p: MavenProject) => `${p.pom.group}:${p.pom.artifact}`;
  const ordered: MavenProject[] = [];
  const visit = (p: MavenProject, depth: number) => {
    if (ordered.includes(p) || depth > modules.length) return;
    for (const d of p.pom.dependencies) {
      const sibling = modules.find((m) => key(m) === `${d.group}:${d.artifact}`);
      if (sibling && sibling !== p) visit(sibling, depth + 1);
    }
    if (!ordered.includes(p)) ordered.push(p);
  };
  for (const m of modules) visit(m, 0);
  const all = [{ ...root, pomLabel: 'pom.xml' }, ...ordered];
  const jars = new Map(
    all.map((p) => [
      key(p),
      `${p.target}/${p.finalName}.${p.pom.packaging === 'war' ? 'war' : 'jar'}`,
    ]),
  );
  const everyModule = new Set(jars.keys());
  return all.map((p) => ({ ...p, reactor: jars, buildModules: everyModule }));
}

/** "common                                                             [jar]" */
export function buildOrderLine(project: MavenProject): string {
  const tag = `[${project.pom.packaging}]`;
  return `${project.pom.name}${' '.repeat(Math.max(1, LINE - project.pom.name.length - tag.length))}${tag}`;
}

/** "common ............................................. SUCCESS [  1.234 s]" (dots to column 52). */
export function summaryLine(project: MavenProject, status: string, ms: number | undefined): string {
  const time = ms === undefined ? '' : ` [${(ms / 1000).toFixed(3).padStart(7)} s]`;
  const name = `${project.pom.name} `;
  return `${name}${'.'.repeat(Math.max(0, 52 - name.length))} ${status}${time}`;
}

/**
 * The modules -pl selects (by folder, `:artifactId` or `groupId:artifactId`), with -am the
 * modules they depend on too; an unknown selector is Maven's error.
 */
export function selectModules(
  all: MavenProject[],
  selectors: string[],
  alsoMake: boolean,
): MavenProject[] | MavenFailure {
  const base = (all[0]?.dir ?? '/').replace(/\/$/, '');
  const key = (p: MavenProject) => `${p.pom.group}:${p.pom.artifact}`;
  const chosen = new Set<MavenProject>();
  for (const selector of selectors) {
    const found = all.find(
      (p) =>
        p.dir === `${base}/${selector.replace(/^\.\/|\/$/g, '')}` ||
        (selector.startsWith(':') && p.pom.artifact === selector.slice(1)) ||
        key(p) === selector,
    );
    if (!found)
      return new MavenFailure(
        `Could not find the selected project in the reactor: ${selector}`,
        'MavenExecutionException',
      );
    chosen.add(found);
  }
  if (alsoMake) {
    const add = (p: MavenProject) => {
      for (const d of p.pom.dependencies) {
        const sibling = all.find((m) => key(m) === `${d.group}:${d.artifact}`);
        if (sibling && !chosen.has(sibling)) {
          chosen.add(sibling);
          add(sibling);
        }
      }
      // A module's parent in the build is built first, as Maven does with -am.
      const parent = all.find((m) => m.pom.artifact === p.pom.parent?.artifact && m !== p);
      if (parent && !chosen.has(parent)) chosen.add(parent);
    };
    for (const p of [...chosen]) add(p);
  }
  const selected = all.filter((p) => chosen.has(p));
  // Modules outside the selection are not in this reactor: they come from a repository.
  const jars = new Map(
    [...(selected[0]?.reactor ?? new Map<string, string>())].filter(([k]) =>
      selected.some((p) => key(p) === k),
    ),
  );
  return selected.map((p) => ({ ...p, reactor: jars }));
}
