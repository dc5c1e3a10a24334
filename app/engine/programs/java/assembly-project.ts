/**
 * Test support: a one-class Maven project with the assembly plugin, and a run of
 * `mvn clean compile assembly:single` over it in a Temurin 21 image tree.
 */
import { runProgram } from '../testing/fake-io';
import { mvnProgram } from './mvn';
import { jdkFs, TEMURIN_21 } from './test-projects';

/** pom.xml with maven-assembly-plugin configured by `assemblyConfig`. */
export const assemblyPom = (assemblyConfig: string) => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.company</groupId>
  <artifactId>project</artifactId>
  <version>1.0-SNAPSHOT</version>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-assembly-plugin</artifactId>
        <configuration>${assemblyConfig}</configuration>
      </plugin>
    </plugins>
  </build>
</project>
`;
export const APP_SOURCE = 'public class App { public static void main(String[] args) { } }\n';

/** The project in /app, built by `mvn --batch-mode clean compile assembly:single`. */
export function assemble(config: string) {
  const fs = jdkFs({ 'pom.xml': assemblyPom(config), 'src/main/java/App.java': APP_SOURCE });
  const result = runProgram(
    mvnProgram(),
    ['mvn', '--batch-mode', 'clean', 'compile', 'assembly:single'],
    fs,
    { env: TEMURIN_21, cwd: '/app' },
  );
  return { fs, result };
}
