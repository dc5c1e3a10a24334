// The wrappers as projects ship them: shell scripts the shell interprets, which start java
// with the wrapper's main class; java hands over to the Gradle and Maven models.
import { describe, expect, it } from 'vitest';
import { exists, listDir, writeBlob, writeText } from '../common/fs-helpers';
import { fakeCatalog } from '../testing/fake-catalog';
import { shellRun } from '../testing/shell';
import type { Node } from '../../fs/node';
import { mavenDistributionEntries } from './maven-distribution';
import { gradleProject, jdkFs, mavenProject, TEMURIN_21 } from './test-projects';

// The end of the script `gradle wrapper` generates (8.x): the arguments, then exec java.
const GRADLEW = `#!/bin/sh
APP_HOME=$( cd -P "\${0%/*}" > /dev/null && printf '%s\\n' "$PWD" ) || exit
CLASSPATH=$APP_HOME/gradle/wrapper/gradle-wrapper.jar
JAVACMD=$JAVA_HOME/bin/java
DEFAULT_JVM_OPTS='"-Xmx64m" "-Xms64m"'
set -- \\
        "-Dorg.gradle.appname=\${0##*/}" \\
        -classpath "$CLASSPATH" \\
        org.gradle.wrapper.GradleWrapperMain \\
        "$@"
eval "set -- $DEFAULT_JVM_OPTS" '"$@"'
exec "$JAVACMD" "$@"
`;

// Maven Wrapper 3.1's script, shortened to how it starts Maven.
const MVNW = `#!/bin/sh
MAVEN_PROJECTBASEDIR=$(pwd)
export MAVEN_PROJECTBASEDIR
exec "$JAVA_HOME/bin/java" \\
  -classpath "$MAVEN_PROJECTBASEDIR/.mvn/wrapper/maven-wrapper.jar" \\
  "-Dmaven.multiModuleProjectDirectory=\${MAVEN_PROJECTBASEDIR}" \\
  org.apache.maven.wrapper.MavenWrapperMain $MAVEN_CONFIG "$@"
`;

const catalog = fakeCatalog([]);

describe('./gradlew', () => {
  it('downloads the distribution named in gradle-wrapper.properties once, then builds', () => {
    const fs = jdkFs(gradleProject());
    writeText(fs, '/app/gradlew', GRADLEW, 0o755);
    writeBlob(fs, '/app/gradle/wrapper/gradle-wrapper.jar', 'wrapper-jar', 43_583);
    writeText(
      fs,
      '/app/gradle/wrapper/gradle-wrapper.properties',
      'distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-8.14.3-bin.zip\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists\n',
    );
    const first = shellRun('./gradlew bootJar --no-daemon', fs, catalog, {
      cwd: '/app',
      env: TEMURIN_21,
    });
    expect(first.exitCode).toBe(0);
    expect(first.stdout.split('\n').slice(0, 4)).toEqual([
      'Downloading https://services.gradle.org/distributions/gradle-8.14.3-bin.zip',
      '............10%.............20%.............30%.............40%.............50%.............60%.............70%.............80%.............90%.............100%',
      '',
      'Welcome to Gradle 8.14.3!',
    ]);
    expect(first.stdout).toContain('Welcome to Gradle 8.14.3!');
    expect(first.stdout).toContain('> Task :bootJar\n');
    const dists = '/root/.gradle/wrapper/dists/gradle-8.14.3-bin';
    const [hash] = listDir(fs, dists);
    expect(hash).toMatch(/^[0-9a-z]{20,26}$/);
    expect(exists(fs, `${dists}/${hash}/gradle-8.14.3/bin/gradle`)).toBe(true);
    expect(exists(fs, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar')).toBe(true);
    const second = shellRun('./gradlew build -x test', fs, catalog, {
      cwd: '/app',
      env: TEMURIN_21,
    });
    expect(second.stdout).not.toContain('Downloading https://services.gradle.org');
  });

  it('fails as java does when the wrapper jar was not copied', () => {
    const fs = jdkFs(gradleProject());
    writeText(fs, '/app/gradlew', GRADLEW, 0o755);
    const result = shellRun('./gradlew build', fs, catalog, { cwd: '/app', env: TEMURIN_21 });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'Error: Could not find or load main class org.gradle.wrapper.GradleWrapperMain\nCaused by: java.lang.ClassNotFoundException: org.gradle.wrapper.GradleWrapperMain\n',
    );
  });
});

describe('./mvnw', () => {
  function project() {
    const fs = jdkFs(mavenProject());
    writeText(fs, '/app/mvnw', MVNW, 0o755);
    writeBlob(fs, '/app/.mvn/wrapper/maven-wrapper.jar', 'wrapper-jar', 62_547);
    writeText(
      fs,
      '/app/.mvn/wrapper/maven-wrapper.properties',
      'distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip\n',
    );
    return fs;
  }

  it("runs the properties' Maven from ~/.m2/wrapper/dists", () => {
    const fs = project();
    const result = shellRun('./mvnw -v', fs, catalog, { cwd: '/app', env: TEMURIN_21 });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^Apache Maven 3\.9\.9 \(8e8579a9e76f7d015ee5ec7bfcdc97d260186937\)\nMaven home: \/root\/\.m2\/wrapper\/dists\/apache-maven-3\.9\.9-bin\/[0-9a-z]+\/apache-maven-3\.9\.9\n/,
    );
    expect(
      shellRun('./mvnw -B -q package -DskipTests', fs, catalog, { cwd: '/app', env: TEMURIN_21 })
        .exitCode,
    ).toBe(0);
    expect(exists(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar')).toBe(true);
  });

  it('passes MAVEN_CONFIG on as a goal, as in the maven image', () => {
    const result = shellRun('./mvnw -B package', project(), catalog, {
      cwd: '/app',
      env: { ...TEMURIN_21, MAVEN_CONFIG: '/root/.m2' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('[ERROR] Unknown lifecycle phase "/root/.m2".');
  });

  it("mvnw 3.3's own download: the distribution's bin/mvn runs the Maven it was unpacked with", () => {
    // What the only-script wrapper leaves after unpacking apache-maven-3.9.11-bin.tar.gz.
    const fs = jdkFs(mavenProject());
    const home = '/root/.m2/wrapper/dists/apache-maven-3.9.11/4f2d9a1c';
    for (const entry of mavenDistributionEntries('3.9.11')) {
      const walk = (node: Node, path: string): void => {
        if (node.kind === 'dir')
          for (const [name, child] of Object.entries(node.children)) walk(child, `${path}/${name}`);
        else if (node.kind === 'file') writeBlob(fs, path, node.blob ?? path, node.size, node.mode);
      };
      walk(entry.node, home);
    }
    const result = shellRun(`exec "${home}/bin/mvn" -v`, fs, catalog, {
      cwd: '/app',
      env: TEMURIN_21,
    });
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'Apache Maven 3.9.11 (3e54c93a704957b63ee3494413a2b544fd3d825b)',
      `Maven home: ${home}`,
    ]);
  });
});
