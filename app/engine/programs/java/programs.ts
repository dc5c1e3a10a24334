/**
 * The JVM toolchain's programs, as index.ts registers them: the JDK's java, javac and jar,
 * Maven (mvn, and mvnw when the wrapper is not a shell script) and Gradle (gradle, gradlew).
 */
import type { Program } from '../../shell/program';
import { gradleProgram } from './gradle';
import { runGradleWrapper } from './gradle-wrapper';
import { javaProgram } from './java';
import { jarProgram, javacProgram } from './javac';
import { runMavenWrapper } from './maven-wrapper';
import { mvnProgram } from './mvn';

export { gradleProgram, jarProgram, javacProgram, javaProgram, mvnProgram };

/** `./mvnw` run as a program (the shell interprets a real mvnw script, which starts java). */
export function mvnwProgram(): Program {
  return (argv, io) => runMavenWrapper(argv.slice(1), io);
}

/** `./gradlew` run as a program (a real gradlew script starts java with the wrapper jar). */
export function gradlewProgram(): Program {
  return (argv, io) => runGradleWrapper(argv.slice(1), io);
}
