import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { compilingLines } from './maven-compile';
import { mvnProgram } from './mvn';
import { jdkFs, TEMURIN_21 } from './test-projects';
import { APP_SOURCE, assemble, assemblyPom } from './assembly-project';

describe('Maven before 3.9 words its build the older way', () => {
  it('no "from pom.xml" line and executions named by artifactId under Maven 3.8.5', () => {
    const fs = jdkFs({ 'pom.xml': assemblyPom(''), 'src/main/java/App.java': APP_SOURCE });
    fs.remove('/usr/share/maven/lib/maven-core-3.9.11.jar');
    const result = runProgram(mvnProgram(), ['mvn', '-B', 'clean', 'compile'], fs, {
      env: { ...TEMURIN_21, MAVEN_VERSION: '3.8.5' },
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '[INFO] Building project 1.0-SNAPSHOT\n[INFO] --------------------------------[ jar ]---------------------------------\n',
    );
    expect(result.stdout).not.toContain('from pom.xml');
    expect(result.stdout).toContain(
      '[INFO] --- maven-clean-plugin:2.5:clean (default-clean) @ project ---\n',
    );
    expect(result.stdout).toContain(
      '[INFO] --- maven-compiler-plugin:3.1:compile (default-compile) @ project ---\n',
    );
    // maven-compiler-plugin 3.1 words its compilation as it did then.
    expect(result.stdout).toContain(
      '[INFO] Changes detected - recompiling the module!\n[INFO] Compiling 1 source file to /app/target/classes\n',
    );
    expect(result.stdout).not.toContain('with javac [');
  });

  it('Maven 3.9 keeps "from pom.xml" and the plugin prefix', () => {
    const { result } = assemble('');
    expect(result.stdout).toContain('[INFO]   from pom.xml\n');
    expect(result.stdout).toMatch(
      /\[INFO\] --- clean:[\d.]+:clean \(default-clean\) @ project ---\n/,
    );
  });
});

describe("maven-compiler-plugin's wording by version", () => {
  const ctx = { project: { dir: '/app' } } as Parameters<typeof compilingLines>[5];
  it('3.11 gives the reason after "Changes detected", 3.12 on words it in full', () => {
    expect(
      compilingLines('3.11.0', 'main', 2, 'debug release 17', '/app/target/classes', ctx),
    ).toEqual([
      'Changes detected - recompiling the module! :source',
      'Compiling 2 source files with javac [debug release 17] to target/classes',
    ]);
    expect(
      compilingLines('3.14.1', 'main', 1, 'debug release 17', '/app/target/classes', ctx)[0],
    ).toBe('Recompiling the module because of changed source code.');
  });
});
