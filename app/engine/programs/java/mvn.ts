/**
 * mvn: Apache Maven 3.9 (or 3.8) as the maven images and the Maven Wrapper run it. Reads
 * pom.xml, resolves the parent, plugins and dependencies into the local repository
 * (~/.m2/repository, or -Dmaven.repo.local) from Layercake's artifact catalog, runs the
 * lifecycle (clean, compile, test, package, verify, install, deploy) and the dependency
 * plugin's go-offline/resolve, and prints what a batch-mode build log shows.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, isDir, listDir, readText } from '../common/fs-helpers';
import { bootLine, bootLineNote } from './boot-lines';
import { findJdk, vendorName, versionString } from './jvm';
import { clean, compile, copyResources, test } from './maven-compile';
import { MavenFailure, type MojoContext } from './maven-context';
import { fetchAll, offlineMessage, parentChain, pluginArtifacts } from './maven-deps';
import {
  errorReport,
  footer,
  level,
  noGoalsMessage,
  executionHeader,
  projectHeader,
  RULE,
  unknownPhaseMessage,
} from './maven-output';
import { quarkusBuild } from './maven-quarkus';
import { buildOrderLine, loadReactor, selectModules, summaryLine } from './maven-reactor';
import {
  copyDependencies,
  deploy,
  evaluate,
  fatJar,
  goOffline,
  install,
  jar,
  repackage,
  resolve,
} from './maven-package';
import { buildPlan, loadProject, type Execution, type MavenProject } from './maven-project';
import { LocalRepository, type MavenLog } from './maven-repo';
import { parseMavenArgs } from './maven-args';
import { parsePom } from './pom';
import { mavenArtifact } from '../../catalog/ecosystems/maven';

/** Known release commits, as `mvn -v` prints them. */
const COMMITS: Record<string, string> = {
  '3.9.11': '3e54c93a704957b63ee3494413a2b544fd3d825b',
  '3.9.10': '5f519b97e944483d878815739f519b2eade0a91d',
  '3.9.9': '8e8579a9e76f7d015ee5ec7bfcdc97d260186937',
  '3.9.6': 'bc0240f3c744dd6b6ec2920b3cd08dcc295161ae',
  '3.8.8': '4c87b05d9aedce574290d1acc98575ed5eb6cd39',
};

export interface MavenRuntime {
  version: string;
  home: string;
}

/**
 * The installed Maven: its home from the path it was run by (`<home>/bin/mvn`, as a wrapper's
 * distribution is) or MAVEN_HOME, its version from lib/maven-core-<version>.jar.
 */
export function installedMaven(io: ProgramIO, argv0 = 'mvn'): MavenRuntime {
  const own = /^(.+)\/bin\/mvn$/.exec(argv0)?.[1];
  const core = (home: string) =>
    listDir(io.fs, `${home}/lib`).find((f) => /^maven-core-.+\.jar$/.test(f));
  const candidates = [own, io.env.MAVEN_HOME, '/usr/share/maven'].filter(
    (h): h is string => h !== undefined,
  );
  const home =
    candidates.find((h) => core(h) !== undefined) ?? io.env.MAVEN_HOME ?? '/usr/share/maven';
  const jar = core(home);
  const version =
    jar?.slice('maven-core-'.length, -'.jar'.length) ?? io.env.MAVEN_VERSION ?? '3.9.11';
  return { version, home };
}

function versionText(io: ProgramIO, maven: MavenRuntime): string {
  const jdk = findJdk(io);
  const commit = COMMITS[maven.version];
  const lang = (io.env.LC_ALL ?? io.env.LANG ?? '').split('.')[0] ?? '';
  const locale = lang && lang !== 'C' && lang !== 'POSIX' ? lang : 'en';
  const encoding =
    jdk.major >= 18 || /UTF-8/i.test(io.env.LC_ALL ?? io.env.LANG ?? '')
      ? 'UTF-8'
      : 'ANSI_X3.4-1968';
  return [
    `Apache Maven ${maven.version}${commit ? ` (${commit})` : ''}`,
    `Maven home: ${maven.home}`,
    `Java version: ${versionString(jdk)}, vendor: ${vendorName(jdk)}, runtime: ${jdk.home}`,
    `Default locale: ${locale}, platform encoding: ${encoding}`,
    'OS name: "linux", version: "6.10.14-linuxkit", arch: "amd64", family: "unix"',
    '',
  ].join('\n');
}

export function mvnProgram(): Program {
  return (argv, io) => runMaven(argv.slice(1), io, installedMaven(io, argv[0]));
}

/** Runs Maven with `args` (after the command name); the wrapper passes its own runtime. */
export function runMaven(args: string[], io: ProgramIO, maven: MavenRuntime): number {
  const parsed = parseMavenArgs(args);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  if (parsed.version) {
    io.stdout(versionText(io, maven));
    return 0;
  }
  if (parsed.showVersion) io.stdout(versionText(io, maven));
  const log: MavenLog = {
    transfers: !parsed.quiet && !parsed.noTransferProgress,
    offline: parsed.offline,
    elapsed: 0,
  };
  const start = io.now;
  const say = (lines: string[]) => {
    if (!parsed.quiet) io.stdout(level('INFO', lines));
  };
  const fail = (failure: MavenFailure): number => {
    if (!parsed.quiet)
      io.stdout(level('INFO', footer(false, log.elapsed + 80, start + log.elapsed + 80)));
    io.stdout(level('ERROR', errorReport(failure.message, failure.help)));
    io.spend(80);
    return 1;
  };
  say(['Scanning for projects...']);
  if (parsed.threads)
    say([`Using the MultiThreadedBuilder implementation with a thread count of ${parsed.threads}`]);
  if (parsed.tasks.length === 0)
    return fail(new MavenFailure(noGoalsMessage(), 'NoGoalSpecifiedException'));
  const pomPath = parsed.file
    ? absolute(io.cwd, parsed.file)
    : `${io.cwd === '/' ? '' : io.cwd}/pom.xml`;
  const pomFile = isDir(io.fs, pomPath) ? `${pomPath}/pom.xml` : pomPath;
  const text = readText(io.fs, pomFile);
  if (text === undefined) {
    if (parsed.file) {
      io.stdout(
        `POM file ${parsed.file} specified with the -f/--file command line argument does not exist\n`,
      );
      return 1;
    }
    return fail(
      new MavenFailure(
        `The goal you specified requires a project to execute but there is no POM in this directory (${io.cwd}). Please verify you invoked Maven from the correct directory.`,
        'MissingProjectException',
      ),
    );
  }
  const pom = parsePom(text);
  if ('error' in pom)
    return fail(new MavenFailure(`The build could not read 1 project`, 'ProjectBuildingException'));
  const project = loadProject(pom, pomFile.slice(0, pomFile.lastIndexOf('/')) || '/');
  const repo = new LocalRepository(
    io,
    parsed.props['maven.repo.local'] ?? `${io.user.home}/.m2/repository`,
    log,
  );
  const loaded =
    pom.packaging === 'pom' && pom.modules.length > 0 ? loadReactor(io.fs, project) : [project];
  if (loaded instanceof MavenFailure) return fail(loaded);
  const picked = parsed.projects ? selectModules(loaded, parsed.projects, parsed.alsoMake) : loaded;
  if (picked instanceof MavenFailure) return fail(picked);
  const modules = picked;
  const contextOf = (p: MavenProject): MojoContext => ({
    io,
    project: p,
    repo,
    log,
    props: { ...p.pom.properties, ...parsed.props },
    jdk: findJdk(io),
    quiet: parsed.quiet,
    mavenVersion: maven.version,
  });
  const times: number[] = [];
  let current = 0;
  try {
    for (const parent of parentChain(project)) {
      const missing = repo.fetch(parent, false);
      if (missing)
        throw new MavenFailure(
          `Non-resolvable parent POM for ${pom.group}:${pom.artifact}:${pom.version}: The following artifacts could not be resolved: ${parent.group}:${parent.artifact}:pom:${parent.version} (absent): ${offlineMessage(missing)}`,
          'ProjectBuildingException',
        );
    }
    const plans = modules.map((m) => buildPlan(m, parsed.tasks, maven.version));
    const unknown = plans.flat().find((p): p is { unknown: string } => 'unknown' in p);
    if (unknown)
      throw new MavenFailure(
        unknownPhaseMessage(unknown.unknown),
        'LifecyclePhaseNotFoundException',
      );
    const all = plans.flat() as Execution[];
    if (all.some((e) => e.id === 'default-cli' && e.group === 'org.apache.maven.plugins'))
      repo.fetchMetadata('org/apache/maven/plugins', 14_300);
    if (all.some((e) => e.id === 'default-cli')) repo.fetchMetadata('org/codehaus/mojo', 21_000);
    if (modules.length > 1) say([RULE, 'Reactor Build Order:', '', ...modules.map(buildOrderLine)]);
    for (const [index, module] of modules.entries()) {
      current = index;
      const began = log.elapsed;
      buildModule(
        contextOf(module),
        plans[index] as Execution[],
        say,
        modules.length > 1 ? `[${index + 1}/${modules.length}]` : undefined,
      );
      times.push(log.elapsed - began + 40);
    }
  } catch (error) {
    if (!(error instanceof MavenFailure)) throw error;
    if (modules.length > 1 && times.length < modules.length && !parsed.quiet) {
      times.push(80);
      say(reactorSummary(modules, times, current));
    }
    const failed = fail(error);
    if (modules.length > 1 && current > 0)
      io.stdout(
        level('ERROR', [
          '',
          'After correcting the problems, you can resume the build with the command',
          `  mvn <args> -rf :${modules[current]?.pom.artifact ?? ''}`,
        ]),
      );
    return failed;
  }
  if (modules.length > 1) say(reactorSummary(modules, times, modules.length));
  const end = 400 + log.elapsed;
  io.spend(400);
  say(footer(true, end, start + end));
  noteApproximations(io, repo, project);
  return 0;
}

function reactorSummary(modules: MavenProject[], times: number[], failedAt: number): string[] {
  const root = modules[0] as MavenProject;
  return [
    RULE,
    `Reactor Summary for ${root.pom.name} ${root.pom.version}:`,
    '',
    ...modules.map((m, i) =>
      summaryLine(
        m,
        i < failedAt ? 'SUCCESS' : i === failedAt ? 'FAILURE' : 'SKIPPED',
        i <= failedAt ? times[i] : undefined,
      ),
    ),
  ];
}

/** One project of the build: its header, its plugins, then each execution. */
function buildModule(
  ctx: MojoContext,
  executions: Execution[],
  say: (lines: string[]) => void,
  counter: string | undefined,
): void {
  const { pom } = ctx.project;
  say(
    projectHeader(
      pom.group,
      pom.artifact,
      pom.name,
      pom.version,
      pom.packaging,
      counter,
      ctx.project.pomLabel,
      ctx.mavenVersion,
    ),
  );
  for (const ex of executions) {
    const missing = ctx.repo.fetch(mavenArtifact(ex.group, ex.artifact, ex.version), true);
    if (missing)
      throw new MavenFailure(
        `Plugin ${ex.group}:${ex.artifact}:${ex.version} or one of its dependencies could not be resolved: ${offlineMessage(missing)}`,
        'PluginResolutionException',
      );
  }
  for (const ex of executions) {
    say(['', executionHeader(ex, pom.artifact, ctx.mavenVersion)]);
    const missing = fetchAll(ctx.repo, pluginArtifacts(ex.group, ex.artifact, ex.version).slice(1));
    if (missing)
      throw new MavenFailure(
        `Plugin ${ex.group}:${ex.artifact}:${ex.version} or one of its dependencies could not be resolved: ${offlineMessage(missing)}`,
        'PluginResolutionException',
      );
    runExecution(ctx, ex, ctx.project);
  }
}

function runExecution(ctx: MojoContext, ex: Execution, project: MavenProject): void {
  switch (`${ex.prefix}:${ex.goal}`) {
    case 'clean:clean':
      return clean(ctx);
    case 'resources:resources':
      return copyResources(ctx, 'main');
    case 'resources:testResources':
      return copyResources(ctx, 'test');
    case 'compiler:compile':
      return compile(ctx, ex, 'main');
    case 'compiler:testCompile':
      return compile(ctx, ex, 'test');
    case 'surefire:test':
      return test(ctx);
    case 'jar:jar':
    case 'war:war':
      return jar(ctx);
    case 'spring-boot:repackage':
      return repackage(ctx, ex);
    case 'shade:shade':
      return fatJar(ctx, 'shade');
    case 'assembly:single':
      return fatJar(ctx, 'assembly');
    case 'quarkus:build':
      return quarkusBuild(ctx, ex);
    case 'install:install':
      return install(ctx);
    case 'deploy:deploy':
      return deploy(ctx, ex);
    case 'dependency:go-offline':
      return goOffline(ctx, lifecyclePlugins(ctx, project));
    case 'dependency:resolve':
    case 'dependency:resolve-plugins':
      return resolve(ctx);
    case 'dependency:copy-dependencies':
      return copyDependencies(ctx);
    case 'help:evaluate':
      return evaluate(ctx, ex);
    case 'spring-boot:run':
    case 'exec:java':
      ctx.io.note(
        `mvn ${ex.prefix}:${ex.goal} would start the application here; the simulation does not execute application code.`,
      );
      return;
    default:
      ctx.io.note(
        `mvn ${ex.prefix}:${ex.goal}: the simulation has no model of this goal; it did nothing.`,
      );
  }
}

/** The plugins of all three lifecycles (clean, default through deploy, site): what go-offline resolves. */
function lifecyclePlugins(ctx: MojoContext, project: MavenProject): Execution[] {
  const plan = buildPlan(
    project,
    ['clean', 'deploy', 'site-deploy'],
    ctx.mavenVersion,
  ) as Execution[];
  return plan.filter((e, i) => plan.findIndex((o) => o.artifact === e.artifact) === i);
}

function noteApproximations(io: ProgramIO, repo: LocalRepository, project: MavenProject): void {
  if (repo.fetched > 0)
    io.note(
      `Maven did not download anything: the ${repo.fetched} files in ${repo.root} are modelled from Layercake's artifact catalog${project.boot ? ` (Spring Boot ${bootLine(project.boot).line.release}'s managed versions)` : ''}.`,
    );
  const unlisted = bootLineNote(project.boot);
  if (unlisted) io.note(unlisted);
  if (repo.plausible.length > 0)
    io.note(`Not in the catalog, so plausible stand-ins: ${repo.plausible.join(', ')}.`);
  if (project.pom.modules.length > 0)
    io.note(
      `The modules (${project.pom.modules.join(', ')}) are not built: the simulation builds the root project only.`,
    );
}
