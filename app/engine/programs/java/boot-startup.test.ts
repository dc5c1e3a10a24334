// A Spring Boot jar started by `java` logs in its own Boot line's wording, and a Boot 3 jar
// refuses to start on a JVM older than its Java 17 baseline, as the launcher reports it.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { writeJar } from './jar-files';
import { javaProgram } from './java';
import { mvnProgram } from './mvn';
import { BOOT_POM, jdkFs, mavenProject, TEMURIN_21 } from './test-projects';

const JAR = '/app/target/demo-0.0.1-SNAPSHOT.jar';

/** A project on the given Boot parent and java.version, packaged by mvn on Temurin 21. */
function packaged(boot: string, java: string) {
  const pom = BOOT_POM.replace('<version>3.5.7</version>', `<version>${boot}</version>`).replace(
    '<java.version>21</java.version>',
    `<java.version>${java}</java.version>`,
  );
  const fs = jdkFs(mavenProject(pom));
  const built = runProgram(mvnProgram(), ['mvn', '-B', '-q', 'package', '-DskipTests'], fs, {
    env: TEMURIN_21,
    cwd: '/app',
  });
  expect(built.code).toBe(0);
  return fs;
}

const javaOn = (fs: ReturnType<typeof jdkFs>, version: string, argv: string[]) =>
  runProgram(javaProgram(), ['java', ...argv], fs, {
    env: { ...TEMURIN_21, JAVA_VERSION: version, HOSTNAME: '0123456789ab' },
    cwd: '/app',
  });

describe('the startup log of a Boot 2 app', () => {
  it('prints the 2.x banner, dates, host and "JVM running for", with Tomcat 9', () => {
    const fs = packaged('2.7.18', '11');
    const result = javaOn(fs, 'jdk-11.0.29+7', ['-jar', JAR]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(6, 9)).toEqual([
      ' =========|_|==============|___/=/_/_/_/',
      ' :: Spring Boot ::               (v2.7.18)',
      '',
    ]);
    expect(lines[9]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} {2}INFO 1 --- \[ {11}main\] com\.example\.demo\.DemoApplication {9}: Starting DemoApplication using Java 11\.0\.29 on 0123456789ab with PID 1 \(\/app\/target\/demo-0\.0\.1-SNAPSHOT\.jar started by root in \/app\)$/,
    );
    const messages = lines.map((l) => l.split(' : ')[1]);
    expect(messages).toEqual(
      expect.arrayContaining([
        'No active profile set, falling back to 1 default profile: "default"',
        'Tomcat initialized with port(s): 8080 (http)',
        'Starting Servlet engine: [Apache Tomcat/9.0.83]',
        "Tomcat started on port(s): 8080 (http) with context path ''",
      ]),
    );
    expect(result.stdout).toMatch(
      /: Started DemoApplication in \d+\.\d{3} seconds \(JVM running for \d+\.\d{3}\)\n$/,
    );
  });
});

describe('the startup log of a Boot 3 app', () => {
  const run = (libraries: string[]) => {
    const fs = jdkFs();
    const entries = libraries.map((l) => ({ path: `BOOT-INF/lib/${l}`, size: 1000 }));
    writeJar(fs, '/app/app.jar', { kind: 'boot', mainClass: 'com.example.Api', entries }, 9e6, 'x');
    return javaOn(fs, 'jdk-21.0.9+10', ['-jar', 'app.jar']);
  };

  it('says "port(s)" and an empty context path on 3.0 and 3.1, with no line under the art', () => {
    const out = run(['spring-boot-3.1.12.jar', 'tomcat-embed-core-10.1.24.jar']).stdout;
    expect(out).toContain('=/_/_/_/\n :: Spring Boot ::               (v3.1.12)\n\n');
    expect(out).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z {2}INFO 1 --- /m);
    expect(out).toContain(': Starting Api using Java 21.0.9 with PID 1 (/app/app.jar started');
    expect(out).toContain(": Tomcat started on port(s): 8080 (http) with context path ''\n");
    expect(out).toMatch(/\(process running for \d+\.\d{3}\)\n$/);
  });

  it('says "port 8080" from 3.2, and context path \'/\' from 3.3', () => {
    expect(run(['spring-boot-3.2.12.jar', 'tomcat-embed-core-10.1.33.jar']).stdout).toContain(
      ": Tomcat started on port 8080 (http) with context path ''\n",
    );
    const out = run(['spring-boot-3.3.13.jar', 'tomcat-embed-core-10.1.42.jar']).stdout;
    expect(out).toContain(': Tomcat initialized with port 8080 (http)\n');
    expect(out).toContain(": Tomcat started on port 8080 (http) with context path '/'\n");
    expect(out).toContain('=/_/_/_/\n\n :: Spring Boot ::               (v3.3.13)\n\n');
  });
});

describe('Boot 3 on a JVM older than Java 17', () => {
  it('fails to load the launcher with UnsupportedClassVersionError on Java 11 (exit 1)', () => {
    const fs = packaged('3.1.12', '17');
    const result = javaOn(fs, 'jdk-11.0.29+7', ['-jar', JAR]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: LinkageError occurred while loading main class org.springframework.boot.loader.JarLauncher\n\tjava.lang.UnsupportedClassVersionError: org/springframework/boot/loader/JarLauncher has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0\n',
    );
  });

  it('reports it as a JNI error with the stack on Java 8', () => {
    const fs = packaged('3.5.7', '17');
    const result = javaOn(fs, 'jdk8u472-b08', ['-jar', JAR]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Error: A JNI error has occurred, please check your installation and try again',
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: org/springframework/boot/loader/launch/JarLauncher has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 52.0',
      '\tat java.lang.ClassLoader.defineClass1(Native Method)',
    ]);
  });

  it('lets a Boot 2 jar start on Java 8', () => {
    const fs = packaged('2.7.18', '1.8');
    expect(javaOn(fs, 'jdk8u472-b08', ['-jar', JAR]).stdout).toContain(
      'Starting DemoApplication using Java 1.8.0_472 on 0123456789ab with PID 1',
    );
  });
});

describe('a Boot jar with no web server', () => {
  // Repackage writes the launcher of its own line as Main-Class; the note names that one.
  const noWeb = (boot: string) => {
    const pom = BOOT_POM.replace('<version>3.5.7</version>', `<version>${boot}</version>`)
      .replace('<java.version>21</java.version>', '<java.version>17</java.version>')
      .replace('spring-boot-starter-web', 'spring-boot-starter');
    const fs = jdkFs(mavenProject(pom));
    expect(
      runProgram(mvnProgram(), ['mvn', '-B', '-q', 'package', '-DskipTests'], fs, {
        env: TEMURIN_21,
        cwd: '/app',
      }).code,
    ).toBe(0);
    return javaOn(fs, 'jdk-21.0.9+10', ['-jar', JAR]);
  };

  it.each([
    ['2.7.18', 'org.springframework.boot.loader.JarLauncher'],
    ['3.1.12', 'org.springframework.boot.loader.JarLauncher'],
    ['3.5.7', 'org.springframework.boot.loader.launch.JarLauncher'],
  ])('on %s names %s as the Main-Class it would start', (boot, launcher) => {
    const result = noWeb(boot);
    expect(result.code).toBe(0);
    expect(result.notes.join('\n')).toContain(
      `(Main-Class ${launcher}, Start-Class com.example.demo.DemoApplication)`,
    );
  });
});

describe('the application name in the log', () => {
  // The test project's application.properties sets spring.application.name=demo.
  it('is printed in every line from Boot 3.2, not before', () => {
    const started = (boot: string) =>
      javaOn(packaged(boot, '17'), 'jdk-21.0.9+10', ['-jar', JAR]).stdout.split('\n');
    expect(started('3.1.12').find((l) => l.includes('Starting DemoApplication'))).toContain(
      'INFO 1 --- [           main] ',
    );
    const lines = started('3.2.12').filter((l) => l.includes(' INFO 1 --- '));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toContain('INFO 1 --- [demo] [           main] ');
  });

  it('comes from SPRING_APPLICATION_NAME when the environment sets it', () => {
    const fs = packaged('3.5.7', '21');
    const result = runProgram(javaProgram(), ['java', '-jar', JAR], fs, {
      env: { ...TEMURIN_21, SPRING_APPLICATION_NAME: 'orders' },
      cwd: '/app',
    });
    expect(result.stdout).toContain('INFO 1 --- [orders] [           main] ');
  });

  it('survives extracting the jar: BOOT-INF/classes keeps application.properties as text', () => {
    const fs = packaged('3.5.7', '21');
    const read = fs.readFile('/app/target/demo-0.0.1-SNAPSHOT.jar');
    expect(read.ok).toBe(true);
    const extracted = runProgram(
      javaProgram(),
      ['java', '-Djarmode=tools', '-jar', JAR, 'extract', '--launcher', '--destination', '/x'],
      fs,
      { env: TEMURIN_21, cwd: '/app' },
    );
    expect(extracted.code).toBe(0);
    const props = fs.readFile('/x/BOOT-INF/classes/application.properties');
    expect(props.ok && props.value.text).toBe('spring.application.name=demo\n');
  });
});
