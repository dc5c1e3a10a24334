// The declared Spring Boot version decides the libraries a build resolves: the starter
// parent's version (Maven) or the Boot plugin's (Gradle) picks a line of boot-lines.ts.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { bootLine, bootManagedVersion } from './boot-lines';
import { readJar } from './jar-files';
import { gradleProgram } from './gradle';
import { mvnProgram } from './mvn';
import {
  BOOT_GRADLE,
  JETTY_POM,
  BOOT_POM,
  gradleProject,
  jdkFs,
  mavenProject,
  TEMURIN_21,
} from './test-projects';

const M2 = '/root/.m2/repository';

function mvnPackage(boot: string) {
  const fs = jdkFs(
    mavenProject(BOOT_POM.replace('<version>3.5.7</version>', `<version>${boot}</version>`)),
  );
  const result = runProgram(mvnProgram(), ['mvn', '-B', 'package', '-DskipTests'], fs, {
    env: TEMURIN_21,
    cwd: '/app',
  });
  expect(result.code).toBe(0);
  const jar = readJar(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar');
  const libs =
    typeof jar === 'object'
      ? (jar.entries ?? [])
          .filter((e) => e.path.startsWith('BOOT-INF/lib/'))
          .map((e) => e.path.slice('BOOT-INF/lib/'.length))
      : [];
  return { fs, result, libs };
}

describe('mvn package follows the spring-boot-starter-parent version', () => {
  it('puts Boot 2.7.18’s managed libraries in BOOT-INF/lib and ~/.m2', () => {
    const { fs, libs, result } = mvnPackage('2.7.18');
    expect(libs).toEqual(
      expect.arrayContaining([
        'spring-boot-2.7.18.jar',
        'spring-core-5.3.31.jar',
        'spring-webmvc-5.3.31.jar',
        'tomcat-embed-core-9.0.83.jar',
        'jackson-databind-2.13.5.jar',
        'logback-classic-1.2.12.jar',
        'slf4j-api-1.7.36.jar',
        'snakeyaml-1.30.jar',
        'jakarta.annotation-api-1.3.5.jar',
      ]),
    );
    // Framework 5 has no Micrometer Observation dependency.
    expect(libs.some((l) => l.startsWith('micrometer-'))).toBe(false);
    expect(fs.stat(`${M2}/org/springframework/spring-core/5.3.31/spring-core-5.3.31.jar`).ok).toBe(
      true,
    );
    expect(fs.stat(`${M2}/org/springframework/spring-core/6.2.12`).ok).toBe(false);
    expect(result.stdout).toContain(
      'Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/tomcat/embed/tomcat-embed-core/9.0.83/tomcat-embed-core-9.0.83.jar',
    );
  });

  it('gives Boot 3.0 and Boot 3.5 their own lines', () => {
    const three0 = mvnPackage('3.0.13').libs;
    expect(three0).toEqual(
      expect.arrayContaining([
        'spring-core-6.0.14.jar',
        'tomcat-embed-core-10.1.16.jar',
        'jackson-databind-2.14.3.jar',
        'logback-classic-1.4.11.jar',
        'snakeyaml-1.33.jar',
        'micrometer-observation-1.10.13.jar',
      ]),
    );
    const three5 = mvnPackage('3.5.7').libs;
    expect(three5).toEqual(
      expect.arrayContaining([
        'spring-core-6.2.12.jar',
        'tomcat-embed-core-10.1.48.jar',
        'snakeyaml-2.4.jar',
      ]),
    );
  });

  it('models a version outside the table with the nearest line, and says so', () => {
    const { libs, result } = mvnPackage('2.2.13.RELEASE');
    expect(libs).toContain('spring-boot-2.2.13.RELEASE.jar');
    expect(libs).toContain('spring-core-5.2.15.RELEASE.jar');
    expect(result.notes).toContain(
      "Spring Boot 2.2.13.RELEASE is not in Layercake's table of Boot lines; its libraries are modelled with Boot 2.3.12.RELEASE's managed versions.",
    );
  });

  it("says when another patch of a listed line gets the line's last release's libraries", () => {
    const patch = mvnPackage('3.3.5');
    expect(patch.libs).toContain('spring-boot-3.3.5.jar');
    expect(patch.libs).toContain('tomcat-embed-core-10.1.42.jar');
    expect(patch.result.notes).toContain(
      "Spring Boot 3.3.5's libraries are modelled with the versions Boot 3.3.13, the last 3.3 release, manages (Tomcat, Jackson and the rest may be a few patches newer than 3.3.5 pins).",
    );
    expect(mvnPackage('3.3.13').result.notes.join('\n')).not.toContain('modelled with');
  });

  it('compiles a Boot 2 project for Java 8 by default (source/target, not release)', () => {
    const pom = BOOT_POM.replace('<version>3.5.7</version>', '<version>2.7.18</version>').replace(
      '\t\t<java.version>21</java.version>\n',
      '',
    );
    const fs = jdkFs(mavenProject(pom));
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'package', '-DskipTests'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result.stdout).toContain('with javac [debug parameters target 1.8] to target/classes');
  });
});

describe('spring-boot-starter-jetty', () => {
  const jetty = (boot: string) => {
    const fs = jdkFs(
      mavenProject(JETTY_POM.replace('<version>3.5.7</version>', `<version>${boot}</version>`)),
    );
    runProgram(mvnProgram(), ['mvn', '-B', '-q', 'package', '-DskipTests'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    const jar = readJar(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar');
    return typeof jar === 'object' ? (jar.entries ?? []).map((e) => e.path.split('/').pop()) : [];
  };

  it('brings Jetty 12’s ee10 modules on Boot 3.5 and none of Tomcat (excluded)', () => {
    const libs = jetty('3.5.7');
    expect(libs).toEqual(
      expect.arrayContaining([
        'jetty-server-12.0.29.jar',
        'jetty-ee10-webapp-12.0.29.jar',
        'jakarta.servlet-api-6.0.0.jar',
      ]),
    );
    expect(libs.filter((l) => l?.startsWith('tomcat-embed-core'))).toEqual([]);
    expect(libs).not.toContain('jetty-webapp-12.0.29.jar');
  });

  it('brings Jetty 9’s modules, without ee10, on Boot 2.7', () => {
    const libs = jetty('2.7.18');
    expect(libs).toEqual(
      expect.arrayContaining([
        'jetty-server-9.4.53.v20231009.jar',
        'jetty-webapp-9.4.53.v20231009.jar',
        'jakarta.servlet-api-4.0.4.jar',
      ]),
    );
    expect(libs.some((l) => l?.includes('ee10') || l?.startsWith('jetty-session'))).toBe(false);
  });
});

/** `gradle bootJar` on `project`; the jar's member paths (the build must succeed). */
function bootJarMembers(project: Record<string, string>): string[] {
  const fs = jdkFs(project);
  const result = runProgram(gradleProgram(), ['gradle', 'bootJar', '--no-daemon'], fs, {
    env: { ...TEMURIN_21, GRADLE_VERSION: '8.10.2', GRADLE_HOME: '/opt/gradle' },
    cwd: '/app',
  });
  expect(result.code).toBe(0);
  const jar = readJar(fs, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar');
  return typeof jar === 'object' ? (jar.entries ?? []).map((e) => e.path) : [];
}

describe('gradle bootJar follows the Boot plugin version', () => {
  it('packs Boot 2.6’s libraries for plugin version 2.6.15', () => {
    const project = gradleProject();
    project['build.gradle'] = BOOT_GRADLE.replace("version '3.5.7'", "version '2.6.15'");
    const libs = bootJarMembers(project);
    expect(libs).toEqual(
      expect.arrayContaining([
        'BOOT-INF/lib/spring-boot-2.6.15.jar',
        'BOOT-INF/lib/spring-core-5.3.27.jar',
        'BOOT-INF/lib/tomcat-embed-core-9.0.75.jar',
        'BOOT-INF/lib/snakeyaml-1.29.jar',
      ]),
    );
  });
});

describe('gradle: swapping Tomcat for Jetty', () => {
  it('honours a configuration’s exclude and packs Jetty instead of Tomcat', () => {
    const project = gradleProject();
    project['build.gradle'] = BOOT_GRADLE.replace(
      'dependencies {',
      `configurations {
	implementation {
		exclude module: 'spring-boot-starter-tomcat'
	}
}

dependencies {
	implementation 'org.springframework.boot:spring-boot-starter-jetty'`,
    );
    const libs = bootJarMembers(project);
    expect(libs).toContain('BOOT-INF/lib/jetty-server-12.0.29.jar');
    expect(libs.filter((l) => l.includes('tomcat-embed-core'))).toEqual([]);
  });
});

describe('the table of Boot lines', () => {
  it('maps a library to its line’s version and leaves other projects to the catalog', () => {
    expect(bootManagedVersion('3.1.5', 'org.springframework:spring-web')).toBe('6.0.21');
    expect(bootManagedVersion('3.1.5', 'org.springframework.boot:spring-boot')).toBe('3.1.5');
    expect(bootManagedVersion('3.1.5', 'org.springframework.data:spring-data-jpa')).toBeUndefined();
    expect(
      bootManagedVersion('2.4.0', 'com.fasterxml.jackson.datatype:jackson-datatype-jdk8'),
    ).toBe('2.11.4');
    expect(bootLine('3.2.0-M1').line.release).toBe('3.2.12');
    expect(bootLine('4.0.0')).toMatchObject({ listed: false, line: { release: '3.5.7' } });
  });
});
