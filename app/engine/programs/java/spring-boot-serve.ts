/**
 * A Spring Boot web application starting: its startup log (Boot 3's default console pattern,
 * no banner lines) and then, in a container's main process, the server keeps running
 * (ProgramIO.serve). Only an app with an embedded server serves: Tomcat from
 * spring-boot-starter-web, Netty from spring-boot-starter-webflux. Anything else (a console
 * or batch app) starts, runs and exits, as `java` did before.
 */
import type { ProgramIO, ServeRequest, StopLogLine } from '../../shell/program';
import { absolute, listDir, walkFiles } from '../common/fs-helpers';
import type { JarInfo } from './jar-files';
import type { Jdk } from './jvm';

/** What the log needs to know of the application, read from the jar or the extracted layers. */
export interface BootApp {
  /** The library jar names of BOOT-INF/lib (tomcat-embed-core-10.1.48.jar, ...). */
  libraries: string[];
  /** The Start-Class ("com.example.demo.DemoApplication"), when known. */
  startClass: string | undefined;
  /** Where the classes come from, as Boot names it: the jar, or BOOT-INF/classes. */
  source: string;
}

type WebServer = { kind: 'tomcat'; version: string } | { kind: 'netty' };

/** The embedded server the libraries bring, if any (web wins over webflux, as Boot decides). */
export function webServerOf(libraries: readonly string[]): WebServer | undefined {
  for (const lib of libraries) {
    const tomcat = /^tomcat-embed-core-([\d.]+)\.jar$/.exec(lib);
    if (tomcat) return { kind: 'tomcat', version: tomcat[1] ?? '10.1.48' };
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
  };
}

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

/**
 * Logback's `%-40.40logger{39}`: a name of 39 characters or more has its packages shortened
 * to their initials from the left, at least one, until it fits in 39.
 */
function loggerName(name: string): string {
  const parts = name.split('.');
  if (name.length >= 39)
    for (let i = 0; i < parts.length - 1; i++) {
      parts[i] = (parts[i] ?? '').charAt(0);
      if (parts.join('.').length <= 39) break;
    }
  return parts.join('.').slice(-40).padEnd(40);
}

function javaVersion(jdk: Jdk): string {
  return jdk.major === 8 ? `1.8.0_${jdk.update}` : `${jdk.major}.0.${jdk.update}`;
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
  const ms = 1200 + app.libraries.length * 25;
  let at = io.now;
  const log = (logger: string, message: string, after = 40): string => {
    at += after;
    const stamp = new Date(at).toISOString();
    return `${stamp}  INFO 1 --- [           main] ${loggerName(logger)} : ${message}\n`;
  };
  const tomcat = 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer';
  const lines = [
    log(
      app.startClass,
      `Starting ${simple} using Java ${javaVersion(jdk)} with PID 1 (${app.source} started by ${io.user.name} in ${io.cwd})`,
      600,
    ),
    log(app.startClass, 'No active profile set, falling back to 1 default profile: "default"'),
    ...(server.kind === 'tomcat'
      ? [
          log(tomcat, `Tomcat initialized with port ${port} (http)`, ms / 3),
          log('org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
          log(
            'org.apache.catalina.core.StandardEngine',
            `Starting Servlet engine: [Apache Tomcat/${server.version}]`,
          ),
          log(
            'o.a.c.c.C.[Tomcat].[localhost].[/]',
            'Initializing Spring embedded WebApplicationContext',
          ),
          log(
            'w.s.c.ServletWebServerApplicationContext',
            `Root WebApplicationContext: initialization completed in ${Math.round(ms / 3)} ms`,
          ),
          log(tomcat, `Tomcat started on port ${port} (http) with context path '/'`, ms / 2),
        ]
      : [
          log(
            'org.springframework.boot.web.embedded.netty.NettyWebServer',
            `Netty started on port ${port} (http)`,
            (ms * 5) / 6,
          ),
        ]),
  ];
  const started = (at - io.now) / 1000;
  lines.push(
    log(
      app.startClass,
      `Started ${simple} in ${started.toFixed(3)} seconds (process running for ${(started + 0.4).toFixed(3)})`,
      20,
    ),
  );
  io.stdout(lines.join(''));
  io.spend(at - io.now);
  io.serve?.(jvmServing(commandLine, gracefulShutdownLog(server, bootVersion(app.libraries))));
  io.note(
    `${simple} would keep serving on port ${port} here; in Layercake it returns at once (the log above is modelled: the application code is not run).`,
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

/** Spring Boot's version, from its own jar among the libraries (`spring-boot-3.5.7.jar`). */
export function bootVersion(libraries: readonly string[]): [number, number] | undefined {
  for (const lib of libraries) {
    const m = /^spring-boot-(\d+)\.(\d+)\.[\w.-]+\.jar$/.exec(lib);
    if (m) return [Number(m[1]), Number(m[2])];
  }
  return undefined;
}

/**
 * What the shutdown hook logs. Boot 3.4 made graceful shutdown the default
 * (`server.shutdown=graceful`): the web server logs that it waits for active requests, then
 * (on its own thread) that it is done. Before 3.4 the default was immediate and says nothing.
 */
export function gracefulShutdownLog(
  server: WebServer,
  version: [number, number] | undefined,
): StopLogLine[] {
  const [major, minor] = version ?? [3, 5];
  if (major < 3 || (major === 3 && minor < 4)) return [];
  const logger = loggerName(
    `org.springframework.boot.web.embedded.${server.kind}.GracefulShutdown`,
  );
  const line = (thread: string, message: string, afterMs: number): StopLogLine => ({
    stream: 'stdout',
    clock: 'iso-ms',
    afterMs,
    text: `{time}  INFO 1 --- [${thread.slice(-15).padStart(15)}] ${logger} : ${message}\n`,
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
