/**
 * java: the launcher's checks without a JVM. `-version`/`--version` print the image's JDK;
 * `-jar` fails as the launcher does for a missing jar, a file that is not a jar, or a jar
 * without Main-Class, and otherwise stops after the checks with a note (application code is
 * not executed). The build tools' wrappers start through java: `org.gradle.wrapper.
 * GradleWrapperMain` (gradlew) and `org.apache.maven.wrapper.MavenWrapperMain` (mvnw) run
 * the Gradle and Maven models.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, exists, isFile } from '../common/fs-helpers';
import { runGradleWrapper } from './gradle-wrapper';
import { readJar } from './jar-files';
import { runJarMode } from './jarmode';
import { findJdk, versionBanner, type Jdk } from './jvm';
import { runMavenWrapper } from './maven-wrapper';
import {
  extractedBootApp,
  flatBootApp,
  jarBootApp,
  startSpringBoot,
  type BootApp,
} from './spring-boot-serve';
import { jarLauncherClass, refusedByOldJvm } from './boot-baseline';

/** Spring Boot's launchers (3.2 moved them to .launch). */
const BOOT_LAUNCHER =
  /^org\.springframework\.boot\.loader\.(launch\.)?(Jar|War|Properties)Launcher$/;

const USAGE = `Usage: java [options] <mainclass> [args...]
           (to execute a class)
   or  java [options] -jar <jarfile> [args...]
           (to execute a jar file)
   or  java [options] -m <module>[/<mainclass>] [args...]
       java [options] --module <module>[/<mainclass>] [args...]
           (to execute the main class in a module)
   or  java [options] <sourcefile> [args]
           (to execute a source-file program)
`;

/** Launcher options that take the next word as their value. */
const WITH_VALUE = new Set([
  '-cp',
  '-classpath',
  '--class-path',
  '-p',
  '--module-path',
  '--add-modules',
  '--add-opens',
  '--add-exports',
  '--add-reads',
  '--enable-native-access',
]);

interface Launch {
  /** -D system properties given before the main class or jar. */
  props: Record<string, string>;
  jar?: string;
  mainClass?: string;
  classpath?: string;
  args: string[];
  version?: 'dash' | 'dash-dash' | 'show';
}

function parseLaunch(args: string[]): Launch {
  const launch: Launch = { args: [], props: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-version') launch.version = 'dash';
    else if (arg === '--version') launch.version = 'dash-dash';
    else if (arg === '-showversion' || arg === '--show-version') launch.version ??= 'show';
    else if (arg === '-jar') {
      launch.jar = args[i + 1];
      launch.args = args.slice(i + 2);
      return launch;
    } else if (WITH_VALUE.has(arg)) {
      if (arg === '-cp' || arg === '-classpath' || arg === '--class-path')
        launch.classpath = args[i + 1];
      i++;
    } else if (arg.startsWith('-D')) {
      const eq = arg.indexOf('=');
      launch.props[eq < 0 ? arg.slice(2) : arg.slice(2, eq)] = eq < 0 ? '' : arg.slice(eq + 1);
    } else if (arg.startsWith('-')) continue;
    else {
      launch.mainClass = arg;
      launch.args = args.slice(i + 1);
      return launch;
    }
  }
  return launch;
}

function notFound(io: ProgramIO, main: string): number {
  io.stderr(
    `Error: Could not find or load main class ${main}\nCaused by: java.lang.ClassNotFoundException: ${main}\n`,
  );
  return 1;
}

export function javaProgram(): Program {
  return (argv, io) => {
    const jdk = findJdk(io, argv[0]);
    const args = argv.slice(1);
    if (args.includes('-Xshare:dump')) return 0;
    const launch = parseLaunch(args);
    if (launch.version === 'dash-dash' && jdk.major === 8) {
      io.stderr(
        'Unrecognized option: --version\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.\n',
      );
      return 1;
    }
    if (launch.version === 'dash') {
      io.stderr(versionBanner(jdk, false));
      return 0;
    }
    if (launch.version === 'dash-dash') {
      io.stdout(versionBanner(jdk, true));
      return 0;
    }
    if (launch.version === 'show') io.stderr(versionBanner(jdk, false));
    if (launch.jar !== undefined) return runJar(io, launch, jdk, argv);
    if (launch.mainClass === undefined) {
      io.stderr(USAGE);
      return 1;
    }
    const main = launch.mainClass;
    const classpath = (launch.classpath ?? io.env.CLASSPATH ?? '.').split(':');
    if (main === 'org.gradle.wrapper.GradleWrapperMain')
      return classpath.some(
        (p) => p.endsWith('gradle-wrapper.jar') && exists(io.fs, absolute(io.cwd, p)),
      )
        ? runGradleWrapper(launch.args, io)
        : notFound(io, main);
    if (main === 'org.apache.maven.wrapper.MavenWrapperMain')
      return classpath.some(
        (p) => p.endsWith('maven-wrapper.jar') && exists(io.fs, absolute(io.cwd, p)),
      )
        ? runMavenWrapper(launch.args, io)
        : notFound(io, main);
    if (/\.java$/.test(main)) {
      if (jdk.major >= 11 && isFile(io.fs, absolute(io.cwd, main))) {
        io.note(
          `java ${main}: source-file mode compiles and runs it; the simulation does not execute application code.`,
        );
        return 0;
      }
      return notFound(io, main);
    }
    const classFile = `${main.replace(/\./g, '/')}.class`;
    const found = classpath.some((dir) =>
      dir.endsWith('.jar') || dir.endsWith('/*') || dir === '*'
        ? exists(io.fs, absolute(io.cwd, dir.replace(/\/?\*$/, '') || '.'))
        : exists(io.fs, absolute(io.cwd, `${dir}/${classFile}`)),
    );
    if (!found) return notFound(io, main);
    const app = BOOT_LAUNCHER.test(main)
      ? bootAppOnClasspath(io, classpath)
      : flatBootApp(io, classpath, main);
    const refused = app ? refusedByOldJvm(io, jdk, app, main) : undefined;
    if (refused !== undefined) return refused;
    if (app && startSpringBoot(io, jdk, app, argv.join(' '))) return 0;
    io.note(`java ${main}: the class was found; the simulation does not execute application code.`);
    return 0;
  };
}

/** The Boot application a launcher finds: a repackaged jar, or an extracted one's folder. */
function bootAppOnClasspath(io: ProgramIO, classpath: string[]): BootApp | undefined {
  for (const entry of classpath) {
    const path = absolute(io.cwd, entry);
    if (!entry.endsWith('.jar')) {
      const app = extractedBootApp(io, path);
      if (app) return app;
      continue;
    }
    const jar = readJar(io.fs, path);
    if (typeof jar === 'object' && jar.kind === 'boot') return jarBootApp(path, jar);
  }
  return undefined;
}

function runJar(io: ProgramIO, launch: Launch, jdk: Jdk, argv: string[]): number {
  const name = launch.jar;
  if (name === undefined) {
    io.stderr('Error: -jar requires jar file specification\n' + USAGE);
    return 1;
  }
  const path = absolute(io.cwd, name);
  if (name.endsWith('gradle-wrapper.jar') && exists(io.fs, path))
    return runGradleWrapper(launch.args, io);
  const jar = readJar(io.fs, path);
  if (jar === 'missing') {
    io.stderr(`Error: Unable to access jarfile ${name}\n`);
    return 1;
  }
  if (jar === 'corrupt') {
    io.stderr(`Error: Invalid or corrupt jarfile ${name}\n`);
    return 1;
  }
  const mode = launch.props.jarmode;
  if (mode !== undefined && jar.kind === 'boot')
    return runJarMode(io, mode, name, jar, launch.args);
  if (!jar.mainClass) {
    if (jar.kind === 'library')
      io.note(
        `${name} comes from outside the simulation's builds, so its manifest is unknown; it is treated as runnable.`,
      );
    else {
      io.stderr(`no main manifest attribute, in ${name}\n`);
      return 1;
    }
  }
  let launcher = '';
  if (jar.kind === 'boot') {
    const app = jarBootApp(path, jar);
    launcher = jarLauncherClass(app);
    const refused = refusedByOldJvm(io, jdk, app, launcher);
    if (refused !== undefined) return refused;
    if (startSpringBoot(io, jdk, app, argv.join(' '))) return 0;
  }
  io.note(
    `java -jar ${name}: the jar${jar.mainClass ? ` (Main-Class ${launcher ? `${launcher}, Start-Class ` : ''}${jar.mainClass})` : ''} would start here; the simulation does not execute application code, so it exits at once.`,
  );
  return 0;
}
