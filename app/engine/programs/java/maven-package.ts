/**
 * The mojos from `package` on: jar (with target/maven-archiver/pom.properties), Spring Boot's
 * repackage (the executable jar holding every runtime dependency, and the plain one kept as
 * .jar.original), shade and assembly's fat jars, war, install into the local repository,
 * deploy (which needs a repository), and the dependency plugin's go-offline and resolve.
 */
import {
  artifactDir,
  type MavenArtifact,
  type ResolvedArtifact,
} from '../../catalog/ecosystems/maven';
import { exists, fileSize, readText, walkFiles, writeText } from '../common/fs-helpers';
import { fnv1a } from '../../catalog/util/hash';
import { writeBootJar } from './boot-jar';
import { readJar, writeJar, type JarInfo } from './jar-files';
import { flag, info, mojoFailure, sources, spend, warn, type MojoContext } from './maven-context';
import { coordinates, fetchAll, pluginArtifacts, projectDependencies } from './maven-deps';
import type { Execution } from './maven-project';
import { javaDate } from './maven-repo';

function jarPath(ctx: MojoContext, suffix = ''): string {
  const ext = ctx.project.pom.packaging === 'war' ? 'war' : 'jar';
  return `${ctx.project.target}/${ctx.project.finalName}${suffix}.${ext}`;
}

/**
 * Where maven-assembly-plugin writes: `<finalName>` of its configuration (else the project's)
 * plus `-<assembly id>` (the descriptorRef, jar-with-dependencies) unless `<appendAssemblyId>`
 * is false, in which case the assembly becomes the main artifact instead of an attached one.
 */
export function assemblyPath(
  ctx: MojoContext,
  config: string,
): { path: string; attached: boolean } {
  const finalName = /<finalName>\s*([^<\s]+)\s*<\/finalName>/.exec(config)?.[1];
  const id = /<descriptorRef>\s*([^<\s]+)\s*<\/descriptorRef>/.exec(config)?.[1];
  const attached = !/<appendAssemblyId>\s*false\s*<\/appendAssemblyId>/.test(config);
  const base = finalName ?? ctx.project.finalName;
  const suffix = attached ? `-${id ?? 'jar-with-dependencies'}` : '';
  return { path: `${ctx.project.target}/${base}${suffix}.jar`, attached };
}

/** The main class a launcher would pick: the @SpringBootApplication one, else any main(). */
function mainClass(ctx: MojoContext): string | undefined {
  const list = sources(ctx, 'main').filter((s) => s.hasMain);
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  const boot = list.find((s) =>
    /@SpringBootApplication/.test(readText(ctx.io.fs, `${base}/src/main/java/${s.path}`) ?? ''),
  );
  return (boot ?? list[0])?.mainClass;
}

function pluginConfig(ctx: MojoContext, prefix: string): string {
  const artifact = prefix === 'spring-boot' ? 'spring-boot-maven-plugin' : `maven-${prefix}-plugin`;
  return ctx.project.pom.plugins.find((p) => p.artifact === artifact)?.configuration ?? '';
}

export function jar(ctx: MojoContext): void {
  const classes = walkFiles(ctx.io.fs, `${ctx.project.target}/classes`);
  const bytes = classes.reduce((sum, f) => sum + f.size, 0);
  const path = jarPath(ctx);
  const configured = /<mainClass>\s*([^<\s]+)/.exec(pluginConfig(ctx, 'jar'))?.[1];
  if (classes.length === 0)
    ctx.io.stdout('[WARNING] JAR will be empty - no content was marked for inclusion!\n');
  info(ctx, `Building ${ctx.project.pom.packaging === 'war' ? 'war' : 'jar'}: ${path}`);
  const info_: JarInfo = { kind: 'plain', ...(configured ? { mainClass: configured } : {}) };
  writeJar(
    ctx.io.fs,
    path,
    info_,
    Math.round(bytes * 0.55) + 1200 + classes.length * 90,
    `${path}:${bytes}:${classes.length}`,
  );
  writeText(
    ctx.io.fs,
    `${ctx.project.target}/maven-archiver/pom.properties`,
    `artifactId=${ctx.project.pom.artifact}\ngroupId=${ctx.project.pom.group}\nversion=${ctx.project.pom.version}\n`,
  );
  spend(ctx, 300 + classes.length * 4);
}

/** What a repository serves: not the other modules of this build. */
function external(ctx: MojoContext, deps: ResolvedArtifact[]): ResolvedArtifact[] {
  return deps.filter((d) => !ctx.project.reactor?.has(`${d.group}:${d.artifact}`));
}

function runtimeJars(ctx: MojoContext): ResolvedArtifact[] {
  const excluded = new Set(['spring-boot-devtools', 'spring-boot-docker-compose', 'lombok']);
  const external = projectDependencies(ctx.project, 'runtime').filter(
    (a) => !excluded.has(a.artifact),
  );
  // Other modules of the build, as the reactor built them (target/<name>.jar).
  const siblings = ctx.project.pom.dependencies
    .filter((d) => ['compile', 'runtime'].includes(d.scope))
    .flatMap((d): ResolvedArtifact[] => {
      const jarFile = ctx.project.reactor?.get(`${d.group}:${d.artifact}`);
      if (!jarFile) return [];
      const version = d.version ?? ctx.project.pom.version;
      return [
        {
          group: d.group,
          artifact: d.artifact,
          version,
          packaging: 'jar',
          jarSize: fileSize(ctx.io.fs, jarFile),
          pomSize: 0,
          depends: [],
          depth: 0,
          scope: d.scope,
        },
      ];
    });
  return [...siblings, ...external];
}

export function repackage(ctx: MojoContext, ex: Execution): void {
  const path = jarPath(ctx);
  if (flag(ctx, 'spring-boot.repackage.skip')) {
    info(ctx, 'Skipping execution');
    return;
  }
  const main =
    /<mainClass>\s*([^<\s]+)/.exec(pluginConfig(ctx, 'spring-boot'))?.[1] ?? mainClass(ctx);
  if (!main)
    throw mojoFailure(
      ctx,
      ex,
      `Execution ${ex.id} of goal ${ex.group}:${ex.artifact}:${ex.version}:${ex.goal} failed: Unable to find main class`,
    );
  const deps = runtimeJars(ctx);
  fetchAll(ctx.repo, external(ctx, deps));
  const copied = ctx.io.fs.readFile(path);
  if (copied.ok && copied.value.node.kind === 'file') {
    const node = copied.value.node;
    ctx.io.fs.writeFile(`${path}.original`, { blob: node.blob ?? path, size: node.size });
  }
  writeBootJar(
    ctx.io.fs,
    path,
    {
      classRoots: [`${ctx.project.target}/classes`],
      libraries: deps,
      bootVersion: ex.version,
      mainClass: main,
    },
    `${path}:${main}:${deps.length}`,
  );
  info(
    ctx,
    `Replacing main artifact ${path} with repackaged archive, adding nested dependencies in BOOT-INF/.`,
    `The original artifact has been renamed to ${path}.original`,
  );
  spend(ctx, 600 + deps.length * 15);
}

export function fatJar(ctx: MojoContext, kind: 'shade' | 'assembly'): void {
  const deps = runtimeJars(ctx);
  fetchAll(ctx.repo, external(ctx, deps));
  const path = jarPath(ctx);
  const configured = /<mainClass>\s*([^<\s]+)/.exec(pluginConfig(ctx, kind))?.[1];
  const size =
    fileSize(ctx.io.fs, path) + Math.round(deps.reduce((s, d) => s + d.jarSize, 0) * 0.97);
  const jarInfo: JarInfo = { kind: 'shaded', ...(configured ? { mainClass: configured } : {}) };
  if (kind === 'shade') {
    for (const d of deps) info(ctx, `Including ${coordinates(d)} in the shaded jar.`);
    const original = `${ctx.project.target}/original-${ctx.project.finalName}.jar`;
    const read = ctx.io.fs.readFile(path);
    if (read.ok && read.value.node.kind === 'file')
      ctx.io.fs.writeFile(original, { blob: read.value.node.blob ?? path, size: read.value.size });
    writeJar(ctx.io.fs, path, jarInfo, size, `${path}:shaded:${deps.length}`);
    info(ctx, 'Replacing original artifact with shaded artifact.');
  } else {
    const out = assemblyPath(ctx, pluginConfig(ctx, kind));
    info(ctx, `Building jar: ${out.path}`);
    if (!out.attached) {
      // The plugin's two warnings, each one message over several lines.
      const main = exists(ctx.io.fs, path) ? path : `${ctx.project.target}/classes`;
      warn(
        ctx,
        [
          "Configuration option 'appendAssemblyId' is set to false.",
          `Instead of attaching the assembly file: ${out.path}, it will become the file for main project artifact.`,
          'NOTE: If multiple descriptors or descriptor-formats are provided for this project, the value of this file will be non-deterministic!',
        ].join('\n'),
        `Replacing pre-existing project main-artifact file: ${main}\nwith assembly file: ${out.path}`,
      );
    }
    writeJar(ctx.io.fs, out.path, jarInfo, size, `${out.path}:assembly:${deps.length}`);
  }
  spend(ctx, 800 + deps.length * 25);
}

export function install(ctx: MojoContext): void {
  const pom = ctx.project.pom;
  const dir = `${ctx.repo.root}/${artifactDir({ group: pom.group, artifact: pom.artifact, version: pom.version })}`;
  const base = `${pom.artifact}-${pom.version}`;
  const pomFile = `${ctx.project.dir === '/' ? '' : ctx.project.dir}/pom.xml`;
  info(ctx, `Installing ${pomFile} to ${dir}/${base}.pom`);
  writeText(ctx.io.fs, `${dir}/${base}.pom`, readText(ctx.io.fs, pomFile) ?? '');
  const built = jarPath(ctx);
  const files = [`${base}.pom`];
  if (pom.packaging !== 'pom' && exists(ctx.io.fs, built)) {
    const ext = pom.packaging === 'war' ? 'war' : 'jar';
    info(ctx, `Installing ${built} to ${dir}/${base}.${ext}`);
    const jarInfo = readJar(ctx.io.fs, built);
    writeJar(
      ctx.io.fs,
      `${dir}/${base}.${ext}`,
      typeof jarInfo === 'string' ? { kind: 'plain' } : jarInfo,
      fileSize(ctx.io.fs, built),
      `${built}:installed`,
    );
    files.push(`${base}.${ext}`);
  }
  writeText(
    ctx.io.fs,
    `${dir}/_remote.repositories`,
    `#NOTE: This is a Maven Resolver internal implementation file, its format can be changed without prior notice.\n#${javaDate(ctx.io.now + ctx.log.elapsed)}\n${files.map((f) => `${f}>=\n`).join('')}`,
  );
  if (pom.version.endsWith('-SNAPSHOT'))
    writeText(
      ctx.io.fs,
      `${dir}/maven-metadata-local.xml`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<metadata modelVersion="1.1.0">\n  <groupId>${pom.group}</groupId>\n  <artifactId>${pom.artifact}</artifactId>\n  <version>${pom.version}</version>\n  <versioning>\n    <snapshot>\n      <localCopy>true</localCopy>\n    </snapshot>\n  </versioning>\n</metadata>\n`,
    );
  spend(ctx, 150);
}

export function deploy(ctx: MojoContext, ex: Execution): void {
  throw mojoFailure(
    ctx,
    ex,
    'Deployment failed: repository element was not specified in the POM inside distributionManagement element or in -DaltDeploymentRepository=id::url parameter',
  );
}

/** Every plugin the build's lifecycle uses, as go-offline resolves them. */
export function goOffline(ctx: MojoContext, plugins: Execution[]): void {
  const resolved = new Map<string, MavenArtifact>();
  for (const p of plugins) {
    const set = pluginArtifacts(p.group, p.artifact, p.version);
    fetchAll(ctx.repo, set);
    for (const a of set) resolved.set(`${a.artifact}-${a.version}.jar`, a);
  }
  const deps = projectDependencies(ctx.project, 'test');
  fetchAll(ctx.repo, deps);
  // The plugin lists each file once, in the order of the hash set it collects them in.
  const hashed = (names: string[]) =>
    [...new Set(names)].sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b));
  for (const name of hashed([...resolved.keys()])) info(ctx, `Resolved plugin: ${name}`);
  for (const name of hashed(deps.map((d) => `${d.artifact}-${d.version}.jar`)))
    info(ctx, `Resolved dependency: ${name}`);
  spend(ctx, 200);
}

export function resolve(ctx: MojoContext): void {
  const deps = projectDependencies(ctx.project, 'test');
  fetchAll(ctx.repo, deps);
  info(ctx, '', 'The following files have been resolved:');
  const lines = deps.map((d) => `   ${coordinates(d)}:${d.scope}`).sort();
  info(ctx, ...(lines.length > 0 ? lines : ['   none']), '');
}

/** dependency:copy-dependencies: the runtime (and test) libraries into target/dependency. */
export function copyDependencies(ctx: MojoContext): void {
  const scope = ctx.props.includeScope ?? 'test';
  const deps = projectDependencies(
    ctx.project,
    scope === 'runtime' || scope === 'compile' ? 'runtime' : 'test',
  );
  fetchAll(ctx.repo, deps);
  const into = ctx.props.outputDirectory ?? `${ctx.project.target}/dependency`;
  for (const d of deps) {
    const file = `${d.artifact}-${d.version}.jar`;
    info(ctx, `Copying ${file} to ${into}/${file}`);
    writeJar(
      ctx.io.fs,
      `${into}/${file}`,
      { kind: 'library' },
      d.jarSize,
      `maven:${d.group}:${d.artifact}:${d.version}:jar`,
    );
  }
  spend(ctx, 100 + deps.length * 10);
}

/** help:evaluate -Dexpression=project.version -q -DforceStdout: the value alone. */
export function evaluate(ctx: MojoContext, ex: Execution): void {
  const expression = ctx.props.expression;
  if (!expression) throw mojoFailure(ctx, ex, 'No expression given');
  const pom = ctx.project.pom;
  const values: Record<string, string> = {
    ...ctx.props,
    'project.version': pom.version,
    'project.groupId': pom.group,
    'project.artifactId': pom.artifact,
    'project.name': pom.name,
    'project.packaging': pom.packaging,
    'project.build.finalName': ctx.project.finalName,
    'project.build.directory': ctx.project.target,
    'project.basedir': ctx.project.dir,
    ...(pom.parent ? { 'project.parent.version': pom.parent.version } : {}),
  };
  const value =
    values[expression.replace(/^\$\{(.*)\}$/, '$1')] ?? 'null object or invalid expression';
  if (flag(ctx, 'forceStdout')) ctx.io.stdout(value);
  else info(ctx, value);
}
