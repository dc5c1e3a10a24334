import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { writeJar } from './jar-files';
import { javaProgram } from './java';
import { jarProgram, javacProgram } from './javac';
import { jdkFs, TEMURIN_21 } from './test-projects';

const java = javaProgram();
const javac = javacProgram();

describe('java -version', () => {
  it('prints Temurin 21 as the real launcher does, on stderr', () => {
    const result = runProgram(java, ['java', '-version'], jdkFs(), { env: TEMURIN_21 });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'openjdk version "21.0.9" 2025-10-21 LTS\nOpenJDK Runtime Environment Temurin-21.0.9+10 (build 21.0.9+10-LTS)\nOpenJDK 64-Bit Server VM Temurin-21.0.9+10 (build 21.0.9+10-LTS, mixed mode, sharing)\n',
    );
  });

  it('dates each update on its quarter (21.0.5 is 2024-10-15) and names 17 without LTS', () => {
    const v21 = runProgram(java, ['java', '-version'], jdkFs(), {
      env: { ...TEMURIN_21, JAVA_VERSION: 'jdk-21.0.5+11' },
    });
    expect(v21.stderr.split('\n')[0]).toBe('openjdk version "21.0.5" 2024-10-15 LTS');
    const v17 = runProgram(java, ['java', '-version'], jdkFs(), {
      env: { ...TEMURIN_21, JAVA_VERSION: 'jdk-17.0.17+10' },
    });
    expect(v17.stderr).toBe(
      'openjdk version "17.0.17" 2025-10-21\nOpenJDK Runtime Environment Temurin-17.0.17+10 (build 17.0.17+10)\nOpenJDK 64-Bit Server VM Temurin-17.0.17+10 (build 17.0.17+10, mixed mode, sharing)\n',
    );
  });

  it('spells Java 8 the old way, and --version goes to stdout (Java 8 rejects it)', () => {
    const env8 = { ...TEMURIN_21, JAVA_VERSION: 'jdk8u472-b08' };
    expect(runProgram(java, ['java', '-version'], jdkFs(), { env: env8 }).stderr).toBe(
      'openjdk version "1.8.0_472"\nOpenJDK Runtime Environment (Temurin)(build 1.8.0_472-b08)\nOpenJDK 64-Bit Server VM (Temurin)(build 25.472-b08, mixed mode)\n',
    );
    expect(runProgram(java, ['java', '--version'], jdkFs(), { env: env8 }).code).toBe(1);
    expect(
      runProgram(java, ['java', '--version'], jdkFs(), { env: TEMURIN_21 }).stdout.split('\n')[0],
    ).toBe('openjdk 21.0.9 2025-10-21 LTS');
  });

  it('names the old openjdk image builds by their vendor', () => {
    const result = runProgram(java, ['java', '-version'], jdkFs(), {
      env: { JAVA_HOME: '/usr/local/openjdk-17', JAVA_VERSION: '17.0.2' },
    });
    expect(result.stderr).toBe(
      'openjdk version "17.0.2" 2022-01-18\nOpenJDK Runtime Environment (build 17.0.2+8-86)\nOpenJDK 64-Bit Server VM (build 17.0.2+8-86, mixed mode, sharing)\n',
    );
  });
});

describe('java -jar', () => {
  it('fails on a missing jar as the launcher does', () => {
    const result = runProgram(java, ['java', '-jar', 'app.jar'], jdkFs(), {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result).toMatchObject({ code: 1, stderr: 'Error: Unable to access jarfile app.jar\n' });
  });

  it('refuses a jar without Main-Class and a file that is not a jar', () => {
    const fs = jdkFs({ 'notes.jar': 'hello' });
    writeJar(fs, '/app/lib.jar', { kind: 'plain' }, 2000, 'x');
    expect(
      runProgram(java, ['java', '-jar', 'lib.jar'], fs, { env: TEMURIN_21, cwd: '/app' }),
    ).toMatchObject({ code: 1, stderr: 'no main manifest attribute, in lib.jar\n' });
    expect(
      runProgram(java, ['java', '-jar', 'notes.jar'], fs, { env: TEMURIN_21, cwd: '/app' }),
    ).toMatchObject({ code: 1, stderr: 'Error: Invalid or corrupt jarfile notes.jar\n' });
  });

  it('accepts an executable jar with a note that the application is not run', () => {
    const fs = jdkFs();
    writeJar(fs, '/app/app.jar', { kind: 'boot', mainClass: 'com.example.Demo' }, 20e6, 'x');
    const result = runProgram(java, ['java', '-jar', '/app/app.jar', '--server.port=80'], fs, {
      env: TEMURIN_21,
    });
    expect(result.code).toBe(0);
    expect(result.notes.join(' ')).toMatch(/does not execute application code/);
  });

  it('cannot start a wrapper whose jar is missing', () => {
    const result = runProgram(
      java,
      [
        'java',
        '-classpath',
        '/app/gradle/wrapper/gradle-wrapper.jar',
        'org.gradle.wrapper.GradleWrapperMain',
        'build',
      ],
      jdkFs(),
      { env: TEMURIN_21, cwd: '/app' },
    );
    expect(result).toMatchObject({
      code: 1,
      stderr:
        'Error: Could not find or load main class org.gradle.wrapper.GradleWrapperMain\nCaused by: java.lang.ClassNotFoundException: org.gradle.wrapper.GradleWrapperMain\n',
    });
  });
});

describe('javac and jar', () => {
  it('javac -version prints the JDK version on stdout', () => {
    expect(runProgram(javac, ['javac', '-version'], jdkFs(), { env: TEMURIN_21 }).stdout).toBe(
      'javac 21.0.9\n',
    );
  });

  it('compiles into -d by package and jars the classes with a Main-Class', () => {
    const fs = jdkFs({
      'src/Hello.java':
        'package hi;\npublic class Hello { public static void main(String[] a) {} }\n',
    });
    expect(
      runProgram(javac, ['javac', '-d', 'out', 'src/Hello.java'], fs, {
        env: TEMURIN_21,
        cwd: '/app',
      }).code,
    ).toBe(0);
    expect(fs.stat('/app/out/hi/Hello.class').ok).toBe(true);
    const jar = runProgram(
      jarProgram(),
      ['jar', 'cfe', 'hello.jar', 'hi.Hello', '-C', 'out', '.'],
      fs,
      {
        env: TEMURIN_21,
        cwd: '/app',
      },
    );
    expect(jar.code).toBe(0);
    expect(
      runProgram(java, ['java', '-jar', 'hello.jar'], fs, { env: TEMURIN_21, cwd: '/app' }).code,
    ).toBe(0);
  });

  it("jar -xf unpacks a Boot jar's BOOT-INF/lib, classes and manifest (the Spring Boot Docker guide)", () => {
    const fs = jdkFs();
    writeJar(
      fs,
      '/app/target/app.jar',
      {
        kind: 'boot',
        mainClass: 'hello.Application',
        entries: [
          { path: 'META-INF/MANIFEST.MF', size: 540 },
          { path: 'org/springframework/boot/loader/launch/JarLauncher.class', size: 3_000 },
          { path: 'BOOT-INF/classes/hello/Application.class', size: 700 },
          { path: 'BOOT-INF/lib/spring-core-6.1.14.jar', size: 1_900_000 },
        ],
      },
      2_500_000,
      'test',
    );
    fs.mkdir('/app/target/dependency', { parents: true });
    const result = runProgram(jarProgram(), ['jar', '-xvf', '../app.jar'], fs, {
      env: TEMURIN_21,
      cwd: '/app/target/dependency',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  created: META-INF/\n inflated: META-INF/MANIFEST.MF\n');
    const lib = fs.stat('/app/target/dependency/BOOT-INF/lib/spring-core-6.1.14.jar');
    expect(lib.ok && lib.value.node.kind === 'file' && lib.value.node.size).toBe(1_900_000);
    expect(fs.stat('/app/target/dependency/BOOT-INF/classes/hello/Application.class').ok).toBe(
      true,
    );
    expect(fs.readFile('/app/target/dependency/META-INF/MANIFEST.MF')).toMatchObject({
      ok: true,
      value: { text: expect.stringContaining('Start-Class: hello.Application\r\n') },
    });
    const missing = runProgram(jarProgram(), ['jar', 'xf', 'nope.jar'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(missing.code).toBe(1);
  });

  it('reports a missing source file with status 2', () => {
    const result = runProgram(javac, ['javac', 'Nope.java'], jdkFs(), {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: file not found: Nope.java\n/);
  });
});
