import { describe, expect, it } from 'vitest';
import { fileSize, readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { readJar } from './jar-files';
import { mvnProgram } from './mvn';
import { BOOT_POM, jdkFs, mavenProject, TEMURIN_21 } from './test-projects';

const mvn = mvnProgram();
const run = (args: string[], fs = jdkFs(mavenProject()), env = TEMURIN_21) =>
  runProgram(mvn, ['mvn', ...args], fs, { env, cwd: '/app' });
const M2 = '/root/.m2/repository';

describe('mvn without a project', () => {
  it('fails with MissingProjectException when there is no pom.xml', () => {
    const result = run(['-B', 'package'], jdkFs());
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('[INFO] Scanning for projects...');
    expect(lines).toContain('[INFO] BUILD FAILURE');
    expect(lines).toContain(
      '[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (/app). Please verify you invoked Maven from the correct directory. -> [Help 1]',
    );
    expect(lines).toContain(
      '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MissingProjectException',
    );
  });

  it('prints its version, the JDK and the platform', () => {
    expect(run(['-v']).stdout).toBe(
      'Apache Maven 3.9.11 (3e54c93a704957b63ee3494413a2b544fd3d825b)\nMaven home: /usr/share/maven\nJava version: 21.0.9, vendor: Eclipse Adoptium, runtime: /opt/java/openjdk\nDefault locale: en_US, platform encoding: UTF-8\nOS name: "linux", version: "6.10.14-linuxkit", arch: "amd64", family: "unix"\n',
    );
  });

  it('names an unknown phase', () => {
    const result = run(['-B', 'pakage']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\[ERROR\] Unknown lifecycle phase "pakage"\. You must specify/);
  });
});

describe('mvn package on a Spring Boot project', () => {
  it('downloads the parent, plugins and dependencies into the real local repository layout', () => {
    const fs = jdkFs(mavenProject());
    const result = run(['-B', 'package', '-DskipTests'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Downloading from central: https://repo.maven.apache.org/maven2/org/springframework/boot/spring-boot-starter-parent/3.5.7/spring-boot-starter-parent-3.5.7.pom\n',
    );
    expect(result.stdout).toMatch(
      /Downloaded from central: https:\/\/repo\.maven\.apache\.org\/maven2\/org\/apache\/tomcat\/embed\/tomcat-embed-core\/10\.1\.48\/tomcat-embed-core-10\.1\.48\.jar \(3\.6 MB at \d+ MB\/s\)\n/,
    );
    // Jars come five at a time: five "Downloading" lines before the first "Downloaded".
    const compileStep = result.stdout.slice(result.stdout.indexOf('--- compiler:3.14.1:compile'));
    const jarLines = compileStep.split('\n').filter((l) => /\.jar( \(|$)/.test(l));
    expect(jarLines.slice(0, 6).map((l) => l.split(':')[0])).toEqual([
      'Downloading from central',
      'Downloading from central',
      'Downloading from central',
      'Downloading from central',
      'Downloading from central',
      'Downloaded from central',
    ]);
    const dir = `${M2}/org/springframework/spring-core/6.2.12`;
    expect(fileSize(fs, `${dir}/spring-core-6.2.12.jar`)).toBeGreaterThan(1_900_000);
    expect(fs.stat(`${dir}/spring-core-6.2.12.pom`).ok).toBe(true);
    expect(readText(fs, `${dir}/spring-core-6.2.12.jar.sha1`)).toMatch(/^[0-9a-f]{40}$/);
    expect(readText(fs, `${dir}/_remote.repositories`)).toMatch(
      /^#NOTE: This is a Maven Resolver internal implementation file, its format can be changed without prior notice\.\n#Thu Jan 15 09:00:\d\d UTC 2026\nspring-core-6\.2\.12\.pom>central=\nspring-core-6\.2\.12\.jar>central=\n$/,
    );
    // The parent is a POM only.
    expect(
      fs.stat(
        `${M2}/org/springframework/boot/spring-boot-starter-parent/3.5.7/spring-boot-starter-parent-3.5.7.jar`,
      ).ok,
    ).toBe(false);
  });

  it('prints the lifecycle as a batch log and repackages the jar', () => {
    const fs = jdkFs(mavenProject());
    const result = run(['-B', 'package', '-DskipTests'], fs);
    const info = result.stdout.split('\n').filter((l) => l.startsWith('[INFO]'));
    expect(info.slice(0, 6)).toEqual([
      '[INFO] Scanning for projects...',
      '[INFO] ',
      '[INFO] --------------------------< com.example:demo >--------------------------',
      '[INFO] Building demo 0.0.1-SNAPSHOT',
      '[INFO]   from pom.xml',
      '[INFO] --------------------------------[ jar ]---------------------------------',
    ]);
    expect(info).toContain('[INFO] --- compiler:3.14.1:compile (default-compile) @ demo ---');
    expect(info).toContain(
      '[INFO] Compiling 1 source file with javac [debug parameters release 21] to target/classes',
    );
    expect(info).toContain('[INFO] Tests are skipped.');
    expect(info).toContain(
      '[INFO] Replacing main artifact /app/target/demo-0.0.1-SNAPSHOT.jar with repackaged archive, adding nested dependencies in BOOT-INF/.',
    );
    expect(info).toContain('[INFO] BUILD SUCCESS');
    expect(info.find((l) => l.startsWith('[INFO] Total time:'))).toMatch(
      /^\[INFO\] Total time: {2}\d+\.\d{3} s$/,
    );
    expect(fs.stat('/app/target/classes/com/example/demo/DemoApplication.class').ok).toBe(true);
    expect(fs.stat('/app/target/classes/application.properties').ok).toBe(true);
    expect(readText(fs, '/app/target/maven-archiver/pom.properties')).toBe(
      'artifactId=demo\ngroupId=com.example\nversion=0.0.1-SNAPSHOT\n',
    );
    // An executable jar of the web starter's ~20 MB, and the small original beside it.
    const jar = fileSize(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar');
    expect(jar).toBeGreaterThan(15_000_000);
    expect(jar).toBeLessThan(30_000_000);
    expect(fileSize(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar.original')).toBeLessThan(10_000);
    expect(readJar(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar')).toMatchObject({
      kind: 'boot',
      mainClass: 'com.example.demo.DemoApplication',
    });
  });

  it('downloads nothing again after dependency:go-offline', () => {
    const fs = jdkFs(mavenProject());
    const offline = run(['-B', 'dependency:go-offline'], fs);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain(
      '[INFO] Resolved dependency: spring-boot-starter-web-3.5.7.jar\n',
    );
    // Every plugin of the three lifecycles, with what each needs, site and deploy included.
    expect(offline.stdout).toContain('[INFO] Resolved plugin: plexus-utils-4.0.2.jar\n');
    expect(offline.stdout).toContain('[INFO] Resolved plugin: maven-site-plugin-3.12.1.jar\n');
    expect(offline.stdout).toContain('[INFO] Resolved plugin: maven-deploy-plugin-3.1.4.jar\n');
    const again = run(['-B', '-o', 'package', '-DskipTests'], fs);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('Downloading from central');
  });

  it('runs (and lists) the tests unless skipped; maven.test.skip also skips compiling them', () => {
    const tested = run(['-B', 'verify']);
    expect(tested.stdout).toContain('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0\n');
    expect(tested.notes.join(' ')).toMatch(/did not run the tests/);
    const skipped = run(['-B', '-Dmaven.test.skip=true', 'package']);
    expect(skipped.stdout).toContain('[INFO] Not compiling test sources\n');
    expect(skipped.stdout).toContain('[INFO] Not copying test resources\n');
  });

  it('installs the jar and the POM into the local repository', () => {
    const fs = jdkFs(mavenProject());
    expect(run(['-B', '-q', 'install', '-DskipTests'], fs)).toMatchObject({ code: 0, stdout: '' });
    const dir = `${M2}/com/example/demo/0.0.1-SNAPSHOT`;
    expect(readText(fs, `${dir}/demo-0.0.1-SNAPSHOT.pom`)).toBe(BOOT_POM);
    expect(fileSize(fs, `${dir}/demo-0.0.1-SNAPSHOT.jar`)).toBe(
      fileSize(fs, '/app/target/demo-0.0.1-SNAPSHOT.jar'),
    );
    expect(readText(fs, `${dir}/_remote.repositories`)).toMatch(/demo-0\.0\.1-SNAPSHOT\.jar>=\n/);
  });

  it('fails offline on what was never downloaded', () => {
    const result = run(['-B', '-o', 'package']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\[ERROR\] Non-resolvable parent POM for com\.example:demo:0\.0\.1-SNAPSHOT: .*Cannot access central \(https:\/\/repo\.maven\.apache\.org\/maven2\) in offline mode/,
    );
  });

  it('cannot compile for a newer release than the JDK', () => {
    const result = run(['-B', 'package'], jdkFs(mavenProject()), {
      ...TEMURIN_21,
      JAVA_VERSION: 'jdk-17.0.17+10',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.14.1:compile (default-compile) on project demo: Fatal error compiling: error: release version 21 not supported -> [Help 1]\n',
    );
  });

  it('uses finalName, -f and plain plugins for a project without a parent', () => {
    const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>org.acme</groupId><artifactId>tool</artifactId><version>1.2</version>
      <properties><maven.compiler.release>17</maven.compiler.release></properties>
      <dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.5.0-jre</version></dependency>
      <dependency><groupId>org.example</groupId><artifactId>unknown-lib</artifactId><version>0.1</version></dependency></dependencies>
      <build><finalName>app</finalName></build></project>`;
    const fs = jdkFs({
      'sub/pom.xml': pom,
      'sub/src/main/java/Main.java': 'public class Main { public static void main(String[] a) {} }',
    });
    const result = run(['-B', '-f', 'sub/pom.xml', 'package'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '[INFO] --- compiler:3.13.0:compile (default-compile) @ tool ---\n',
    );
    expect(result.stdout).toContain(
      '[INFO] Compiling 1 source file with javac [debug release 17] to target/classes\n',
    );
    expect(result.stdout).toContain('[INFO] No tests to run.\n');
    expect(readJar(fs, '/app/sub/target/app.jar')).toEqual({ kind: 'plain' });
    expect(fs.stat(`${M2}/org/example/unknown-lib/0.1/unknown-lib-0.1.jar`).ok).toBe(true);
    expect(result.notes.join(' ')).toMatch(/plausible stand-ins: org\.example:unknown-lib/);
  });

  it('help:evaluate -q -DforceStdout prints the bare value, as scripts read it', () => {
    const result = run(['help:evaluate', '-Dexpression=project.version', '-q', '-DforceStdout']);
    expect(result).toMatchObject({ code: 0, stdout: '0.0.1-SNAPSHOT' });
  });

  it('dependency:copy-dependencies puts the libraries in target/dependency', () => {
    const fs = jdkFs(mavenProject());
    const result = run(['-B', 'dependency:copy-dependencies', '-DincludeScope=runtime'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '[INFO] --- dependency:3.8.1:copy-dependencies (default-cli) @ demo ---\n',
    );
    expect(fileSize(fs, '/app/target/dependency/spring-webmvc-6.2.12.jar')).toBeGreaterThan(
      1_000_000,
    );
    expect(fs.stat('/app/target/dependency/assertj-core-3.27.6.jar').ok).toBe(false);
  });
});
