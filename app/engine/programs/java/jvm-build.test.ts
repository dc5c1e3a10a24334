// JVM Dockerfiles through the build engine: Maven's dependency-caching pattern into a JRE
// stage, a Gradle bootJar build into Alpine's JRE, and the Maven Wrapper started by mvnw.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { fileSize } from '../common/fs-helpers';
import { readJar } from './jar-files';
import { gradleProject, mavenProject } from './test-projects';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** How many layers an image built from `from` alone has. */
function baseLayers(from: string): number {
  const out = buildInSession(catalog, `FROM ${from}\n`);
  return out.image?.diffIds.length ?? -1;
}

const MAVEN = `FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /app/target/demo-0.0.1-SNAPSHOT.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
`;

describe('a multi-stage Maven build', () => {
  it('caches dependencies in their own layer and ships only the jar on the JRE', () => {
    const out = buildInSession(catalog, MAVEN, { files: mavenProject() });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('[INFO] Resolved dependency: spring-boot-starter-web-3.5.7.jar');
    // The package step finds everything in ~/.m2 already (go-offline's layer).
    const packageStep = printed.slice(printed.lastIndexOf('[INFO] Scanning for projects...'));
    expect(packageStep.some((l) => l.startsWith('Downloading from central'))).toBe(false);
    expect(packageStep).toContain('[INFO] BUILD SUCCESS');
    // The JRE's layers, WORKDIR's and the jar's.
    expect(out.image?.diffIds.length).toBe(baseLayers('eclipse-temurin:21-jre') + 2);
    const fs = imageFs(out);
    expect(fileSize(fs, '/app/app.jar')).toBeGreaterThan(15_000_000);
    expect(readJar(fs, '/app/app.jar')).toMatchObject({
      kind: 'boot',
      mainClass: 'com.example.demo.DemoApplication',
    });
    expect(fs.stat('/root/.m2').ok).toBe(false);
    expect(fs.stat('/app/target').ok).toBe(false);
  });

  it('puts the local repository in the go-offline layer', () => {
    const out = buildInSession(catalog, MAVEN.split('\nFROM eclipse')[0] as string, {
      files: mavenProject(),
    });
    const fs = imageFs(out);
    expect(
      fileSize(
        fs,
        '/root/.m2/repository/org/apache/tomcat/embed/tomcat-embed-core/10.1.48/tomcat-embed-core-10.1.48.jar',
      ),
    ).toBeGreaterThan(3_000_000);
    expect(fs.stat('/app/target/demo-0.0.1-SNAPSHOT.jar.original').ok).toBe(true);
  });

  it('fails the build where the jar is missing, as the runtime would', () => {
    const out = buildInSession(
      catalog,
      'FROM eclipse-temurin:21-jre\nWORKDIR /app\nRUN java -jar app.jar\n',
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out)).toContain('Error: Unable to access jarfile app.jar');
  });
});

describe("Spring Boot's layered image", () => {
  it('gives each extracted layer its own image layer, libraries in the biggest', () => {
    const out = buildInSession(
      catalog,
      `${MAVEN.split('\nFROM eclipse')[0] as string}
FROM eclipse-temurin:21-jre AS builder
WORKDIR /application
COPY --from=build /app/target/demo-0.0.1-SNAPSHOT.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:21-jre
WORKDIR /application
COPY --from=builder /application/extracted/dependencies/ ./
COPY --from=builder /application/extracted/spring-boot-loader/ ./
COPY --from=builder /application/extracted/snapshot-dependencies/ ./
COPY --from=builder /application/extracted/application/ ./
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
`,
      { files: mavenProject() },
    );
    expect(out.ok).toBe(true);
    const base = baseLayers('eclipse-temurin:21-jre');
    expect(out.image?.diffIds.length).toBe(base + 5);
    const sizes = (out.image?.diffIds ?? [])
      .slice(base + 1)
      .map((d) => out.layers.find((l) => l.diffId === d)?.size ?? 0);
    expect(sizes[0]).toBeGreaterThan(15_000_000);
    expect(sizes[1]).toBeGreaterThan(200_000);
    expect(sizes[1]).toBeLessThan(1_000_000);
    expect(sizes[3]).toBeLessThan(100_000);
    const fs = imageFs(out);
    expect(
      fs.stat('/application/org/springframework/boot/loader/launch/JarLauncher.class').ok,
    ).toBe(true);
    expect(fs.stat('/application/BOOT-INF/lib/spring-core-6.2.12.jar').ok).toBe(true);
  });
});

describe('a Gradle bootJar build', () => {
  it('builds in the gradle image and ships build/libs/<name>-<version>.jar on Alpine', () => {
    const out = buildInSession(
      catalog,
      `FROM gradle:8.10-jdk21 AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle bootJar --no-daemon

FROM eclipse-temurin:21-jre-alpine
COPY --from=build /home/gradle/src/build/libs/demo-0.0.1-SNAPSHOT.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
`,
      { files: gradleProject() },
    );
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('> Task :bootJar');
    expect(printed.some((l) => /^BUILD SUCCESSFUL in \d+s$/.test(l))).toBe(true);
    expect(printed).toContain('4 actionable tasks: 4 executed');
    expect(out.image?.diffIds.length).toBe(baseLayers('eclipse-temurin:21-jre-alpine') + 1);
    const fs = imageFs(out);
    expect(fileSize(fs, '/app.jar')).toBeGreaterThan(15_000_000);
    expect(readJar(fs, '/app.jar')).toMatchObject({ kind: 'boot' });
  });
});
