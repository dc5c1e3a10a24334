import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles } from '../testing/terminal';
import { tomcatTime } from './tomcat-log';

const terminal = busyboxTerminals('docker pull -q tomcat:10.1-jdk17');

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>shop</artifactId>
  <version>1.0.0</version>
  <packaging>war</packaging>
  <properties><maven.compiler.release>17</maven.compiler.release></properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework</groupId>
      <artifactId>spring-webmvc</artifactId>
      <version>6.2.12</version>
    </dependency>
  </dependencies>
</project>
`;

/** A Spring MVC WAR built with Maven and deployed as ROOT, as many real Dockerfiles do. */
const DOCKERFILE = `FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN mvn -q package -DskipTests

FROM tomcat:10.1-jdk17
RUN rm -rf /usr/local/tomcat/webapps/*
COPY --from=build /src/target/shop-1.0.0.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
CMD ["catalina.sh", "run"]
`;

const STAMP = /^\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d\.\d{3} INFO \[main\] /;

describe('tomcat: catalina.sh run', () => {
  it('keeps tomcat:10.1 running with Catalina’s start-up lines and stops with 143', () => {
    const t = terminal();
    t.run('docker run -d --name cat tomcat:10.1-jdk17');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'").out).toMatch(
      /^cat Up \d+ seconds? 8080\/tcp\n$/,
    );
    const logs = t.run('docker logs cat');
    expect(logs.out).toBe('');
    const lines = logs.err.split('\n');
    expect(lines[0]).toMatch(
      /^NOTE: Picked up JDK_JAVA_OPTIONS: {2}--add-opens=java.base\/java.lang=ALL-UNNAMED /,
    );
    expect(lines[1]).toMatch(STAMP);
    expect(lines[1]).toMatch(
      /org\.apache\.catalina\.startup\.VersionLoggerListener\.log Server version name: {3}Apache Tomcat\/10\.1\.48$/,
    );
    expect(logs.err).toMatch(/JVM Version: {11}17\.0\.\d+\+\d+\n/);
    expect(logs.err).toContain('CATALINA_HOME:         /usr/local/tomcat\n');
    expect(logs.err).toMatch(/Loaded Apache Tomcat Native library \[2\.0\.\d+\] using APR version/);
    expect(logs.err).toContain('Starting Servlet engine: [Apache Tomcat/10.1.48]\n');
    expect(logs.err).not.toContain('Deploying');
    expect(lines[lines.length - 2]).toMatch(
      /org\.apache\.catalina\.startup\.Catalina\.start Server startup in \[\d+\] milliseconds$/,
    );
    // The JVM runs Tomcat's shutdown hook on SIGTERM and dies of it: not a 10 s kill.
    const before = t.clock.now();
    t.run('docker stop cat');
    expect(t.clock.now() - before).toBeLessThan(5_000);
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(143\) /);
    const stopped = t
      .run('docker logs cat')
      .err.split('\n')
      .slice(lines.length - 1, -1);
    const time = /^\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d\.\d{3}/;
    expect(stopped.map((l) => l.replace(time, 'T'))).toEqual([
      'T INFO [Thread-1] org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]',
      'T INFO [Thread-1] org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]',
      'T INFO [Thread-1] org.apache.coyote.AbstractProtocol.stop Stopping ProtocolHandler ["http-nio-8080"]',
      'T INFO [Thread-1] org.apache.coyote.AbstractProtocol.destroy Destroying ProtocolHandler ["http-nio-8080"]',
    ]);
  });

  it('deploys a Spring WAR copied into webapps and expands it, logging to catalina.<date>.log', () => {
    const t = terminal();
    writeHostFiles(t, 'shop', {
      'pom.xml': POM,
      'src/main/java/com/example/HelloController.java':
        'package com.example;\npublic class HelloController {}\n',
      Dockerfile: DOCKERFILE,
    });
    const built = t.run('docker build -q -t shop shop');
    expect(built.code, built.err).toBe(0);
    const history = t
      .run("docker history --no-trunc --format '{{.CreatedBy}}' shop")
      .out.split('\n');
    expect(history[0]).toBe('CMD ["catalina.sh" "run"]');
    expect(history[2]).toBe(
      'COPY /src/target/shop-1.0.0.war /usr/local/tomcat/webapps/ROOT.war # buildkit',
    );
    expect(history).toContain('ENTRYPOINT []');
    t.run('docker run -d --name shop -p 8080:8080 shop');
    const err = t.run('docker logs shop').err;
    expect(err).toMatch(
      /HostConfig\.deployWAR Deploying web application archive \[\/usr\/local\/tomcat\/webapps\/ROOT\.war\]\n/,
    );
    expect(err).toMatch(
      /Deployment of web application archive \[\/usr\/local\/tomcat\/webapps\/ROOT\.war\] has finished in \[[\d,]+\] ms\n/,
    );
    expect(err.indexOf('ROOT.war')).toBeLessThan(err.indexOf('Starting ProtocolHandler'));
    const diff = t.run('docker diff shop').out;
    expect(diff).toContain('A /usr/local/tomcat/webapps/ROOT\n');
    expect(diff).toMatch(/A \/usr\/local\/tomcat\/logs\/catalina\.\d{4}-\d\d-\d\d\.log\n/);
    expect(
      t.run('docker exec shop sh -c "cat /usr/local/tomcat/logs/catalina.*.log"').out,
    ).toContain('Server startup in [');
  });

  it('lists JAVA_OPTS and CATALINA_OPTS among the JVM’s arguments, where catalina.sh puts them', () => {
    const t = terminal();
    t.run(
      "docker run -d --name opts -e JAVA_OPTS='-Xms256m -Xmx512m' -e CATALINA_OPTS=-Dapp.env=prod tomcat:10.1-jdk17",
    );
    const args = t
      .run('docker logs opts')
      .err.split('\n')
      .filter((l) => l.includes('Command line argument:'))
      .map((l) => l.replace(/^.*Command line argument: /, ''));
    expect(args.slice(5, 14)).toEqual([
      '-Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties',
      '-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager',
      '-Xms256m',
      '-Xmx512m',
      '-Djdk.tls.ephemeralDHKeySize=2048',
      '-Djava.protocol.handler.pkgs=org.apache.catalina.webresources',
      '-Dorg.apache.catalina.security.SecurityListener.UMASK=0027',
      '-Dapp.env=prod',
      '-Dcatalina.base=/usr/local/tomcat',
    ]);
  });

  it('reports the server and JVM for catalina.sh version and exits', () => {
    const t = terminal();
    const printed = t.run('docker run --rm tomcat:10.1-jdk17 catalina.sh version');
    expect(printed.out).toMatch(
      /^Server version: Apache Tomcat\/10\.1\.48\nServer built: {3}.+\nServer number: {2}10\.1\.48\.0\nOS Name: {8}Linux\n/,
    );
    expect(printed.out).toMatch(
      /JVM Version: {4}17\.0\.\d+\+\d+\nJVM Vendor: {5}Eclipse Adoptium\n$/,
    );
    expect(t.run('docker ps -aq').out).toBe('');
  });

  it('writes JULI’s one-line time', () => {
    expect(tomcatTime(Date.UTC(2026, 10, 30, 3, 12, 45, 123))).toBe('30-Nov-2026 03:12:45.123');
  });
});
