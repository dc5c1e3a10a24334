/**
 * gradle: the Gradle images' `gradle` and the wrapper's distribution. Reads settings and build
 * scripts, caches the plugins' and dependencies' artifacts in GRADLE_USER_HOME, runs the task
 * graph of the java, application and Spring Boot plugins (build, assemble, bootJar, jar,
 * test, clean, dependencies; `-x` excludes) and prints what the plain console prints when
 * stdout is not a terminal ("> Task :compileJava", "BUILD SUCCESSFUL in 45s").
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, exists, listDir, writeBlob, writeText } from '../common/fs-helpers';
import { GradleFailure, runTask, type GradleContext } from './gradle-actions';
import { GradleCache, gradleUserHome, pluginClasspath } from './gradle-cache';
import {
  daemonLines,
  dependencyReport,
  failureReport,
  versionReport,
  welcome,
} from './gradle-output';
import { readGradleProject, type GradleProject } from './gradle-project';
import { executionOrder, gradleDuration, isLifecycle, matchTask, taskGraph } from './gradle-tasks';
import { bootLineNote } from './boot-lines';
import { findJdk } from './jvm';
import { javaDate } from './maven-repo';

interface GradleArgs {
  tasks: string[];
  excluded: string[];
  noDaemon: boolean;
  offline: boolean;
  quiet: boolean;
  version: boolean;
  projectDir?: string;
  userHome?: string;
}

const VALUED = new Set([
  '-x',
  '--exclude-task',
  '-p',
  '--project-dir',
  '-g',
  '--gradle-user-home',
  '-b',
  '--build-file',
  '-c',
  '--settings-file',
  '--console',
  '--warning-mode',
  '-I',
  '--init-script',
  '--max-workers',
  '--priority',
]);

function parseGradleArgs(args: string[]): GradleArgs {
  const out: GradleArgs = {
    tasks: [],
    excluded: [],
    noDaemon: false,
    offline: false,
    quiet: false,
    version: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? args[++i] ?? '';
      if (name === '-x' || name === '--exclude-task') out.excluded.push(value.replace(/^:/, ''));
      if (name === '-p' || name === '--project-dir') out.projectDir = value;
      if (name === '-g' || name === '--gradle-user-home') out.userHome = value;
      continue;
    }
    if (arg === '--no-daemon') out.noDaemon = true;
    else if (arg === '--offline') out.offline = true;
    else if (arg === '-q' || arg === '--quiet') out.quiet = true;
    else if (arg === '-v' || arg === '--version') out.version = true;
    else if (!arg.startsWith('-')) out.tasks.push(arg);
  }
  return out;
}

/** The installed Gradle's version: GRADLE_VERSION, or lib/gradle-core-<v>.jar. */
export function installedGradle(io: ProgramIO): string {
  if (io.env.GRADLE_VERSION) return io.env.GRADLE_VERSION;
  const home = io.env.GRADLE_HOME ?? '/opt/gradle';
  const core = listDir(io.fs, `${home}/lib`).find((f) => /^gradle-core-.+\.jar$/.test(f));
  return core?.slice('gradle-core-'.length, -'.jar'.length) ?? '8.14.3';
}

export function gradleProgram(): Program {
  return (argv, io) => runGradle(argv.slice(1), io, installedGradle(io));
}

export function runGradle(args: string[], io: ProgramIO, version: string): number {
  const parsed = parseGradleArgs(args);
  const jdk = findJdk(io);
  if (parsed.version) {
    io.stdout(versionReport(version, jdk));
    return 0;
  }
  const out = (text: string) => {
    if (!parsed.quiet) io.stdout(text);
  };
  const home = gradleUserHome(io, parsed.userHome);
  const marker = `${home}/notifications/${version}/release-features.rendered`;
  if (!exists(io.fs, marker)) {
    out(welcome(version));
    writeText(io.fs, marker, '');
  }
  const props = io.fs.readFile(`${io.cwd === '/' ? '' : io.cwd}/gradle.properties`);
  const daemonOff =
    parsed.noDaemon || (props.ok && /org\.gradle\.daemon\s*=\s*false/.test(props.value.text ?? ''));
  out(daemonLines(version, daemonOff));
  // Starting the daemon, then configuring the build (compiling the build script on a first run).
  let elapsed = (daemonOff ? 4200 : 5600) + 3800;
  const dir = parsed.projectDir ? absolute(io.cwd, parsed.projectDir) : io.cwd;
  const fail = (what: string[], extraTry: string[] = [], where?: string): number => {
    io.stderr(failureReport(what, extraTry, where));
    io.stdout(`BUILD FAILED in ${gradleDuration(elapsed)}\n`);
    io.spend(elapsed);
    return 1;
  };
  const project = readGradleProject(io.fs, dir);
  if (!project)
    return fail(
      [
        `Directory '${dir}' does not contain a Gradle build.`,
        '',
        "A Gradle build's root directory should contain one of the possible settings files: settings.gradle, settings.gradle.kts, settings.gradle.dcl.It may also contain one of the possible build files: build.gradle, build.gradle.kts, build.gradle.dcl.",
        '',
        "To create a new Gradle build in this directory run 'gradle init'",
        '',
        `For more information about the 'init' task, please refer to https://docs.gradle.org/${version}/userguide/build_init_plugin.html in the Gradle documentation.`,
        '',
        `For more details on creating a Gradle build, please refer to https://docs.gradle.org/${version}/userguide/tutorial_using_tasks.html in the Gradle documentation.`,
      ],
      [`> Run gradle init to create a new Gradle build in this directory.`],
    );
  const cache = new GradleCache(io, home, parsed.offline);
  const ctx: GradleContext = { io, project, cache, jdk, elapsed: 0 };
  const graph = taskGraph(project);
  const requested: string[] = [];
  for (const t of parsed.tasks.length > 0 ? parsed.tasks : ['help']) {
    const found = matchTask(graph, t);
    if (!found)
      return fail(
        [`Task '${t}' not found in root project '${project.name}'.`],
        [
          '> Run gradle tasks to get a list of available tasks.',
          `> For more on name expansion, please refer to https://docs.gradle.org/${version}/userguide/command_line_interface.html#sec:name_abbreviation in the Gradle documentation.`,
        ],
      );
    requested.push(found);
  }
  const excluded = new Set(parsed.excluded.map((x) => matchTask(graph, x) ?? x));
  let actionable = 0;
  let executed = 0;
  try {
    const missingPlugin = cache.fetch(pluginClasspath(project));
    if (missingPlugin)
      throw new GradleFailure(
        [
          `Plugin [id: 'org.springframework.boot', version: '${project.boot}'] was not found in any of the following sources:`,
          '',
          "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)",
          '- Included Builds (No included builds contain this plugin)',
          `- Plugin Repositories (could not resolve plugin artifact 'org.springframework.boot:org.springframework.boot.gradle.plugin:${project.boot}')`,
          '  Searched in the following repositories:',
          '    Gradle Central Plugin Repository',
        ],
        `Build file '${dir === '/' ? '' : dir}/${project.kotlinDsl ? 'build.gradle.kts' : 'build.gradle'}' line: ${pluginLine(project)}`,
      );
    const outcomes = new Map<string, string>();
    for (const task of executionOrder(graph, requested, excluded)) {
      // A lifecycle task is up to date when none of the tasks it depends on did any work.
      const outcome = isLifecycle(graph, task)
        ? (graph.get(task)?.deps ?? []).some((d) => outcomes.get(d) === '')
          ? ''
          : 'UP-TO-DATE'
        : runTask(ctx, task);
      outcomes.set(task, outcome);
      out(`> Task :${task}${outcome ? ` ${outcome}` : ''}\n`);
      // Reports are the task's output: printed even with -q.
      if (task === 'dependencies') {
        io.stdout(dependencyReport(project));
        io.note('gradle dependencies: the tree shows two levels of the main classpaths only.');
      }
      if (task === 'help')
        io.stdout(
          `\nWelcome to Gradle ${version}.\n\nTo run a build, run gradle <task> ...\n\nTo see a list of available tasks, run gradle tasks\n\nTo see more detail about a task, run gradle help --task <task>\n\nTo see a list of command-line options, run gradle --help\n\nFor more detail on using Gradle, see https://docs.gradle.org/${version}/userguide/command_line_interface.html\n\nFor troubleshooting, visit https://help.gradle.org\n\n`,
        );
      if (isLifecycle(graph, task) || outcome === 'NO-SOURCE' || outcome === 'SKIPPED') continue;
      actionable++;
      if (outcome === '') executed++;
      ctx.elapsed += 150;
    }
  } catch (error) {
    if (!(error instanceof GradleFailure)) throw error;
    elapsed += ctx.elapsed + cache.elapsed;
    return fail(error.what, [], error.where);
  }
  elapsed += ctx.elapsed + cache.elapsed;
  writeProjectState(io, dir, version);
  cache.writeHousekeeping(version);
  out(`\nBUILD SUCCESSFUL in ${gradleDuration(elapsed)}\n`);
  const upToDate = actionable - executed;
  out(
    `${actionable} actionable task${actionable === 1 ? '' : 's'}: ${[executed ? `${executed} executed` : '', upToDate ? `${upToDate} up-to-date` : ''].filter(Boolean).join(', ') || '0 executed'}\n`,
  );
  if (version.startsWith('9.'))
    out(
      `Consider enabling configuration cache to speed up this build: https://docs.gradle.org/${version}/userguide/configuration_cache_enabling.html\n`,
    );
  io.spend(elapsed);
  if (cache.fetched > 0)
    io.note(
      `Gradle did not download anything: the ${cache.fetched} modules in ${home}/caches/modules-2 are modelled from Layercake's artifact catalog.`,
    );
  if (cache.plausible.length > 0)
    io.note(`Not in the catalog, so plausible stand-ins: ${cache.plausible.join(', ')}.`);
  const unlisted = bootLineNote(project.boot);
  if (unlisted) io.note(unlisted);
  if (project.includes.length > 0)
    io.note(
      `The subprojects (${project.includes.join(', ')}) are not built: the simulation builds the root project only.`,
    );
  return 0;
}

/** The line of the build script's Spring Boot plugin, as "* Where:" names it. */
function pluginLine(project: GradleProject): number {
  return project.bootLine ?? 1;
}

/** The project's .gradle folder: Gradle's per-build state. */
function writeProjectState(io: ProgramIO, dir: string, version: string): void {
  const base = `${dir === '/' ? '' : dir}/.gradle`;
  writeBlob(io.fs, `${base}/${version}/checksums/checksums.lock`, 'gradle-lock', 17);
  writeBlob(
    io.fs,
    `${base}/${version}/fileHashes/fileHashes.bin`,
    `gradle-file-hashes:${dir}`,
    20_000,
  );
  writeBlob(
    io.fs,
    `${base}/${version}/executionHistory/executionHistory.bin`,
    `gradle-history:${dir}`,
    36_000,
  );
  writeBlob(io.fs, `${base}/buildOutputCleanup/buildOutputCleanup.lock`, 'gradle-lock', 17);
  writeText(
    io.fs,
    `${base}/buildOutputCleanup/cache.properties`,
    `#${javaDate(io.now)}\ngradle.version=${version}\n`,
  );
  writeText(io.fs, `${base}/vcs-1/gc.properties`, '');
  writeBlob(io.fs, `${base}/file-system.probe`, 'gradle-probe', 8);
}
