/**
 * A Spring Boot web application starting: its startup log in its Boot line's wording
 * (`boot-startup-log.ts`) and then, in a container's main process, the server keeps running
 * (ProgramIO.serve). Only an app with an embedded server serves: Tomcat from
 * spring-boot-starter-web, Jetty from spring-boot-starter-jetty, Netty from
 * spring-boot-starter-webflux. Anything else (a console or batch app) starts, runs and exits,
 * as `java` did before.
 */
import type { ProgramIO, ServeRequest, StopLogLine } from '../../shell/program';
import { absolute, listDir, readText, walkFiles } from '../common/fs-helpers';
import { loggerName, startupLog, type WebServer } from './boot-startup-log';
import type { JarInfo } from './jar-files';
import type { Jdk } from './jvm';
import { jarAppName, loggedAppName, resourcesAppName } from './spring-app-name';

/** What the log needs to know of the application, read from the jar or the extracted layers. */
export interface BootApp {
  /** The library jar names of BOOT-INF/lib (tomcat-embed-core-10.1.48.jar, ...). */
  libraries: string[];
  /** The Start-Class ("com.example.demo.DemoApplication"), when known. */
  startClass: string | undefined;
  /** Where the classes come from, as Boot names it: the jar, or BOOT-INF/classes. */
  source: string;
  /** `spring.application.name` from the app's resources, when they set it. */
  appName?: string;
}

/**
 * The embedded server the libraries bring, if any: Tomcat, else Jetty (an app that swaps
 * spring-boot-starter-tomcat for spring-boot-starter-jetty), else Netty (web wins over webflux,
 * as Boot decides).
 */
export function webServerOf(libraries: readonly string[]): WebServer | undefined {
  for (const lib of libraries) {
    const tomcat = /^tomcat-embed-core-([\d.]+)\.jar$/.exec(lib);
    if (tomcat) return { kind: 'tomcat', version: tomcat[1] ?? '10.1.48' };
  }
  for (const lib of libraries) {
    const jetty = /^jetty-server-(\d[\w.]*)\.jar$/.exec(lib);
    if (jetty) return { kind: 'jetty', version: jetty[1] ?? '12.0.29' };
  }
  if (libraries.some((l) => l.startsWith('reactor-netty-http-'))) return { kind: 'netty' };
  return undefined;
}

/** A repackaged jar's application, from the members it records. */
export function jarBootApp(path: string, jar: JarInfo): BootApp {
  return {
    libraries: (jar.entries ?? [])
      .filter((e) => e.path.startsWith('BOOT-INF/lib/'))
      .map((e) => e.path.slice('BOOT-INF/lib/'.length)),
    startClass: jar.mainClass,
    source: path,
    ...withName(jarAppName(jar.texts)),
  };
}

const withName = (appName: string | undefined) => (appName ? { appName } : {});

/** The library names of an extracted (launcher layout) app: BOOT-INF/lib in any layer folder. */
export function extractedBootApp(io: ProgramIO, root: string): BootApp | undefined {
  const dir = absolute(io.cwd, root);
  const libraries = listDir(io.fs, `${dir}/BOOT-INF/lib`);
  const classes = walkFiles(io.fs, `${dir}/BOOT-INF/classes`)
    .map((f) => f.path.slice(`${dir}/BOOT-INF/classes/`.length))
    .filter((p) => p.endsWith('.class') && !p.includes('$'));
  if (!libraries.length && !classes.length) return undefined;
  // The Start-Class is in the manifest, which the simulation keeps as a blob: the
  // @SpringBootApplication class is by convention the one named *Application.
  const main = classes.find((p) => /Application\.class$/.test(p)) ?? classes[0];
  return {
    libraries,
    startClass: main?.replace(/\.class$/, '').replace(/\//g, '.'),
    source: `${dir}/BOOT-INF/classes`,
    ...withName(resourcesAppName(io.fs, `${dir}/BOOT-INF/classes`)),
  };
}

/**
 * An application run by its own main class on a flattened Boot layout, as Spring's "Spring
 * Boot with Docker" guide copies it (`COPY .../BOOT-INF/lib /app/lib`, `.../BOOT-INF/classes
 * /app`, `java -cp app:app/lib/* hello.Application`): the libraries come from the classpath's
 * `dir/*` entries and it is a Boot app when spring-boot's own jar is among them.
 */
export function flatBootApp(
  io: ProgramIO,
  classpath: readonly string[],
  main: string,
): BootApp | undefined {
  const libraries = classpath
    .filter((entry) => entry.endsWith('/*'))
    .flatMap((entry) => listDir(io.fs, absolute(io.cwd, entry.slice(0, -2))))
    .filter((name) => name.endsWith('.jar'));
  if (!libraries.some((name) => /^spring-boot-\d/.test(name))) return undefined;
  const classFile = `${main.replace(/\./g, '/')}.class`;
  const dir = classpath
    .filter((entry) => !entry.endsWith('.jar') && !entry.endsWith('*'))
    .map((entry) => absolute(io.cwd, entry))
    .find((path) => io.fs.stat(`${path}/${classFile}`).ok);
  return dir ? { libraries, startClass: main, source: dir } : undefined;
}

/** The host name Boot 2 logs: the container's (Docker sets HOSTNAME), else /etc/hostname. */
function hostName(io: ProgramIO): string {
  return io.env.HOSTNAME ?? readText(io.fs, '/etc/hostname')?.trim() ?? 'localhost';
}

/**
 * Prints the startup log of a web app and serves; returns (for the caller to exit 0) where
 * nothing can keep running or the app has no web server. Returns whether it was a web app.
 */
export function startSpringBoot(
  io: ProgramIO,
  jdk: Jdk,
  app: BootApp,
  commandLine: string,
): boolean {
  const server = webServerOf(app.libraries);
  if (!server || !app.startClass) return false;
  const simple = app.startClass.split('.').pop() ?? app.startClass;
  const port = io.env.SERVER_PORT ?? '8080';
  const boot = bootRelease(app.libraries) ?? '3.5.7';
  const appName = loggedAppName(io.env, app.appName);
  const { text, elapsedMs } = startupLog({
    ...(appName ? { appName } : {}),
    boot,
    server,
    jdk,
    startClass: app.startClass,
    source: app.source,
    user: io.user.name,
    cwd: io.cwd,
    host: hostName(io),
    port,
    now: io.now,
    libraries: app.libraries.length,
  });
  io.stdout(text);
  io.spend(elapsedMs);
  io.serve?.(
    jvmServing(commandLine, gracefulShutdownLog(server, bootVersion(app.libraries), appName)),
  );
  io.note(
    `${simple} would keep serving on port ${port} here; in Layercake it returns at once (the log above is modelled: the application code is not run${server.kind === 'jetty' ? ", and Jetty's own version and session lines are left out" : ''}).`,
  );
  return true;
}

/**
 * The JVM on SIGTERM runs its shutdown hooks (Spring closes the context, Tomcat stops) and
 * then exits with 128+15: 143.
 */
function jvmServing(commandLine: string, stopLog: readonly StopLogLine[]): ServeRequest {
  return {
    name: 'java',
    commandLine,
    ignoresSigterm: false,
    termExitCode: 143,
    termDelayMs: 500,
    ...(stopLog.length > 0 ? { stopLog } : {}),
  };
}

/** Spring Boot's release, from its own jar among the libraries (`spring-boot-3.5.7.jar`). */
export function bootRelease(libraries: readonly string[]): string | undefined {
  for (const lib of libraries) {
    const m = /^spring-boot-(\d+\.\d+\.[\w.-]+)\.jar$/.exec(lib);
    if (m) return m[1];
  }
  return undefined;
}

/** Spring Boot's [major, minor], from its own jar among the libraries. */
export function bootVersion(libraries: readonly string[]): [number, number] | undefined {
  const release = bootRelease(libraries);
  if (!release) return undefined;
  const [major = 0, minor = 0] = release.split('.').map(Number);
  return [major, minor];
}

/**
 * What the shutdown hook logs. Boot 3.4 made graceful shutdown the default
 * (`server.shutdown=graceful`): the web server logs that it waits for active requests, then
 * (on its own thread) that it is done. Before 3.4 the default was immediate and says nothing.
 */
export function gracefulShutdownLog(
  server: WebServer,
  version: [number, number] | undefined,
  appName?: string,
): StopLogLine[] {
  const [major, minor] = version ?? [3, 5];
  if (major < 3 || (major === 3 && minor < 4)) return [];
  // Boot 3.4 and later: the application name's field, as in the startup log.
  const named = appName ? `[${appName}] ` : '';
  const logger = loggerName(
    `org.springframework.boot.web.embedded.${server.kind}.GracefulShutdown`,
  );
  const line = (thread: string, message: string, afterMs: number): StopLogLine => ({
    stream: 'stdout',
    clock: 'iso-ms',
    afterMs,
    text: `{time}  INFO 1 --- ${named}[${thread.slice(-15).padStart(15)}] ${logger} : ${message}\n`,
  });
  return [
    line(
      'SpringApplicationShutdownHook',
      'Commencing graceful shutdown. Waiting for active requests to complete',
      2,
    ),
    line(`${server.kind}-shutdown`, 'Graceful shutdown complete', 4),
  ];
}
