/**
 * The Maven Wrapper's launcher (`org.apache.maven.wrapper.MavenWrapperMain`, which mvnw
 * starts through java): reads .mvn/wrapper/maven-wrapper.properties, installs the
 * distribution it names under ~/.m2/wrapper/dists/apache-maven-<v>-bin/<hash>/ on first use,
 * then runs that Maven.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, readText, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { mavenDistributionFiles } from './maven-distribution';
import { runMaven } from './mvn';

/** The project folder mvnw passes (-Dmaven.multiModuleProjectDirectory) or the cwd. */
function projectDir(io: ProgramIO): string {
  return io.env.MAVEN_PROJECTBASEDIR ?? io.cwd;
}

/** A properties file's value (`distributionUrl=https\://...`, backslashes unescaped). */
export function propertyValue(text: string, key: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim().startsWith(`${key}=`));
  return line
    ?.slice(line.indexOf('=') + 1)
    .trim()
    .replace(/\\(.)/g, '$1');
}

export function runMavenWrapper(args: string[], io: ProgramIO): number {
  const base = projectDir(io);
  const propsPath = `${base === '/' ? '' : base}/.mvn/wrapper/maven-wrapper.properties`;
  const text = readText(io.fs, propsPath);
  if (text === undefined) {
    io.stderr(
      `Exception in thread "main" java.io.FileNotFoundException: ${propsPath} (No such file or directory)\n`,
    );
    return 1;
  }
  const url =
    propertyValue(text, 'distributionUrl') ??
    'https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip';
  const version = /apache-maven-([^/]+?)-bin\.zip$/.exec(url)?.[1] ?? '3.9.9';
  const userHome = io.env.MAVEN_USER_HOME ?? `${io.user.home}/.m2`;
  const hash = BigInt(`0x${sha256Hex(url).slice(0, 24)}`)
    .toString(36)
    .slice(0, 26);
  const home = `${userHome}/wrapper/dists/apache-maven-${version}-bin/${hash}/apache-maven-${version}`;
  if (!exists(io.fs, `${home}/bin/mvn`)) {
    for (const f of mavenDistributionFiles(version))
      writeBlob(io.fs, `${home}/${f.path}`, `maven-dist:${version}:${f.path}`, f.size, f.mode);
    writeText(io.fs, `${home}.ok`, '');
    io.spend(2500);
    io.note(
      `The Maven Wrapper "downloaded" ${url} into ${home}: the distribution's files are modelled.`,
    );
  }
  return runMaven(args, io, { version, home });
}
