/**
 * What each Gradle task does to the project: classes under build/classes/java/<set>,
 * resources under build/resources/<set>, jars under build/libs (bootJar's executable jar and
 * the "-plain" one beside it), start scripts and distributions, test results. Dependencies
 * are cached when a task first needs a classpath.
 */
import type { ResolvedArtifact } from '../../catalog/ecosystems/maven';
import type { ProgramIO } from '../../shell/program';
import { isDir, readText, removeTree, walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { writeBootJar } from './boot-jar';
import { copyFileTree } from './copy-tree';
import { classpath, type Classpath, type GradleCache } from './gradle-cache';
import { archiveBase, type GradleProject } from './gradle-project';
import { classSize, describeSource, writeJar, type JavaSource } from './jar-files';
import type { Jdk } from './jvm';

export interface GradleContext {
  io: ProgramIO;
  project: GradleProject;
  cache: GradleCache;
  jdk: Jdk;
  /** Simulated ms so far. */
  elapsed: number;
}

/** A failed build: the lines under "* What went wrong:". */
export class GradleFailure {
  constructor(
    readonly what: string[],
    /** "* Where:" (a build script line), when the failure has a place. */
    readonly where?: string,
  ) {}
}

export type Outcome = '' | 'NO-SOURCE' | 'UP-TO-DATE' | 'SKIPPED';

function base(ctx: GradleContext): string {
  return ctx.project.dir === '/' ? '' : ctx.project.dir;
}

function sources(ctx: GradleContext, set: 'main' | 'test', only?: 'java' | 'kt'): JavaSource[] {
  const out: JavaSource[] = [];
  const pattern = only ? new RegExp(`\\.${only}$`) : /\.(java|kt)$/;
  for (const lang of ['java', 'kotlin']) {
    const root = `${base(ctx)}/src/${set}/${lang}`;
    for (const f of walkFiles(ctx.io.fs, root))
      if (pattern.test(f.path))
        out.push(describeSource(f.path.slice(root.length + 1), readText(ctx.io.fs, f.path) ?? ''));
  }
  return out;
}

function resolve(ctx: GradleContext, which: Classpath, task: string): ResolvedArtifact[] {
  const artifacts = classpath(ctx.project, which);
  const missing = ctx.cache.fetch(artifacts);
  if (missing) {
    const gav = `${missing.group}:${missing.artifact}:${missing.version}`;
    throw new GradleFailure([
      `Execution failed for task ':${task}'.`,
      `> Could not resolve all files for configuration ':${which}'.`,
      `   > Could not resolve ${gav}.`,
      '     Required by:',
      '         root project :',
      `      > No cached version of ${gav} available for offline mode.`,
    ]);
  }
  return artifacts;
}

function compile(ctx: GradleContext, set: 'main' | 'test', task: string): Outcome {
  const kotlin = task.includes('Kotlin');
  const list = sources(ctx, set, kotlin ? 'kt' : 'java');
  if (list.length === 0) return 'NO-SOURCE';
  resolve(ctx, set === 'main' ? 'compileClasspath' : 'testCompileClasspath', task);
  if (ctx.project.javaVersion && ctx.project.javaVersion > ctx.jdk.major)
    throw new GradleFailure([
      `Execution failed for task ':${task}'.`,
      `> error: invalid source release: ${ctx.project.javaVersion}`,
    ]);
  const into = `${base(ctx)}/build/classes/${kotlin ? 'kotlin' : 'java'}/${set}`;
  for (const s of list.flatMap((x) =>
    x.mainClass && x.mainClass !== x.className
      ? [x, { ...x, className: x.mainClass, size: 400 }]
      : [x],
  ))
    writeBlob(
      ctx.io.fs,
      `${into}/${s.className.replace(/\./g, '/')}.class`,
      `javac:${s.className}:${s.size}`,
      classSize(s),
    );
  writeBlob(
    ctx.io.fs,
    `${base(ctx)}/build/tmp/${task}/previous-compilation-data.bin`,
    `gradle-compile:${task}:${list.length}`,
    900 + list.length * 60,
  );
  ctx.elapsed += 2500 + list.length * 150;
  return '';
}

function processResources(ctx: GradleContext, set: 'main' | 'test'): Outcome {
  const from = `${base(ctx)}/src/${set}/resources`;
  if (!isDir(ctx.io.fs, from) || walkFiles(ctx.io.fs, from).length === 0) return 'NO-SOURCE';
  copyFileTree(ctx.io.fs, from, `${base(ctx)}/build/resources/${set}`);
  ctx.elapsed += 120;
  return '';
}

function mainClass(ctx: GradleContext): string | undefined {
  if (ctx.project.mainClass) return ctx.project.mainClass;
  const list = sources(ctx, 'main').filter((s) => s.hasMain);
  const boot = list.find((s) =>
    /@SpringBootApplication/.test(
      (readText(ctx.io.fs, `${base(ctx)}/src/main/java/${s.path}`) ?? '') +
        (readText(ctx.io.fs, `${base(ctx)}/src/main/kotlin/${s.path}`) ?? ''),
    ),
  );
  return (boot ?? list[0])?.mainClass;
}

function outputBytes(ctx: GradleContext): number {
  return [`${base(ctx)}/build/classes`, `${base(ctx)}/build/resources/main`]
    .flatMap((d) => walkFiles(ctx.io.fs, d))
    .filter((f) => !f.path.includes('/test/'))
    .reduce((s, f) => s + f.size, 0);
}

function libs(ctx: GradleContext): string {
  return `${base(ctx)}/build/libs`;
}

export function runTask(ctx: GradleContext, task: string): Outcome {
  const p = ctx.project;
  const name = archiveBase(p);
  switch (task) {
    case 'clean': {
      if (!isDir(ctx.io.fs, `${base(ctx)}/build`)) return 'UP-TO-DATE';
      removeTree(ctx.io.fs, `${base(ctx)}/build`);
      return '';
    }
    case 'compileJava':
      return compile(ctx, 'main', task);
    case 'compileTestJava':
      return compile(ctx, 'test', task);
    case 'compileKotlin':
      return compile(ctx, 'main', task);
    case 'compileTestKotlin':
      return compile(ctx, 'test', task);
    case 'checkKotlinGradlePluginConfigurationErrors':
      return 'SKIPPED';
    case 'processResources':
      return processResources(ctx, 'main');
    case 'processTestResources':
      return processResources(ctx, 'test');
    case 'resolveMainClassName': {
      const main = mainClass(ctx);
      if (!main)
        throw new GradleFailure([
          "Execution failed for task ':resolveMainClassName'.",
          '> Main class name has not been configured and it could not be resolved from classpath',
        ]);
      writeText(ctx.io.fs, `${base(ctx)}/build/resolvedMainClassName`, main);
      return '';
    }
    case 'bootJar':
    case 'bootWar': {
      const deps = resolve(ctx, 'runtimeClasspath', task).filter(
        (d) => d.scope !== 'developmentOnly',
      );
      const ext = task === 'bootWar' ? 'war' : 'jar';
      const file = p.bootJarName ?? `${name}.${ext}`;
      const classRoots = [
        `${base(ctx)}/build/classes/java/main`,
        `${base(ctx)}/build/classes/kotlin/main`,
        `${base(ctx)}/build/resources/main`,
      ];
      writeBootJar(
        ctx.io.fs,
        `${libs(ctx)}/${file}`,
        {
          classRoots,
          libraries: deps,
          bootVersion: p.boot ?? '3.5.7',
          mainClass: mainClass(ctx) ?? 'Application',
        },
        `${name}:boot:${deps.length}`,
      );
      ctx.elapsed += 700 + deps.length * 12;
      return '';
    }
    case 'jar':
    case 'war': {
      if (!p.jarEnabled && task === 'jar') return 'SKIPPED';
      const plain = p.boot || p.plugins.has('org.springframework.boot') ? '-plain' : '';
      const ext = task === 'war' ? 'war' : 'jar';
      writeText(
        ctx.io.fs,
        `${base(ctx)}/build/tmp/${task}/MANIFEST.MF`,
        `Manifest-Version: 1.0\r\n${p.jarMainClass ? `Main-Class: ${p.jarMainClass}\r\n` : ''}\r\n`,
      );
      writeJar(
        ctx.io.fs,
        `${libs(ctx)}/${name}${plain}.${ext}`,
        { kind: 'plain', ...(p.jarMainClass ? { mainClass: p.jarMainClass } : {}) },
        Math.round(outputBytes(ctx) * 0.6) + 900,
        `${name}:plain`,
      );
      ctx.elapsed += 250;
      return '';
    }
    case 'startScripts': {
      const script = p.name;
      writeBlob(
        ctx.io.fs,
        `${base(ctx)}/build/scripts/${script}`,
        `gradle-start-script:${script}`,
        8_700,
        0o755,
      );
      writeBlob(
        ctx.io.fs,
        `${base(ctx)}/build/scripts/${script}.bat`,
        `gradle-start-script-bat:${script}`,
        2_900,
      );
      return '';
    }
    case 'distTar':
    case 'distZip':
    case 'installDist': {
      const deps = resolve(ctx, 'runtimeClasspath', task);
      const total = deps.reduce((s, d) => s + d.jarSize, 0) + outputBytes(ctx) + 12_000;
      if (task === 'installDist') {
        for (const d of deps)
          writeJar(
            ctx.io.fs,
            `${base(ctx)}/build/install/${p.name}/lib/${d.artifact}-${d.version}.jar`,
            { kind: 'library' },
            d.jarSize,
            `${d.group}:${d.artifact}`,
          );
        writeJar(
          ctx.io.fs,
          `${base(ctx)}/build/install/${p.name}/lib/${name}.jar`,
          { kind: 'plain' },
          outputBytes(ctx),
          name,
        );
        writeBlob(
          ctx.io.fs,
          `${base(ctx)}/build/install/${p.name}/bin/${p.name}`,
          `gradle-start-script:${p.name}`,
          8_700,
          0o755,
        );
      } else
        writeBlob(
          ctx.io.fs,
          `${base(ctx)}/build/distributions/${name}.${task === 'distTar' ? 'tar' : 'zip'}`,
          `gradle-dist:${name}:${task}`,
          task === 'distTar' ? total + 40_000 : Math.round(total * 0.93),
        );
      return '';
    }
    case 'test': {
      const tests = sources(ctx, 'test');
      if (tests.length === 0) return 'NO-SOURCE';
      resolve(ctx, 'testRuntimeClasspath', task);
      for (const t of tests)
        writeBlob(
          ctx.io.fs,
          `${base(ctx)}/build/test-results/test/TEST-${t.className}.xml`,
          `gradle-test:${t.className}`,
          5_000,
        );
      writeBlob(
        ctx.io.fs,
        `${base(ctx)}/build/reports/tests/test/index.html`,
        'gradle-test-report',
        3_400,
      );
      ctx.elapsed += 3000 + tests.length * 800 + (p.boot ? 4000 : 0);
      ctx.io.note(
        'Gradle did not run the tests: the simulation writes their reports as if they passed.',
      );
      return '';
    }
    case 'bootRun':
    case 'run':
      ctx.io.note(`gradle ${task}: the simulation does not execute application code.`);
      return '';
    default:
      return '';
  }
}
