/**
 * The tomcat images' `catalina.sh` (a stand-in file there, modelled here): `run` execs the
 * JVM in the foreground as PID 1, logs Catalina's start-up to the console (and to
 * logs/catalina.<date>.log), deploys what webapps holds (each WAR expanded beside itself, as
 * unpackWARs does) and keeps running; `docker stop` sends SIGTERM, the JVM runs Tomcat's
 * shutdown hook and exits 143. `version` reports the server and JVM; `start` starts it in the
 * background and returns ("Tomcat started."), so a container whose command it is exits.
 * The applications' code is not run.
 */
import { basename, dirname } from '../../fs/path';
import type { ProgramEntry, ProgramIO, StopLogLine } from '../../shell/program';
import { KERNEL } from '../../shell/programs/system';
import { readDpkgDb } from '../../programs/apt/dpkg-db';
import {
  addOpens,
  startupLog,
  systemProperties,
  type Deployment,
  type UserOptions,
} from './tomcat-log';
import type { ServiceContext } from './types';

const USAGE = `Usage: catalina.sh ( commands ... )
commands:
  debug             Start Catalina in a debugger
  debug -security   Debug Catalina with a security manager
  jpda start        Start Catalina under JPDA debugger
  run               Start Catalina in the current window
  run -security     Start in the current window with security manager
  start             Start Catalina in a separate window
  start -security   Start in a separate window with security manager
  stop              Stop Catalina, waiting up to 5 seconds for the process to end
  stop n            Stop Catalina, waiting up to n seconds for the process to end
  stop -force       Stop Catalina, wait up to 5 seconds and then use kill -KILL if still running
  stop n -force     Stop Catalina, wait up to n seconds and then use kill -KILL if still running
  configtest        Run a basic syntax check on server.xml - check exit code for result
  version           What version of tomcat are you running?
Note: Waiting for the process to end and use of the -force option require that $CATALINA_PID is defined
`;

interface Install {
  home: string;
  version: string;
  major: number;
  javaHome: string;
  javaMajor: number;
  jvmVersion: string;
  user: UserOptions;
}

/** "jdk-17.0.17+10" → 17.0.17+10; "jdk8u472-b08" → 1.8.0_472-b08. */
function jvmOf(javaVersion: string | undefined): { major: number; version: string } {
  const eight = /^jdk8u(\d+)-(b\d+)$/.exec(javaVersion ?? '');
  if (eight) return { major: 8, version: `1.8.0_${eight[1]}-${eight[2]}` };
  const modern = /^jdk-((\d+)[^ ]*)$/.exec(javaVersion ?? '');
  if (modern) return { major: Number(modern[2]), version: modern[1] ?? '' };
  return { major: 21, version: '21.0.9+10' };
}

function install(argv0: string, io: ProgramIO): Install {
  const home =
    io.env.CATALINA_HOME ?? (argv0.includes('/') ? dirname(dirname(argv0)) : '/usr/local/tomcat');
  const version = io.env.TOMCAT_VERSION ?? '10.1.48';
  const jvm = jvmOf(io.env.JAVA_VERSION);
  return {
    home,
    version,
    major: Number(version.split('.')[0]),
    javaHome: io.env.JAVA_HOME ?? '/opt/java/openjdk',
    javaMajor: jvm.major,
    jvmVersion: jvm.version,
    user: {
      javaOpts: (io.env.JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
      catalinaOpts: (io.env.CATALINA_OPTS ?? '').split(/\s+/).filter(Boolean),
    },
  };
}

/** Tomcat Native, when the image built it, with the APR and OpenSSL it found. */
function nativeLibrary(io: ProgramIO, home: string) {
  if (!io.fs.stat(`${home}/native-jni-lib/libtcnative-1.so`).ok) return undefined;
  const packages = readDpkgDb(io.fs).packages;
  const noble = packages.has('libssl3t64');
  const apr = (packages.get('libapr1t64') ?? packages.get('libapr1'))?.version ?? '1.7.2-3';
  return {
    tcnative: '2.0.9',
    apr: apr.replace(/^\d+:/, '').replace(/-[^-]*$/, ''),
    openssl: noble ? 'OpenSSL 3.0.13 30 Jan 2024' : 'OpenSSL 3.0.2 15 Mar 2022',
  };
}

/** WARs first, then directories that are not a WAR's expansion (HostConfig's order). */
function deployments(io: ProgramIO, home: string): Deployment[] {
  const dir = `${home}/webapps`;
  const names = io.fs.readdir(dir);
  if (!names.ok) return [];
  const sorted = [...names.value].sort();
  const wars = sorted.filter((n) => n.endsWith('.war') && io.fs.stat(`${dir}/${n}`).ok);
  const expanded = new Set(wars.map((n) => n.slice(0, -4)));
  const dirs = sorted.filter((n) => {
    const st = io.fs.stat(`${dir}/${n}`);
    return st.ok && st.value.node.kind === 'dir' && !expanded.has(n);
  });
  const sizeOf = (n: string) => {
    const st = io.fs.stat(`${dir}/${n}`);
    return st.ok && st.value.node.kind === 'file' ? st.value.node.size : 0;
  };
  return [
    ...wars.map((n): Deployment => {
      return { kind: 'archive', path: `${dir}/${n}`, ms: 900 + Math.round(sizeOf(n) / 9_000) };
    }),
    ...dirs.map((n): Deployment => ({ kind: 'directory', path: `${dir}/${n}`, ms: 24 + n.length })),
  ];
}

/** What a deployment leaves behind: the expanded WAR and the context's work directory. */
function unpack(io: ProgramIO, home: string, deployed: readonly Deployment[]): void {
  for (const d of deployed) {
    const name = basename(d.path).replace(/\.war$/, '');
    if (d.kind === 'archive' && !io.fs.stat(`${home}/webapps/${name}`).ok) {
      io.fs.mkdir(`${home}/webapps/${name}`, { parents: true });
      io.fs.mkdir(`${home}/webapps/${name}/META-INF`, { parents: true });
      io.fs.mkdir(`${home}/webapps/${name}/WEB-INF`, { parents: true });
    }
    io.fs.mkdir(`${home}/work/Catalina/localhost/${name}`, { parents: true });
  }
}

function writeLogs(io: ProgramIO, home: string, text: string): void {
  const day = new Date(io.now).toISOString().slice(0, 10);
  io.fs.writeFile(`${home}/logs/catalina.${day}.log`, { text });
  io.fs.writeFile(`${home}/logs/localhost.${day}.log`, { text: '' });
}

/**
 * What catalina.sh execs (PID 1 as ps shows it). The module options travel in
 * JDK_JAVA_OPTIONS, so they are not in its argv, though the JVM counts them as arguments.
 */
function javaCommand(t: Install): string {
  const props = systemProperties(t.home, t.major, t.user);
  return [
    `${t.javaHome}/bin/java`,
    ...props.slice(0, -3),
    ...(t.major < 10 ? ['-Dignore.endorsed.dirs='] : []),
    '-classpath',
    `${t.home}/bin/bootstrap.jar:${t.home}/bin/tomcat-juli.jar`,
    ...props.slice(-3),
    'org.apache.catalina.startup.Bootstrap',
    'start',
  ].join(' ');
}

function usingLines(t: Install): string {
  return (
    `Using CATALINA_BASE:   ${t.home}\nUsing CATALINA_HOME:   ${t.home}\n` +
    `Using CATALINA_TMPDIR: ${t.home}/temp\nUsing JRE_HOME:        ${t.javaHome}\n` +
    `Using CLASSPATH:       ${t.home}/bin/bootstrap.jar:${t.home}/bin/tomcat-juli.jar\n` +
    `Using CATALINA_OPTS:   ${t.user.catalinaOpts.join(' ')}\n`
  );
}

function version(t: Install, io: ProgramIO): number {
  if (t.javaMajor >= 9)
    io.stderr(`NOTE: Picked up JDK_JAVA_OPTIONS:  ${addOpens(t.major).join(' ')}\n`);
  io.stdout(
    `Server version: Apache Tomcat/${t.version}\nServer built:   Oct 7 2025 10:28:31 UTC\n` +
      `Server number:  ${t.version}.0\nOS Name:        Linux\nOS Version:     ${KERNEL.release}\n` +
      `Architecture:   amd64\nJVM Version:    ${t.jvmVersion}\nJVM Vendor:     Eclipse Adoptium\n`,
  );
  io.spend(600);
  return 0;
}

function run(ctx: ServiceContext, t: Install, io: ProgramIO): number {
  const deployed = deployments(io, t.home);
  const native = nativeLibrary(io, t.home);
  const log = startupLog({
    home: t.home,
    version: t.version,
    javaHome: t.javaHome,
    jvmVersion: t.jvmVersion,
    javaMajor: t.javaMajor,
    kernel: KERNEL.release,
    ...(native ? { native } : {}),
    port: 8080,
    deployments: deployed,
    user: t.user,
    start: io.now,
  });
  if (ctx.tty) io.stdout(usingLines(t));
  io.stderr(log.note + log.lines);
  unpack(io, t.home, deployed);
  writeLogs(io, t.home, log.lines);
  io.spend(log.ms);
  if (deployed.some((d) => d.kind === 'archive'))
    io.note(
      'Tomcat deployed the WARs in webapps as modelled lines: the applications themselves are not run, so they print nothing of their own.',
    );
  const commandLine = javaCommand(t);
  const serving = {
    stopLog: stopLines(),
    name: 'java',
    commandLine,
    // The JVM handles SIGTERM: Tomcat's shutdown hook stops the server, then 128+15.
    ignoresSigterm: false,
    termExitCode: 143,
    termDelayMs: 300 + deployed.length * 150,
  };
  // catalina.sh execs the JVM: PID 1 is java, as ps and docker top show it.
  if (io.serve) io.serve({ ...serving, processes: { title: commandLine } });
  ctx.block(serving);
}

/** What Catalina's shutdown hook logs as SIGTERM stops it (JUL to stderr, like its start). */
function stopLines(): StopLogLine[] {
  const http = '["http-nio-8080"]';
  return [
    ['org.apache.coyote.AbstractProtocol.pause', `Pausing ProtocolHandler ${http}`, 0],
    ['org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]', 6],
    ['org.apache.coyote.AbstractProtocol.stop', `Stopping ProtocolHandler ${http}`, 41],
    ['org.apache.coyote.AbstractProtocol.destroy', `Destroying ProtocolHandler ${http}`, 47],
  ].map(([source, message, afterMs]) => ({
    stream: 'stderr' as const,
    text: `{time} INFO [Thread-1] ${source} ${message}\n`,
    clock: 'tomcat' as const,
    afterMs: Number(afterMs),
  }));
}

export function catalinaProgram(ctx: ServiceContext): ProgramEntry {
  return {
    run: (argv, io) => {
      const t = install(argv[0] ?? 'catalina.sh', io);
      const [command, ...rest] = argv.slice(1);
      if (!io.env.JAVA_HOME && !io.env.JRE_HOME) {
        io.stdout(
          'Neither the JAVA_HOME nor the JRE_HOME environment variable is defined\nAt least one of these environment variable is needed to run this program\n',
        );
        return 1;
      }
      switch (command) {
        case 'run':
          return run(ctx, t, io);
        case 'version':
          return version(t, io);
        case 'start':
          if (ctx.tty) io.stdout(usingLines(t));
          io.stdout('Tomcat started.\n');
          io.note(
            "catalina.sh start runs Tomcat in the background and returns: as a container's command, the container then exits.",
          );
          return 0;
        default:
          void rest;
          io.stdout(USAGE);
          return 1;
      }
    },
  };
}
