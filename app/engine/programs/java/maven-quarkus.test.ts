import { describe, expect, it } from 'vitest';
import { listDir, readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { readJar } from './jar-files';
import { javaProgram } from './java';
import { mvnProgram } from './mvn';
import { jdkFs, TEMURIN_21 } from './test-projects';

// The shape code.quarkus.io generates: the platform BOM imported, the plugin at its version.
const POM = `<?xml version="1.0"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>code-with-quarkus</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <quarkus.platform.group-id>io.quarkus.platform</quarkus.platform.group-id>
    <quarkus.platform.version>3.28.3</quarkus.platform.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>\${quarkus.platform.group-id}</groupId>
        <artifactId>quarkus-bom</artifactId>
        <version>\${quarkus.platform.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-arc</artifactId></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>\${quarkus.platform.group-id}</groupId>
        <artifactId>quarkus-maven-plugin</artifactId>
        <version>\${quarkus.platform.version}</version>
        <extensions>true</extensions>
      </plugin>
    </plugins>
  </build>
</project>`;

describe('a Quarkus project', () => {
  it('packages the fast-jar layout that Dockerfile.jvm copies, the BOM managing versions', () => {
    const fs = jdkFs({
      'pom.xml': POM,
      'src/main/java/org/acme/GreetingResource.java':
        'package org.acme;\npublic class GreetingResource {}\n',
    });
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'package', '-DskipTests'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Downloading from central: https://repo.maven.apache.org/maven2/io/quarkus/platform/quarkus-bom/3.28.3/quarkus-bom-3.28.3.pom\n',
    );
    expect(result.stdout).toContain(
      '[INFO] --- quarkus:3.28.3:build (default) @ code-with-quarkus ---\n',
    );
    expect(result.stdout).toMatch(
      /\[INFO\] \[io\.quarkus\.deployment\.QuarkusAugmentor\] Quarkus augmentation completed in \d+ms\n/,
    );
    const app = '/app/target/quarkus-app';
    expect(listDir(fs, app)).toEqual([
      'app',
      'lib',
      'quarkus',
      'quarkus-app-dependencies.txt',
      'quarkus-run.jar',
    ]);
    expect(listDir(fs, `${app}/lib/main`)).toContain('io.quarkus.quarkus-rest-3.28.3.jar');
    expect(readText(fs, `${app}/quarkus-app-dependencies.txt`)).toContain(
      'io.quarkus:quarkus-arc::jar:3.28.3\n',
    );
    expect(readJar(fs, `${app}/quarkus-run.jar`)).toMatchObject({
      mainClass: 'io.quarkus.bootstrap.runner.QuarkusEntryPoint',
    });
    expect(
      runProgram(javaProgram(), ['java', '-jar', 'target/quarkus-app/quarkus-run.jar'], fs, {
        env: TEMURIN_21,
        cwd: '/app',
      }).code,
    ).toBe(0);
  });
});
