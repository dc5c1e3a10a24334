/**
 * Spring Boot's Java baseline at run time: Boot 3's classes (its launcher, and the application
 * compiled for the parent's java.version 17) are class file version 61, so an older JVM refuses
 * the main class before anything runs, and says so as its launcher does: Java 9 and later
 * through LauncherHelper's "LinkageError occurred", Java 8 with the JNI-error line and the
 * exception's stack. The process exits 1.
 */
import type { ProgramIO } from '../../shell/program';
import { bootLine } from './boot-lines';
import type { Jdk } from './jvm';
import { bootRelease, type BootApp } from './spring-boot-serve';

const JAVA8_TRACE = [
  'java.lang.ClassLoader.defineClass1(Native Method)',
  'java.lang.ClassLoader.defineClass(ClassLoader.java:756)',
  'java.security.SecureClassLoader.defineClass(SecureClassLoader.java:142)',
  'java.net.URLClassLoader.defineClass(URLClassLoader.java:473)',
  'java.net.URLClassLoader.access$100(URLClassLoader.java:74)',
  'java.net.URLClassLoader$1.run(URLClassLoader.java:369)',
  'java.net.URLClassLoader$1.run(URLClassLoader.java:363)',
  'java.security.AccessController.doPrivileged(Native Method)',
  'java.net.URLClassLoader.findClass(URLClassLoader.java:362)',
  'java.lang.ClassLoader.loadClass(ClassLoader.java:418)',
  'sun.misc.Launcher$AppClassLoader.loadClass(Launcher.java:352)',
  'java.lang.ClassLoader.loadClass(ClassLoader.java:351)',
  'sun.launcher.LauncherHelper.checkAndLoadMain(LauncherHelper.java:495)',
];

/** The Main-Class repackage writes: Boot 3.2 moved the launchers to `.launch`. */
export function jarLauncherClass(app: BootApp): string {
  const [major = 3, minor = 5] = (bootRelease(app.libraries) ?? '3.5').split('.').map(Number);
  const modern = major > 3 || (major === 3 && minor >= 2);
  return `org.springframework.boot.loader.${modern ? 'launch.' : ''}JarLauncher`;
}

/** Refuses `mainClass` when the JVM is older than the app's Boot line needs; the exit code if so. */
export function refusedByOldJvm(
  io: ProgramIO,
  jdk: Jdk,
  app: BootApp,
  mainClass: string,
): number | undefined {
  const release = bootRelease(app.libraries);
  if (!release) return undefined;
  const needed = bootLine(release).line.javaBaseline;
  if (jdk.major >= needed) return undefined;
  const error = `java.lang.UnsupportedClassVersionError: ${mainClass.replace(/\./g, '/')} has been compiled by a more recent version of the Java Runtime (class file version ${needed + 44}.0), this version of the Java Runtime only recognizes class file versions up to ${jdk.major + 44}.0`;
  io.stderr(
    jdk.major <= 8
      ? `Error: A JNI error has occurred, please check your installation and try again\nException in thread "main" ${error}\n${JAVA8_TRACE.map((l) => `\tat ${l}\n`).join('')}`
      : `Error: LinkageError occurred while loading main class ${mainClass}\n\t${error}\n`,
  );
  return 1;
}
