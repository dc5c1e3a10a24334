/**
 * The mojos up to `test`: clean, resources, compiler and surefire. Classes are written to
 * target/classes with plausible sizes; tests are listed, not run (a note says so).
 */
import { bootLine } from './boot-lines';
import { copyFileTree } from './copy-tree';
import { classSize, type JavaSource } from './jar-files';
import { fetchAll, projectDependencies } from './maven-deps';
import {
  flag,
  info,
  mojoFailure,
  relative,
  resources,
  sources,
  spend,
  warn,
  type MojoContext,
} from './maven-context';
import type { Execution } from './maven-project';
import { offlineMessage, coordinates } from './maven-deps';
import { MavenFailure } from './maven-context';
import { exists, isDir, removeTree, writeBlob, writeText } from '../common/fs-helpers';
import { mavenArtifact } from '../../catalog/ecosystems/maven';

export function clean(ctx: MojoContext): void {
  if (!isDir(ctx.io.fs, ctx.project.target)) return;
  info(ctx, `Deleting ${ctx.project.target}`);
  removeTree(ctx.io.fs, ctx.project.target);
  spend(ctx, 120);
}

export function copyResources(ctx: MojoContext, tree: 'main' | 'test'): void {
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  const dir = `${base}/src/${tree}/resources`;
  if (tree === 'test' && flag(ctx, 'maven.test.skip')) {
    info(ctx, 'Not copying test resources');
    return;
  }
  const into = `${ctx.project.target}/${tree === 'main' ? 'classes' : 'test-classes'}`;
  if (!isDir(ctx.io.fs, dir)) {
    info(ctx, `skip non existing resourceDirectory ${dir}`);
    return;
  }
  const files = resources(ctx, tree);
  const plural = (n: number) =>
    `Copying ${n} resource${n > 1 ? 's' : ''} from ${relative(ctx, dir)} to ${relative(ctx, into)}`;
  if (ctx.project.boot && tree === 'main') {
    // The Boot parent filters application*.{properties,yml,yaml} apart from the rest.
    const filtered = files.filter((f) => /\/application[^/]*\.(properties|ya?ml)$/.test(f.path));
    info(ctx, plural(filtered.length), plural(files.length - filtered.length));
  } else info(ctx, plural(files.length));
  copyFileTree(ctx.io.fs, dir, into);
  spend(ctx, 40 + files.length * 5);
}

/** javac's options as the compiler plugin reports them ("debug parameters release 21"). */
function javacOptions(ctx: MojoContext): { words: string; release: number; legacy: boolean } {
  const p = ctx.props;
  // Boot 3's parent compiles with maven.compiler.release=${java.version} (17 by default);
  // Boot 2's set source and target from java.version (1.8 by default).
  const boot3 = ctx.project.boot !== undefined && bootLine(ctx.project.boot).line.major >= 3;
  const release = p['maven.compiler.release'] ?? (boot3 ? (p['java.version'] ?? '17') : undefined);
  const debug = ctx.project.boot ? 'debug parameters' : 'debug';
  if (release)
    return { words: `${debug} release ${release}`, release: Number(release), legacy: false };
  const target = p['maven.compiler.target'] ?? p['java.version'] ?? '1.8';
  const major = Number(target.replace(/^1\./, ''));
  return { words: `${debug} target ${target}`, release: major, legacy: major <= 8 };
}

function writeClasses(ctx: MojoContext, list: JavaSource[], into: string): void {
  for (const source of list)
    writeBlob(
      ctx.io.fs,
      `${into}/${source.className.replace(/\./g, '/')}.class`,
      `javac:${source.className}:${source.size}`,
      classSize(source),
    );
}

export function compile(ctx: MojoContext, ex: Execution, tree: 'main' | 'test'): void {
  if (tree === 'test' && flag(ctx, 'maven.test.skip')) {
    info(ctx, 'Not compiling test sources');
    return;
  }
  unbuiltModules(ctx);
  const missing = fetchAll(
    ctx.repo,
    projectDependencies(ctx.project, tree === 'main' ? 'compile' : 'test'),
  );
  if (missing)
    throw new MavenFailure(
      `Failed to execute goal on project ${ctx.project.pom.artifact}: Could not resolve dependencies for project ${ctx.project.pom.group}:${ctx.project.pom.artifact}:${ctx.project.pom.packaging}:${ctx.project.pom.version}: The following artifacts could not be resolved: ${coordinates(missing.artifact, missing.extension)} (absent): ${offlineMessage(missing)}`,
      'DependencyResolutionException',
    );
  const list = sources(ctx, tree);
  const into = `${ctx.project.target}/${tree === 'main' ? 'classes' : 'test-classes'}`;
  const status = `${ctx.project.target}/maven-status/maven-compiler-plugin/${tree === 'main' ? 'compile/default-compile' : 'testCompile/default-testCompile'}`;
  if (list.length === 0) {
    info(ctx, 'No sources to compile');
    return;
  }
  const options = javacOptions(ctx);
  if (options.release > ctx.jdk.major)
    throw mojoFailure(
      ctx,
      ex,
      `Fatal error compiling: error: release version ${options.release} not supported`,
    );
  if (
    exists(ctx.io.fs, `${status}/createdFiles.lst`) &&
    list.every((s) => exists(ctx.io.fs, `${into}/${s.className.replace(/\./g, '/')}.class`))
  ) {
    info(ctx, 'Nothing to compile - all classes are up to date.');
    return;
  }
  info(ctx, ...compilingLines(ex.version, tree, list.length, options.words, into, ctx));
  if (options.legacy && ctx.jdk.major >= 9) {
    warn(
      ctx,
      `bootstrap class path is not set in conjunction with -source 8\n  not setting the bootstrap class path may lead to class files that cannot run on JDK 8\n    --release 8 is recommended instead of -source 8 -target 1.8 because it sets the bootstrap class path automatically`,
    );
    if (ctx.jdk.major >= 21)
      warn(
        ctx,
        'source value 8 is obsolete and will be removed in a future release',
        'target value 8 is obsolete and will be removed in a future release',
        'To suppress warnings about obsolete options, use -Xlint:-options.',
      );
  }
  writeClasses(ctx, list, into);
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  writeText(
    ctx.io.fs,
    `${status}/createdFiles.lst`,
    list.map((s) => `${s.className.replace(/\./g, '/')}.class\n`).join(''),
  );
  writeText(
    ctx.io.fs,
    `${status}/inputFiles.lst`,
    list.map((s) => `${base}/src/${tree}/java/${s.path}\n`).join(''),
  );
  if (tree === 'main')
    writeText(ctx.io.fs, `${ctx.project.target}/generated-sources/annotations/.keep`, '');
  spend(ctx, 1800 + list.length * 120);
}

const TEST_NAME = /(^|\/)(Test[^/]*|[^/]*Tests?|[^/]*TestCase)\.(java|kt)$/;

export function test(ctx: MojoContext): void {
  if (flag(ctx, 'skipTests') || flag(ctx, 'maven.test.skip')) {
    info(ctx, 'Tests are skipped.');
    return;
  }
  const tests = sources(ctx, 'test').filter((s) => TEST_NAME.test(s.path));
  if (tests.length === 0) {
    info(ctx, 'No tests to run.');
    return;
  }
  const deps = projectDependencies(ctx.project, 'test');
  const platform = deps.some((d) => d.group === 'org.junit.jupiter');
  const provider = platform ? 'junitplatform.JUnitPlatformProvider' : 'junit4.JUnit4Provider';
  info(ctx, `Using auto detected provider org.apache.maven.surefire.${provider}`);
  const version = ctx.project.boot ? '3.5.4' : '3.2.5';
  fetchAll(ctx.repo, [
    mavenArtifact(
      'org.apache.maven.surefire',
      platform ? 'surefire-junit-platform' : 'surefire-junit4',
      version,
    ),
  ]);
  info(
    ctx,
    '',
    '-------------------------------------------------------',
    ' T E S T S',
    '-------------------------------------------------------',
  );
  let total = 0;
  const reports = `${ctx.project.target}/surefire-reports`;
  for (const t of tests) {
    const count = Math.max(1, countTests(ctx, t));
    const seconds = (0.05 + count * 0.02 + (ctx.project.boot ? 1.8 : 0)).toFixed(3);
    info(
      ctx,
      `Running ${t.className}`,
      `Tests run: ${count}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ${seconds} s -- in ${t.className}`,
    );
    writeText(
      ctx.io.fs,
      `${reports}/${t.className}.txt`,
      `-------------------------------------------------------------------------------\nTest set: ${t.className}\n-------------------------------------------------------------------------------\nTests run: ${count}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ${seconds} s -- in ${t.className}\n`,
    );
    writeBlob(
      ctx.io.fs,
      `${reports}/TEST-${t.className}.xml`,
      `surefire:${t.className}`,
      6000 + count * 400,
    );
    total += count;
    spend(ctx, Math.round(Number(seconds) * 1000));
  }
  info(ctx, '', 'Results:', '', `Tests run: ${total}, Failures: 0, Errors: 0, Skipped: 0`, '');
  ctx.io.note(
    'Maven did not run the tests: the simulation lists the test classes and reports them as passing.',
  );
}

function countTests(ctx: MojoContext, t: { path: string }): number {
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  const read = ctx.io.fs.readFile(`${base}/src/test/java/${t.path}`);
  const text = read.ok ? (read.value.text ?? '') : '';
  return (text.match(/@(Test|ParameterizedTest)\b/g) ?? []).length;
}

/**
 * Modules of this build left out of the run (-pl without -am) come from the local repository
 * (after `mvn install`) or not at all: central has never heard of them.
 */
function unbuiltModules(ctx: MojoContext): void {
  const { pom, reactor, buildModules } = ctx.project;
  for (const d of pom.dependencies) {
    const key = `${d.group}:${d.artifact}`;
    if (!buildModules?.has(key) || reactor?.has(key)) continue;
    const a = mavenArtifact(d.group, d.artifact, d.version ?? pom.version);
    if (ctx.repo.has(a, 'jar')) continue;
    const url = `https://repo.maven.apache.org/maven2/${d.group.replace(/\./g, '/')}/${d.artifact}/${a.version}/${d.artifact}-${a.version}`;
    if (ctx.log.transfers) ctx.io.stdout(`Downloading from central: ${url}.pom\n`);
    warn(
      ctx,
      `The POM for ${d.group}:${d.artifact}:jar:${a.version} is missing, no dependency information available`,
    );
    if (ctx.log.transfers) ctx.io.stdout(`Downloading from central: ${url}.jar\n`);
    throw new MavenFailure(
      `Failed to execute goal on project ${pom.artifact}: Could not resolve dependencies for project ${pom.group}:${pom.artifact}:${pom.packaging}:${pom.version}: The following artifacts could not be resolved: ${d.group}:${d.artifact}:jar:${a.version} (absent): Could not find artifact ${d.group}:${d.artifact}:jar:${a.version} in central (https://repo.maven.apache.org/maven2)`,
      'DependencyResolutionException',
    );
  }
}

/**
 * How maven-compiler-plugin announces a compilation, by its version: before 3.11 (3.1 of
 * Maven 3.8's default bindings, 3.8.1 of Spring Boot 2) "Changes detected - recompiling the
 * module!" and the absolute output folder; 3.11 adds the reason and javac's options; 3.12 on
 * words the reason in full.
 */
export function compilingLines(
  pluginVersion: string,
  tree: 'main' | 'test',
  n: number,
  words: string,
  into: string,
  ctx: MojoContext,
): string[] {
  const files = `${n} source file${n > 1 ? 's' : ''}`;
  const [major = 0, minor = 0] = pluginVersion.split('.').map(Number);
  const before = (m: number) => major < 3 || (major === 3 && minor < m);
  if (before(11))
    return ['Changes detected - recompiling the module!', `Compiling ${files} to ${into}`];
  const modern = `Compiling ${files} with javac [${words}] to ${relative(ctx, into)}`;
  if (before(12))
    return [
      `Changes detected - recompiling the module! :${tree === 'main' ? 'source' : 'dependency'}`,
      modern,
    ];
  return [
    `Recompiling the module because of ${tree === 'main' ? 'changed source code' : 'changed dependency'}.`,
    modern,
  ];
}
