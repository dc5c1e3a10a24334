/**
 * What every mojo gets: the project, the local repository, the command line's -D properties,
 * the JDK, the log, and a way to fail the build in Maven's words. Also the project's files:
 * sources, resources and tests under Maven's standard directory layout.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, walkFiles } from '../common/fs-helpers';
import { describeSource, type JavaSource } from './jar-files';
import type { Jdk } from './jvm';
import { level } from './maven-output';
import type { Execution, MavenProject } from './maven-project';
import type { LocalRepository, MavenLog } from './maven-repo';

/** A failed build: the message after "[ERROR] " and its help page. */
export class MavenFailure {
  constructor(
    readonly message: string,
    readonly help: string | undefined,
  ) {}
}

export interface MojoContext {
  io: ProgramIO;
  project: MavenProject;
  repo: LocalRepository;
  log: MavenLog;
  /** -D properties and the POM's <properties>, the command line winning. */
  props: Record<string, string>;
  jdk: Jdk;
  quiet: boolean;
  mavenVersion: string;
}

export function info(ctx: MojoContext, ...lines: string[]): void {
  if (!ctx.quiet) ctx.io.stdout(level('INFO', lines));
}

export function warn(ctx: MojoContext, ...lines: string[]): void {
  if (!ctx.quiet) ctx.io.stdout(level('WARNING', lines));
}

/** Simulated work, counted in Total time. */
export function spend(ctx: MojoContext, ms: number): void {
  ctx.log.elapsed += ms;
  ctx.io.spend(ms);
}

/** Whether a -D/property flag is on: `-DskipTests` and `-DskipTests=true` both are. */
export function flag(ctx: MojoContext, name: string): boolean {
  const value = ctx.props[name];
  return value !== undefined && value !== 'false';
}

/** "org.apache.maven.plugins:maven-compiler-plugin:3.14.1:compile (default-compile)". */
export function mojoName(ex: Execution): string {
  return `${ex.group}:${ex.artifact}:${ex.version}:${ex.goal} (${ex.id})`;
}

export function mojoFailure(ctx: MojoContext, ex: Execution, message: string): MavenFailure {
  return new MavenFailure(
    `Failed to execute goal ${mojoName(ex)} on project ${ctx.project.pom.artifact}: ${message}`,
    'MojoExecutionException',
  );
}

/** A path as Maven prints it relative to the project ("src/main/resources"). */
export function relative(ctx: MojoContext, path: string): string {
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

export function sources(ctx: MojoContext, tree: 'main' | 'test'): JavaSource[] {
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  const out: JavaSource[] = [];
  for (const root of [`${base}/src/${tree}/java`, `${base}/src/${tree}/kotlin`]) {
    for (const file of walkFiles(ctx.io.fs, root)) {
      if (!/\.(java|kt)$/.test(file.path)) continue;
      const relativePath = file.path.slice(root.length + 1);
      const described = describeSource(relativePath, readText(ctx.io.fs, file.path) ?? '');
      out.push({ ...described, size: Math.max(described.size, file.size) });
    }
  }
  return out;
}

export function resources(
  ctx: MojoContext,
  tree: 'main' | 'test',
): { path: string; size: number }[] {
  const base = ctx.project.dir === '/' ? '' : ctx.project.dir;
  return walkFiles(ctx.io.fs, `${base}/src/${tree}/resources`);
}
