import { describe, expect, it } from 'vitest';
import { fileSize, listDir, readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { gradleProgram } from './gradle';
import { readJar } from './jar-files';
import { gradleProject, jdkFs, TEMURIN_21 } from './test-projects';

const gradle = gradleProgram();
const env = { ...TEMURIN_21, GRADLE_VERSION: '8.10.2', GRADLE_HOME: '/opt/gradle' };
const run = (args: string[], fs = jdkFs(gradleProject()), extra: Record<string, string> = {}) =>
  runProgram(gradle, ['gradle', ...args], fs, { env: { ...env, ...extra }, cwd: '/app' });

describe('gradle build on a Spring Boot project', () => {
  it('runs the plugin tasks in order; -x test leaves out test and what only it needs', () => {
    const result = run(['build', '-x', 'test', '--no-daemon']);
    expect(result.code).toBe(0);
    const tasks = result.stdout.split('\n').filter((l) => l.startsWith('> Task'));
    expect(tasks).toEqual([
      '> Task :compileJava',
      '> Task :processResources',
      '> Task :classes',
      '> Task :resolveMainClassName',
      '> Task :bootJar',
      '> Task :jar',
      '> Task :assemble',
      '> Task :check UP-TO-DATE',
      '> Task :build',
    ]);
    expect(result.stdout).toMatch(/\nBUILD SUCCESSFUL in \d+s\n5 actionable tasks: 5 executed\n$/);
    expect(result.stdout).toContain(
      'To honour the JVM settings for this build a single-use Daemon process will be forked. For more on this, please refer to https://docs.gradle.org/8.10.2/userguide/gradle_daemon.html#sec:disabling_the_daemon in the Gradle documentation.\nDaemon will be stopped at the end of the build \n',
    );
    const seven = run(['jar', '--no-daemon'], jdkFs(gradleProject()), { GRADLE_VERSION: '7.6.6' });
    expect(seven.stdout).toContain(
      'forked. See https://docs.gradle.org/7.6.6/userguide/gradle_daemon.html#sec:disabling_the_daemon.\n',
    );
  });

  it('writes the executable jar and the -plain jar under build/libs', () => {
    const fs = jdkFs(gradleProject());
    run(['bootJar', 'jar'], fs);
    expect(listDir(fs, '/app/build/libs')).toEqual([
      'demo-0.0.1-SNAPSHOT-plain.jar',
      'demo-0.0.1-SNAPSHOT.jar',
    ]);
    expect(fileSize(fs, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar')).toBeGreaterThan(15_000_000);
    expect(readJar(fs, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar')).toMatchObject({
      kind: 'boot',
      mainClass: 'com.example.demo.DemoApplication',
    });
    expect(readJar(fs, '/app/build/libs/demo-0.0.1-SNAPSHOT-plain.jar')).toEqual({ kind: 'plain' });
    expect(readText(fs, '/app/build/resolvedMainClassName')).toBe(
      'com.example.demo.DemoApplication',
    );
  });

  it('caches modules in files-2.1 under GRADLE_USER_HOME, one hash folder per file', () => {
    const fs = jdkFs(gradleProject());
    run(['build'], fs, { GRADLE_USER_HOME: '/cache' });
    const dir = '/cache/caches/modules-2/files-2.1/org.springframework/spring-core/6.2.12';
    const hashes = listDir(fs, dir);
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{40}$/);
    const files = hashes.flatMap((h) => listDir(fs, `${dir}/${h}`)).sort();
    expect(files).toEqual(['spring-core-6.2.12.jar', 'spring-core-6.2.12.pom']);
    expect(fs.stat('/root/.gradle').ok).toBe(false);
  });

  it('welcomes a version once per user home and counts the test task', () => {
    const fs = jdkFs(gradleProject());
    const first = run(['build'], fs);
    expect(first.stdout.startsWith('\nWelcome to Gradle 8.10.2!\n')).toBe(true);
    expect(first.stdout).toContain('> Task :test\n');
    expect(first.stdout).toContain('> Task :processTestResources NO-SOURCE\n');
    expect(first.stdout).toContain('7 actionable tasks: 7 executed\n');
    expect(first.stdout).toContain('Starting a Gradle Daemon (subsequent builds will be faster)\n');
    const second = run(['clean', 'bootJar'], fs);
    expect(second.stdout).not.toContain('Welcome');
    expect(second.stdout.split('\n')[1]).toBe('> Task :clean');
  });

  it('reports a missing build, an unknown task and an offline miss as Gradle does', () => {
    const empty = run(['build'], jdkFs());
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(
      "* What went wrong:\nDirectory '/app' does not contain a Gradle build.\n",
    );
    expect(empty.stdout).toMatch(/BUILD FAILED in \d+s\n$/);
    const unknown = run(['bootJr']);
    expect(unknown.stderr).toContain("Task 'bootJr' not found in root project 'demo'.");
    const offline = run(['build', '--offline']);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain(
      "* Where:\nBuild file '/app/build.gradle' line: 3\n\n* What went wrong:\nPlugin [id: 'org.springframework.boot', version: '3.5.7'] was not found in any of the following sources:\n",
    );
    const plain = jdkFs({
      'build.gradle':
        "plugins { id 'java' }\ndependencies { implementation 'org.slf4j:slf4j-api:2.0.17' }\n",
      'src/main/java/A.java': 'class A {}',
    });
    expect(run(['jar', '--offline'], plain).stderr).toContain(
      "Execution failed for task ':compileJava'.\n> Could not resolve all files for configuration ':compileClasspath'.\n   > Could not resolve org.slf4j:slf4j-api:2.0.17.\n     Required by:\n         root project :\n      > No cached version of org.slf4j:slf4j-api:2.0.17 available for offline mode.\n",
    );
  });

  it('matches abbreviated task names and prints its version', () => {
    expect(run(['bJ']).stdout).toContain('> Task :bootJar\n');
    expect(run(['--version']).stdout).toBe(
      '\n------------------------------------------------------------\nGradle 8.10.2\n------------------------------------------------------------\n\nBuild time:    2024-09-23 21:28:39 UTC\nRevision:      415adb9e06a516c44b391edff552fd42139443f7\n\nKotlin:        1.9.24\nGroovy:        3.0.22\nAnt:           Apache Ant(TM) version 1.10.14 compiled on August 16 2023\nLauncher JVM:  21.0.9 (Eclipse Adoptium 21.0.9+10-LTS)\nDaemon JVM:    /opt/java/openjdk (no JDK specified, using current Java home)\nOS:            Linux 6.10.14-linuxkit amd64\n\n',
    );
    const nine = run(['clean', 'bootJar'], jdkFs(gradleProject()), {
      GRADLE_VERSION: '9.2.1',
    }).stdout;
    expect(nine).toContain(' - Windows ARM support\n');
    expect(nine).toMatch(
      /\n5 actionable tasks: 4 executed, 1 up-to-date\nConsider enabling configuration cache to speed up this build: https:\/\/docs\.gradle\.org\/9\.2\.1\/userguide\/configuration_cache_enabling\.html\n$/,
    );
  });

  it('names a plain java build after the project, with a Main-Class from the manifest', () => {
    const fs = jdkFs({
      'settings.gradle.kts': 'rootProject.name = "tool"\n',
      'build.gradle.kts':
        'plugins {\n    java\n}\n\nversion = "1.0"\n\ntasks.jar {\n    manifest {\n        attributes("Main-Class" to "app.Main")\n    }\n}\n\ndependencies {\n    implementation("com.google.guava:guava:33.5.0-jre")\n}\n',
      'src/main/java/app/Main.java':
        'package app;\npublic class Main { public static void main(String[] a) {} }\n',
    });
    const result = run(['build'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('> Task :test NO-SOURCE\n');
    expect(readJar(fs, '/app/build/libs/tool-1.0.jar')).toEqual({
      kind: 'plain',
      mainClass: 'app.Main',
    });
  });

  it('compiles Kotlin first and finds the top-level main in <File>Kt', () => {
    const fs = jdkFs({
      'settings.gradle.kts': 'rootProject.name = "demo"\n',
      'build.gradle.kts':
        'plugins {\n\tkotlin("jvm") version "1.9.25"\n\tkotlin("plugin.spring") version "1.9.25"\n\tid("org.springframework.boot") version "3.5.7"\n\tid("io.spring.dependency-management") version "1.1.7"\n}\n\ngroup = "com.example"\nversion = "0.0.1-SNAPSHOT"\n\ndependencies {\n\timplementation("org.springframework.boot:spring-boot-starter-web")\n}\n',
      'src/main/kotlin/com/example/demo/DemoApplication.kt':
        'package com.example.demo\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication\nimport org.springframework.boot.runApplication\n\n@SpringBootApplication\nclass DemoApplication\n\nfun main(args: Array<String>) {\n\trunApplication<DemoApplication>(*args)\n}\n',
    });
    const result = run(['bootJar'], fs);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('> Task'))).toEqual([
      '> Task :checkKotlinGradlePluginConfigurationErrors SKIPPED',
      '> Task :compileKotlin',
      '> Task :compileJava NO-SOURCE',
      '> Task :processResources NO-SOURCE',
      '> Task :classes UP-TO-DATE',
      '> Task :resolveMainClassName',
      '> Task :bootJar',
    ]);
    expect(readText(fs, '/app/build/resolvedMainClassName')).toBe(
      'com.example.demo.DemoApplicationKt',
    );
    expect(
      fs.stat('/app/build/classes/kotlin/main/com/example/demo/DemoApplicationKt.class').ok,
    ).toBe(true);
  });

  it('the application plugin adds start scripts and distributions to assemble', () => {
    const fs = jdkFs({
      'settings.gradle': "rootProject.name = 'cli'\n",
      'build.gradle':
        "plugins {\n    id 'application'\n}\n\napplication {\n    mainClass = 'cli.Main'\n}\n",
      'src/main/java/cli/Main.java':
        'package cli;\npublic class Main { public static void main(String[] a) {} }\n',
    });
    const result = run(['installDist'], fs);
    expect(result.code).toBe(0);
    expect(fs.stat('/app/build/install/cli/bin/cli').ok).toBe(true);
    expect(readJar(fs, '/app/build/install/cli/lib/cli.jar')).toMatchObject({ kind: 'plain' });
    expect(run(['assemble'], fs).stdout).toContain(
      '> Task :distTar\n> Task :distZip\n> Task :assemble\n',
    );
  });
});
