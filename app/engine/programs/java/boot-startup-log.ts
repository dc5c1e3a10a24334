/**
 * What a Spring Boot web application prints on its way up, in the wording of its Boot line:
 * the banner with the release, StartupInfoLogger's "Starting ..." line, the embedded server's
 * own lines (Tomcat, Jetty or Netty) and "Started ...". Boot 2 logs its dates as
 * `2023-11-23 10:00:00.123` and names the host; Boot 3 logs ISO-8601 dates and says
 * "process running for" where Boot 2 said "JVM running for". Boot 3.2 reworded the port
 * lines ("port(s): 8080" became "port 8080") and names the application in every line when
 * `spring.application.name` is set; 3.3 logs the root context path as '/'.
 */
import { fnv1a } from '../../catalog/util/hash';
import type { Jdk } from './jvm';
import { versionString } from './jvm';

export type WebServer =
  { kind: 'tomcat'; version: string } | { kind: 'jetty'; version: string } | { kind: 'netty' };

export interface StartupInput {
  /** The Boot release ("2.7.18", "3.5.7"). */
  boot: string;
  server: WebServer;
  jdk: Jdk;
  startClass: string;
  /** Where the classes come from, as Boot names it. */
  source: string;
  user: string;
  cwd: string;
  host: string;
  port: string;
  /** `spring.application.name`, which Boot 3.2 and later print in each line when set. */
  appName?: string;
  /** Epoch ms at the start, and how many libraries (startup time grows with them). */
  now: number;
  libraries: number;
}

const ART = [
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
];

/** SpringBootBanner: the art, then " :: Spring Boot :: " and the version padded to 42 columns. */
export function bootBanner(boot: string, [major, minor]: [number, number]): string {
  const prefix = ' :: Spring Boot :: ';
  const version = ` (v${boot})`;
  const strap = prefix + ' '.repeat(Math.max(0, 42 - prefix.length - version.length)) + version;
  // Boot 3.3 put an empty line between the art and the version line.
  const gap = major > 3 || (major === 3 && minor >= 3) ? [''] : [];
  return ['', ...ART, ...gap, strap, '', ''].join('\n');
}

/**
 * Logback's `%-40.40logger{39}`: a name of 39 characters or more has its packages shortened
 * to their initials from the left, at least one, until it fits in 39.
 */
export function loggerName(name: string): string {
  const parts = name.split('.');
  if (name.length >= 39)
    for (let i = 0; i < parts.length - 1; i++) {
      parts[i] = (parts[i] ?? '').charAt(0);
      if (parts.join('.').length <= 39) break;
    }
  return parts.join('.').slice(-40).padEnd(40);
}

/** A Java identity hash as `Object.toString` prints it: 7-8 hex digits, stable per name. */
function identityHash(seed: string): string {
  return (fnv1a(seed) >>> 1).toString(16);
}

/** The startup log, and how long the start took (ms). */
export function startupLog(input: StartupInput): { text: string; elapsedMs: number } {
  const [major = 3, minor = 5] = input.boot.split('.').map(Number);
  const boot3 = major >= 3;
  const reworded = major > 3 || (major === 3 && minor >= 2);
  const rootPath = major > 3 || (major === 3 && minor >= 3) ? '/' : '';
  const ms = 1200 + input.libraries * 25;
  // Boot 3.2's log pattern added `${LOGGED_APPLICATION_NAME}`: "[demo] " when the name is set.
  const named = reworded && input.appName ? `[${input.appName}] ` : '';
  let at = input.now;
  const log = (logger: string, message: string, after = 40): string => {
    at += after;
    const iso = new Date(at).toISOString();
    const stamp = boot3 ? iso : iso.replace('T', ' ').slice(0, 23);
    return `${stamp}  INFO 1 --- ${named}[           main] ${loggerName(logger)} : ${message}\n`;
  };
  const app = input.startClass;
  const simple = app.split('.').pop() ?? app;
  const { port } = input;
  // Boot 2.4 added "using Java"; Boot 3 dropped the host name.
  const using =
    major > 2 || (major === 2 && minor >= 4) ? ` using Java ${versionString(input.jdk)}` : '';
  const on = boot3 ? '' : ` on ${input.host}`;
  const lines = [
    log(
      app,
      `Starting ${simple}${using}${on} with PID 1 (${input.source} started by ${input.user} in ${input.cwd})`,
      600,
    ),
    log(
      app,
      major > 2 || minor >= 6
        ? 'No active profile set, falling back to 1 default profile: "default"'
        : 'No active profile set, falling back to default profiles: default',
    ),
  ];
  const ports = reworded ? `port ${port}` : `port(s): ${port}`;
  const context = (logger: string) => [
    log(logger, 'Initializing Spring embedded WebApplicationContext'),
    log(
      'org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext',
      `Root WebApplicationContext: initialization completed in ${Math.round(ms / 3)} ms`,
    ),
  ];
  const server = input.server;
  if (server.kind === 'tomcat') {
    const tomcat = 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer';
    lines.push(
      log(tomcat, `Tomcat initialized with ${ports} (http)`, ms / 3),
      log('org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
      log(
        'org.apache.catalina.core.StandardEngine',
        `Starting Servlet engine: [Apache Tomcat/${server.version}]`,
      ),
      ...context('org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]'),
      log(tomcat, `Tomcat started on ${ports} (http) with context path '${rootPath}'`, ms / 2),
    );
  } else if (server.kind === 'jetty') {
    const jettyMajor = Number(server.version.split('.')[0]);
    const started =
      jettyMajor >= 10
        ? `Started ${jettyMajor >= 12 ? 'oejs.' : ''}Server@${identityHash(app)}{STARTING}[${server.version},sto=0] @${Math.round(ms + 400)}ms`
        : `Started @${Math.round(ms + 400)}ms`;
    lines.push(
      log(
        'org.springframework.boot.web.embedded.jetty.JettyServletWebServerFactory',
        `Server initialized with port: ${port}`,
        ms / 3,
      ),
      ...context('org.eclipse.jetty.server.handler.ContextHandler.application'),
      log('org.eclipse.jetty.server.Server', started, ms / 2),
      log(
        'org.springframework.boot.web.embedded.jetty.JettyWebServer',
        `Jetty started on ${reworded ? 'port' : 'port(s)'} ${port} (http/1.1) with context path '/'`,
      ),
    );
  } else {
    // NettyWebServer: "port(s): 8080" in Boot 2, "port 8080" in 3.0-3.1, then with the protocol.
    const netty = boot3 ? `port ${port}${reworded ? ' (http)' : ''}` : `port(s): ${port}`;
    lines.push(
      log(
        'org.springframework.boot.web.embedded.netty.NettyWebServer',
        `Netty started on ${netty}`,
        (ms * 5) / 6,
      ),
    );
  }
  const seconds = (at + 20 - input.now) / 1000;
  lines.push(
    log(
      app,
      `Started ${simple} in ${seconds.toFixed(3)} seconds (${boot3 ? 'process' : 'JVM'} running for ${(seconds + 0.4).toFixed(3)})`,
      20,
    ),
  );
  return {
    text: bootBanner(input.boot, [major, minor]) + lines.join(''),
    elapsedMs: at - input.now,
  };
}
