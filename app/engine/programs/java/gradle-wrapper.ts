/**
 * The Gradle Wrapper's launcher (`org.gradle.wrapper.GradleWrapperMain`, which gradlew starts
 * through java): reads gradle/wrapper/gradle-wrapper.properties, installs the distribution it
 * names under $GRADLE_USER_HOME/wrapper/dists/gradle-<v>-bin/<hash>/ on first use (printing
 * the download's progress line), then runs that Gradle.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, readText, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { spreadFilesUnder } from './distribution';
import { gradleUserHome } from './gradle-cache';
import { runGradle } from './gradle';
import { propertyValue } from './maven-wrapper';

/** Where gradlew lives: the project's folder (APP_HOME), found from the wrapper jar's path. */
function projectDir(io: ProgramIO): string {
  return io.cwd;
}

export function runGradleWrapper(args: string[], io: ProgramIO): number {
  const base = projectDir(io);
  const propsPath = `${base === '/' ? '' : base}/gradle/wrapper/gradle-wrapper.properties`;
  const text = readText(io.fs, propsPath);
  if (text === undefined) {
    io.stderr(
      `Exception in thread "main" java.lang.RuntimeException: Wrapper properties file '${propsPath}' does not exist.\n`,
    );
    return 1;
  }
  const url =
    propertyValue(text, 'distributionUrl') ??
    'https://services.gradle.org/distributions/gradle-8.14.3-bin.zip';
  const file = url.split('/').pop() ?? 'gradle-bin.zip';
  const version = /gradle-(.+?)-(bin|all)\.zip$/.exec(file)?.[1] ?? '8.14.3';
  const dists = `${gradleUserHome(io)}/wrapper/dists/${file.replace(/\.zip$/, '')}`;
  // Gradle names the folder by an MD5 of the URL in base 36; any stable 25 characters will do.
  const hash = BigInt(`0x${sha256Hex(url).slice(0, 32)}`)
    .toString(36)
    .slice(0, 25);
  const home = `${dists}/${hash}/gradle-${version}`;
  if (!exists(io.fs, `${dists}/${hash}/${file}.ok`)) {
    io.stdout(`Downloading ${url}\n`);
    io.stdout(
      `${Array.from({ length: 10 }, (_, i) => `${'.'.repeat(i === 0 ? 12 : 13)}${(i + 1) * 10}%`).join('')}\n`,
    );
    spreadFilesUnder(
      io.fs,
      home,
      `bin/gradle:x=8762 bin/gradle.bat=2966 lib/gradle-launcher-${version}.jar lib/gradle-core-${version}.jar lib/kotlin-stdlib-2.0.21.jar lib/groovy-3.0.24.jar lib/plugins/gradle-java-${version}.jar LICENSE=48710 NOTICE=24702 README=957`,
      135_000_000,
    );
    writeText(io.fs, `${dists}/${hash}/${file}.ok`, '');
    writeText(io.fs, `${dists}/${hash}/${file}.lck`, '');
    io.spend(9000);
    io.note(
      `The Gradle Wrapper "downloaded" ${url} into ${home}: the distribution's files are modelled.`,
    );
  }
  return runGradle(args, io, version);
}
