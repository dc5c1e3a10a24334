// A Spring Boot app's container through the docker CLI: a web app keeps running after its
// startup log and dies of SIGTERM on `docker stop` (143); an app without a web server exits.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from '../../runtime/testing/terminal';
import { runProgram } from '../testing/fake-io';
import { writeJar } from './jar-files';
import { bootVersion, gracefulShutdownLog } from './spring-boot-serve';
import { javaProgram } from './java';
import { BOOT_POM, JETTY_POM, jdkFs, mavenProject, TEMURIN_21 } from './test-projects';

const terminal = busyboxTerminals('docker pull -q eclipse-temurin:21-jre');

const BUILD = `FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B -q package -DskipTests
`;

const FAT_JAR = `${BUILD}
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /app/target/demo-0.0.1-SNAPSHOT.jar app.jar
ENTRYPOINT ["java", "-jar", "app.jar"]
`;

const LAYERED = `${BUILD}RUN java -Djarmode=tools -jar target/demo-0.0.1-SNAPSHOT.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /app/extracted/dependencies/ ./
COPY --from=build /app/extracted/spring-boot-loader/ ./
COPY --from=build /app/extracted/snapshot-dependencies/ ./
COPY --from=build /app/extracted/application/ ./
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
`;

function build(t: Terminal, dockerfile: string, pom = BOOT_POM): void {
  writeHostFiles(t, 'demo', { ...mavenProject(pom), Dockerfile: dockerfile });
  const built = t.run('docker build -q -t demo demo');
  expect(built.err).toBe('');
  expect(built.code).toBe(0);
}

function expectServing(t: Terminal): void {
  expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
  const log = t.run('docker logs web').out.split('\n');
  // The banner (Boot 3.3+ leaves a line between the art and the version), then the log.
  expect(log.slice(0, 10)).toEqual([
    '',
    '  .   ____          _            __ _ _',
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    ' =========|_|==============|___/=/_/_/_/',
    '',
    ' :: Spring Boot ::                (v3.5.7)',
    '',
  ]);
  expect(log[10]).toMatch(
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z {2}INFO 1 --- \[demo\] \[ {11}main\] com\.example\.demo\.DemoApplication {9}: Starting DemoApplication using Java 21\.0\.\d+ with PID 1 \(\/app\S* started by root in \/app\)$/,
  );
  expect(log).toContainEqual(
    expect.stringMatching(
      / INFO 1 --- \[demo\] \[ {11}main\] o\.s\.b\.w\.embedded\.tomcat\.TomcatWebServer {2}: Tomcat started on port 8080 \(http\) with context path '\/'$/,
    ),
  );
  expect(log[log.length - 2]).toMatch(
    /: Started DemoApplication in \d+\.\d{3} seconds \(process running for \d+\.\d{3}\)$/,
  );
  t.run('docker stop web');
  expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(143\) /);
  // Boot 3.4+ shuts the web server down gracefully by default, and says so.
  const after = t.run('docker logs web').out.split('\n');
  expect(after.slice(-3, -1)).toEqual([
    expect.stringMatching(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z {2}INFO 1 --- \[demo\] \[ionShutdownHook\] o\.s\.b\.w\.e\.tomcat\.GracefulShutdown {8}: Commencing graceful shutdown\. Waiting for active requests to complete$/,
    ),
    expect.stringMatching(
      / INFO 1 --- \[demo\] \[tomcat-shutdown\] o\.s\.b\.w\.e\.tomcat\.GracefulShutdown {8}: Graceful shutdown complete$/,
    ),
  ]);
}

describe('a Spring Boot web app in a container', () => {
  it('keeps `java -jar app.jar` running after Tomcat starts, and exits 143 on docker stop', () => {
    const t = terminal();
    build(t, FAT_JAR);
    t.run('docker run -d --name web demo');
    expectServing(t);
  });

  it('serves from an extracted layered jar started by JarLauncher', () => {
    const t = terminal();
    build(t, LAYERED);
    t.run('docker run -d --name web demo');
    expectServing(t);
  });

  it('serves through `java -cp app.jar JarLauncher`', () => {
    const t = terminal();
    build(t, FAT_JAR);
    t.run(
      'docker run -d --name web --entrypoint java demo -cp app.jar org.springframework.boot.loader.launch.JarLauncher',
    );
    expectServing(t);
  });

  it("serves the flattened layout of Spring's Docker guide: java -cp app:app/lib/* <main class>", () => {
    const t = terminal();
    build(
      t,
      `${BUILD}WORKDIR /app/target/dependency
RUN jar -xf ../*.jar

FROM eclipse-temurin:21-jre
ARG DEPENDENCY=/app/target/dependency
COPY --from=build \${DEPENDENCY}/BOOT-INF/lib /app/lib
COPY --from=build \${DEPENDENCY}/META-INF /app/META-INF
COPY --from=build \${DEPENDENCY}/BOOT-INF/classes /app
ENTRYPOINT ["java","-cp","app:app/lib/*","com.example.demo.DemoApplication"]
`,
    );
    t.run('docker run -d --name web demo');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    const log = t.run('docker logs web').out;
    expect(log).toMatch(
      /com\.example\.demo\.DemoApplication {9}: Starting DemoApplication using Java 21\.0\.\d+ with PID 1 \(\/app started by root in \/\)\n/,
    );
    expect(log).toMatch(/TomcatWebServer {2}: Tomcat started on port 8080 \(http\)/);
  });

  it('starts Jetty for spring-boot-starter-jetty (Tomcat excluded) and keeps serving', () => {
    const t = terminal();
    build(t, FAT_JAR, JETTY_POM);
    t.run('docker run -d --name web demo');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    const log = t.run('docker logs web').out;
    expect(log).not.toContain('Tomcat');
    expect(log).toMatch(
      / INFO 1 --- \[demo\] \[ {11}main\] o\.s\.b\.w\.e\.j\.JettyServletWebServerFactory : Server initialized with port: 8080\n/,
    );
    expect(log).toMatch(
      / org\.eclipse\.jetty\.server\.Server {10}: Started oejs\.Server@[0-9a-f]+\{STARTING\}\[12\.0\.29,sto=0\] @\d+ms\n/,
    );
    expect(log).toMatch(
      / o\.s\.b\.web\.embedded\.jetty\.JettyWebServer {2}: Jetty started on port 8080 \(http\/1\.1\) with context path '\/'\n/,
    );
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(143\) /);
    expect(t.run('docker logs web').out).toMatch(
      / INFO 1 --- \[demo\] \[ jetty-shutdown\] o\.s\.b\.w\.embedded\.jetty\.GracefulShutdown {2}: Graceful shutdown complete\n$/,
    );
  });

  it('lets an app without spring-boot-starter-web exit at once (0)', () => {
    const t = terminal();
    build(t, FAT_JAR, BOOT_POM.replace('spring-boot-starter-web', 'spring-boot-starter'));
    t.run('docker run -d --name job demo');
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^job Exited \(0\) /,
    );
    expect(t.run('docker logs job').out).not.toContain('Tomcat');
  });
});

describe('a Spring Boot app started without a container (no io.serve)', () => {
  const jar = (libraries: string[]) => {
    const fs = jdkFs();
    const entries = libraries.map((l) => ({ path: `BOOT-INF/lib/${l}`, size: 1000 }));
    writeJar(fs, '/app/app.jar', { kind: 'boot', mainClass: 'com.example.Api', entries }, 9e6, 'x');
    return fs;
  };

  it('logs Netty for a webflux app, on SERVER_PORT, and returns 0', () => {
    const fs = jar(['spring-webflux-6.2.12.jar', 'reactor-netty-http-1.2.11.jar']);
    const result = runProgram(javaProgram(), ['java', '-jar', 'app.jar'], fs, {
      env: { ...TEMURIN_21, SERVER_PORT: '9000' },
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      / o\.s\.b\.web\.embedded\.netty\.NettyWebServer {2}: Netty started on port 9000 \(http\)\n/,
    );
    expect(result.stdout).not.toContain('Tomcat');
  });
});

describe('Spring Boot’s shutdown log', () => {
  it('is silent before Boot 3.4, whose default shutdown was immediate', () => {
    expect(gracefulShutdownLog({ kind: 'tomcat', version: '10.1.31' }, [3, 3])).toEqual([]);
    expect(gracefulShutdownLog({ kind: 'tomcat', version: '10.1.31' }, [2, 7])).toEqual([]);
  });

  it('names Netty’s logger and shutdown thread for a WebFlux app', () => {
    const texts = gracefulShutdownLog({ kind: 'netty' }, [3, 4]).map((l) => l.text);
    expect(texts).toEqual([
      '{time}  INFO 1 --- [ionShutdownHook] o.s.b.w.embedded.netty.GracefulShutdown  : Commencing graceful shutdown. Waiting for active requests to complete\n',
      '{time}  INFO 1 --- [ netty-shutdown] o.s.b.w.embedded.netty.GracefulShutdown  : Graceful shutdown complete\n',
    ]);
  });

  it('reads Boot’s version from its own jar among the libraries', () => {
    expect(bootVersion(['spring-core-6.2.1.jar', 'spring-boot-3.4.1.jar'])).toEqual([3, 4]);
    expect(bootVersion(['spring-boot-autoconfigure-3.4.1.jar'])).toBeUndefined();
  });
});
