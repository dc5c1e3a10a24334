import { describe, expect, it } from 'vitest';
import { fileSize } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { readJar } from './jar-files';
import { mvnProgram } from './mvn';
import { APP, jdkFs, TEMURIN_21 } from './test-projects';

const ROOT = `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.7</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>shop</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties><java.version>21</java.version></properties>
  <modules>
    <module>app</module>
    <module>common</module>
  </modules>
</project>`;
const COMMON = `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0.0</version></parent>
  <artifactId>common</artifactId>
  <dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId></dependency>
  </dependencies>
</project>`;
const APP_POM = `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0.0</version></parent>
  <artifactId>app</artifactId>
  <dependencies>
    <dependency><groupId>com.example</groupId><artifactId>common</artifactId><version>1.0.0</version></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
  </dependencies>
  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>`;

function shop() {
  return jdkFs({
    'pom.xml': ROOT,
    'common/pom.xml': COMMON,
    'common/src/main/java/com/example/common/Money.java':
      'package com.example.common;\npublic record Money(long cents) {}\n',
    'app/pom.xml': APP_POM,
    'app/src/main/java/com/example/demo/DemoApplication.java': APP,
  });
}

describe('a multi-module Maven build', () => {
  it('builds the modules in dependency order with counters and a reactor summary', () => {
    const fs = shop();
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'package'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    const info = result.stdout.split('\n').filter((l) => l.startsWith('[INFO]'));
    expect(info.slice(1, 7)).toEqual([
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] Reactor Build Order:',
      '[INFO] ',
      '[INFO] shop                                                               [pom]',
      '[INFO] common                                                             [jar]',
      '[INFO] app                                                                [jar]',
    ]);
    expect(info[7]).toBe('[INFO] ');
    expect(info[8]).toMatch(/^\[INFO\] -+< com\.example:shop >-+$/);
    expect(info).toContain(`[INFO] ${'Building common 1.0.0'.padEnd(67)}[2/3]`);
    expect(info).toContain('[INFO]   from common/pom.xml');
    const summary = info.slice(info.indexOf('[INFO] Reactor Summary for shop 1.0.0:'));
    expect(summary[2]).toMatch(/^\[INFO\] shop \.{47} SUCCESS \[ {2}\d\.\d{3} s\]$/);
    expect(summary[4]).toMatch(/^\[INFO\] app \.{48} SUCCESS \[ {1,2}\d+\.\d{3} s\]$/);
    // The sibling comes from the reactor: never downloaded, and packed into the app's jar.
    expect(result.stdout).not.toMatch(/Downloading from central: .*\/com\/example\//);
    const jar = readJar(fs, '/app/app/target/app-1.0.0.jar');
    expect(jar).toMatchObject({ kind: 'boot', mainClass: 'com.example.demo.DemoApplication' });
    const entry =
      typeof jar === 'string'
        ? undefined
        : jar.entries?.find((e) => e.path === 'BOOT-INF/lib/common-1.0.0.jar');
    expect(entry?.size).toBe(fileSize(fs, '/app/common/target/common-1.0.0.jar'));
  });

  it('reports the failed module, skips the rest and says how to resume', () => {
    const fs = shop();
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'package'], fs, {
      env: { ...TEMURIN_21, JAVA_VERSION: 'jdk-17.0.17+10' },
      cwd: '/app',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\[INFO\] common \.+ FAILURE \[ {2}\d\.\d{3} s\]\n\[INFO\] app \.+ SKIPPED\n/,
    );
    expect(result.stdout).toContain('[ERROR]   mvn <args> -rf :common\n');
  });

  it('names a module folder that is missing', () => {
    const fs = jdkFs({ 'pom.xml': ROOT, 'app/pom.xml': APP_POM });
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'package'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '[ERROR] Child module /app/common of /app/pom.xml does not exist -> [Help 1]',
    );
  });

  it('-pl builds only the named module: its sibling must be installed, or -am builds it too', () => {
    const fs = shop();
    const mvn = (args: string[]) =>
      runProgram(mvnProgram(), ['mvn', '-B', ...args], fs, { env: TEMURIN_21, cwd: '/app' });
    const alone = mvn(['-pl', 'app', 'package']);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain(
      '[WARNING] The POM for com.example:common:jar:1.0.0 is missing, no dependency information available\n',
    );
    expect(alone.stdout).toContain(
      'The following artifacts could not be resolved: com.example:common:jar:1.0.0 (absent): Could not find artifact com.example:common:jar:1.0.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]',
    );
    const also = mvn(['-pl', 'app', '-am', 'package']);
    expect(also.code).toBe(0);
    expect(also.stdout).toMatch(
      /\[INFO\] shop +\[pom\]\n\[INFO\] common +\[jar\]\n\[INFO\] app +\[jar\]\n/,
    );
    expect(mvn(['-q', 'install']).code).toBe(0);
    expect(mvn(['-pl', ':app', 'package']).code).toBe(0);
  });
});
