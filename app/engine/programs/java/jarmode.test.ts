import { describe, expect, it } from 'vitest';
import { fileSize, listDir, walkFiles } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { readJar } from './jar-files';
import { javaProgram } from './java';
import { jarProgram } from './javac';
import { mvnProgram } from './mvn';
import { jdkFs, mavenProject, TEMURIN_21 } from './test-projects';

const java = javaProgram();

/** A project packaged by mvn, its Boot jar at /app/target/demo-0.0.1-SNAPSHOT.jar. */
function packaged() {
  const fs = jdkFs(mavenProject());
  runProgram(mvnProgram(), ['mvn', '-B', '-q', 'package', '-DskipTests'], fs, {
    env: TEMURIN_21,
    cwd: '/app',
  });
  return fs;
}
const JAR = '/app/target/demo-0.0.1-SNAPSHOT.jar';

describe('Spring Boot jar modes', () => {
  it('tools extract --layers --launcher writes the four layers in the launcher layout', () => {
    const fs = packaged();
    const result = runProgram(
      java,
      [
        'java',
        '-Djarmode=tools',
        '-jar',
        JAR,
        'extract',
        '--layers',
        '--launcher',
        '--destination',
        'extracted',
      ],
      fs,
      { env: TEMURIN_21, cwd: '/work' },
    );
    expect(result.code).toBe(0);
    expect(listDir(fs, '/work/extracted')).toEqual([
      'application',
      'dependencies',
      'snapshot-dependencies',
      'spring-boot-loader',
    ]);
    expect(
      fs.stat('/work/extracted/application/BOOT-INF/classes/com/example/demo/DemoApplication.class')
        .ok,
    ).toBe(true);
    expect(
      fs.stat(
        '/work/extracted/spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class',
      ).ok,
    ).toBe(true);
    const libs = walkFiles(fs, '/work/extracted/dependencies/BOOT-INF/lib');
    expect(libs.map((f) => f.path.split('/').pop())).toContain('spring-webmvc-6.2.12.jar');
    // The libraries are what make the jar heavy, and lombok (optional) is not among them.
    expect(libs.reduce((s, f) => s + f.size, 0)).toBeGreaterThan(0.8 * fileSize(fs, JAR));
    expect(libs.some((f) => f.path.includes('lombok'))).toBe(false);
    // The extracted layout starts through the launcher class.
    const launch = runProgram(
      java,
      ['java', 'org.springframework.boot.loader.launch.JarLauncher'],
      fs,
      {
        env: TEMURIN_21,
        cwd: '/work/extracted/spring-boot-loader',
      },
    );
    expect(launch.code).toBe(0);
    const old = runProgram(java, ['java', 'org.springframework.boot.loader.JarLauncher'], fs, {
      env: TEMURIN_21,
      cwd: '/work/extracted/spring-boot-loader',
    });
    expect(old.stderr).toBe(
      'Error: Could not find or load main class org.springframework.boot.loader.JarLauncher\nCaused by: java.lang.ClassNotFoundException: org.springframework.boot.loader.JarLauncher\n',
    );
  });

  it('tools extract without options puts the application jar beside lib/ in a folder named after it', () => {
    const fs = packaged();
    runProgram(
      java,
      ['java', '-Djarmode=tools', '-jar', 'demo-0.0.1-SNAPSHOT.jar', 'extract'],
      fs,
      {
        env: TEMURIN_21,
        cwd: '/app/target',
      },
    );
    const dir = '/app/target/demo-0.0.1-SNAPSHOT';
    expect(readJar(fs, `${dir}/demo-0.0.1-SNAPSHOT.jar`)).toMatchObject({
      kind: 'plain',
      mainClass: 'com.example.demo.DemoApplication',
    });
    expect(fs.stat(`${dir}/lib/tomcat-embed-core-10.1.48.jar`).ok).toBe(true);
  });

  it('layertools extract and list, the older mode, into the working directory', () => {
    const fs = packaged();
    const list = runProgram(java, ['java', '-Djarmode=layertools', '-jar', JAR, 'list'], fs, {
      env: TEMURIN_21,
    });
    expect(list.stdout).toBe(
      'dependencies\nspring-boot-loader\nsnapshot-dependencies\napplication\n',
    );
    runProgram(java, ['java', '-Djarmode=layertools', '-jar', JAR, 'extract'], fs, {
      env: TEMURIN_21,
      cwd: '/app',
    });
    expect(fs.stat('/app/dependencies/BOOT-INF/lib/spring-core-6.2.12.jar').ok).toBe(true);
    expect(fs.stat('/app/application/BOOT-INF/classes/application.properties').ok).toBe(true);
  });

  it('jar tf lists a Boot jar with its folders first', () => {
    const fs = packaged();
    const result = runProgram(jarProgram(), ['jar', 'tf', JAR], fs, { env: TEMURIN_21 });
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['META-INF/', 'META-INF/MANIFEST.MF', 'org/']);
    expect(lines).toContain('BOOT-INF/lib/spring-boot-3.5.7.jar');
    expect(lines.indexOf('BOOT-INF/classes/')).toBeLessThan(
      lines.indexOf('BOOT-INF/classes/application.properties'),
    );
  });
});
