/**
 * What Tomcat prints as `catalina.sh run` starts it: the JVM's note about JDK_JAVA_OPTIONS,
 * then java.util.logging's console lines (stderr), `30-Nov-2026 03:12:45.123 INFO [main]
 * <class>.<method> <message>`: VersionLoggerListener's report, Tomcat Native, the connector,
 * one pair of lines per web application deployed from webapps, and "Server startup in [N]
 * milliseconds". The same lines go to logs/catalina.<date>.log.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** JULI's OneLineFormatter time, `30-Nov-2026 03:12:45.123` (the container's clock is UTC). */
export function tomcatTime(ms: number): string {
  const d = new Date(ms);
  const iso = d.toISOString();
  return `${iso.slice(8, 10)}-${MONTHS[d.getUTCMonth()]}-${iso.slice(0, 4)} ${iso.slice(11, 23)}`;
}

/** The module options catalina.sh adds to JDK_JAVA_OPTIONS (Java 9 and later). */
export function addOpens(tomcatMajor: number): string[] {
  return [
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.util=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
    '--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
    ...(tomcatMajor >= 11 ? ['--enable-native-access=ALL-UNNAMED'] : []),
  ];
}

/** JAVA_OPTS and CATALINA_OPTS from the container's environment, split as the shell does. */
export interface UserOptions {
  javaOpts: readonly string[];
  catalinaOpts: readonly string[];
}

const NO_OPTIONS: UserOptions = { javaOpts: [], catalinaOpts: [] };

/**
 * The JVM options catalina.sh passes before the classpath: the logging pair, JAVA_OPTS with
 * what catalina.sh appends to it, then CATALINA_OPTS; and the three after it.
 */
export function systemProperties(
  home: string,
  tomcatMajor: number,
  user: UserOptions = NO_OPTIONS,
): string[] {
  return [
    `-Djava.util.logging.config.file=${home}/conf/logging.properties`,
    '-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager',
    ...user.javaOpts,
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djava.protocol.handler.pkgs=org.apache.catalina.webresources',
    ...(tomcatMajor < 10 ? ['-Dsun.io.useCanonCaches=false'] : []),
    '-Dorg.apache.catalina.security.SecurityListener.UMASK=0027',
    ...user.catalinaOpts,
    `-Dcatalina.base=${home}`,
    `-Dcatalina.home=${home}`,
    `-Djava.io.tmpdir=${home}/temp`,
  ];
}

export interface Deployment {
  kind: 'archive' | 'directory';
  /** /usr/local/tomcat/webapps/ROOT.war */
  path: string;
  /** How long deploying it takes (a WAR is expanded and scanned). */
  ms: number;
}

export interface StartupFacts {
  home: string;
  version: string;
  javaHome: string;
  /** "17.0.17+10", or "1.8.0_472-b08" for Java 8. */
  jvmVersion: string;
  javaMajor: number;
  kernel: string;
  /** Tomcat Native and the libraries it loaded (none without native-jni-lib). */
  native?: { tcnative: string; apr: string; openssl: string };
  port: number;
  deployments: readonly Deployment[];
  user?: UserOptions;
  /** When the JVM starts. */
  start: number;
}

export interface StartupLog {
  /** The NOTE line the JVM prints before any logging. */
  note: string;
  /** The console lines, each with its own time. */
  lines: string;
  /** How long start-up took, in ms. */
  ms: number;
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function startupLog(f: StartupFacts): StartupLog {
  const major = Number(f.version.split('.')[0]);
  const opens = f.javaMajor >= 9 ? addOpens(major) : [];
  let at = f.start + 350;
  const out: string[] = [];
  const log = (source: string, message: string, after = 2) => {
    at += after;
    out.push(`${tomcatTime(at)} INFO [main] ${source} ${message}\n`);
  };
  const version = 'org.apache.catalina.startup.VersionLoggerListener.log';
  const report: [string, string][] = [
    ['Server version name:  ', `Apache Tomcat/${f.version}`],
    ['Server built:         ', 'Oct 7 2025 10:28:31 UTC'],
    ['Server version number:', `${f.version}.0`],
    ['OS Name:              ', 'Linux'],
    ['OS Version:           ', f.kernel],
    ['Architecture:         ', 'amd64'],
    ['Java Home:            ', f.javaMajor >= 9 ? f.javaHome : `${f.javaHome}/jre`],
    ['JVM Version:          ', f.jvmVersion],
    ['JVM Vendor:           ', 'Eclipse Adoptium'],
    ['CATALINA_BASE:        ', f.home],
    ['CATALINA_HOME:        ', f.home],
    ...[...opens, ...systemProperties(f.home, major, f.user)].map((a): [string, string] => [
      'Command line argument:',
      a,
    ]),
  ];
  report.forEach(([label, value], i) => log(version, `${label} ${value}`, i === 0 ? 0 : 1));
  if (f.native) {
    log(
      'org.apache.catalina.core.AprLifecycleListener.lifecycleEvent',
      `Loaded Apache Tomcat Native library [${f.native.tcnative}] using APR version [${f.native.apr}].`,
      30,
    );
    log(
      'org.apache.catalina.core.AprLifecycleListener.initializeSSL',
      `OpenSSL successfully initialized [${f.native.openssl}]`,
      12,
    );
  }
  const connector = `["http-nio-${f.port}"]`;
  log('org.apache.coyote.AbstractProtocol.init', `Initializing ProtocolHandler ${connector}`, 180);
  const initMs = at + 40 - f.start;
  log(
    'org.apache.catalina.startup.Catalina.load',
    `Server initialization in [${initMs}] milliseconds`,
    40,
  );
  const started = at;
  log('org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]', 20);
  log(
    'org.apache.catalina.core.StandardEngine.startInternal',
    `Starting Servlet engine: [Apache Tomcat/${f.version}]`,
  );
  for (const d of f.deployments) {
    const archive = d.kind === 'archive';
    const method = `org.apache.catalina.startup.HostConfig.${archive ? 'deployWAR' : 'deployDirectory'}`;
    const what = archive ? 'web application archive' : 'web application directory';
    log(method, `Deploying ${what} [${d.path}]`, 8);
    if (archive)
      log(
        'org.apache.jasper.servlet.TldScanner.scanJars',
        'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.',
        Math.round(d.ms * 0.7),
      );
    const rest = archive ? d.ms - Math.round(d.ms * 0.7) : d.ms;
    log(method, `Deployment of ${what} [${d.path}] has finished in [${grouped(d.ms)}] ms`, rest);
  }
  log('org.apache.coyote.AbstractProtocol.start', `Starting ProtocolHandler ${connector}`, 12);
  log(
    'org.apache.catalina.startup.Catalina.start',
    `Server startup in [${at + 8 - started}] milliseconds`,
    8,
  );
  return {
    note: opens.length > 0 ? `NOTE: Picked up JDK_JAVA_OPTIONS:  ${opens.join(' ')}\n` : '',
    lines: out.join(''),
    ms: at - f.start,
  };
}
