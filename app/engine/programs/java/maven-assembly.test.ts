import { describe, expect, it } from 'vitest';
import { exists } from '../common/fs-helpers';
import { assemble } from './assembly-project';

describe('maven-assembly-plugin', () => {
  it("writes <finalName>.jar when the configuration sets finalName and appendAssemblyId false (awesome-compose's sparkjava)", () => {
    const { fs, result } = assemble(`
      <archive><manifest><mainClass>App</mainClass></manifest></archive>
      <descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs>
      <finalName>app</finalName>
      <appendAssemblyId>false</appendAssemblyId>`);
    expect(result.code).toBe(0);
    expect(exists(fs, '/app/target/app.jar')).toBe(true);
    expect(exists(fs, '/app/target/project-1.0-SNAPSHOT-jar-with-dependencies.jar')).toBe(false);
    expect(result.stdout).toContain('[INFO] Building jar: /app/target/app.jar\n');
    expect(result.stdout).toContain(
      "[WARNING] Configuration option 'appendAssemblyId' is set to false.\nInstead of attaching the assembly file: /app/target/app.jar, it will become the file for main project artifact.\n",
    );
    expect(result.stdout).toContain(
      '[WARNING] Replacing pre-existing project main-artifact file: /app/target/classes\nwith assembly file: /app/target/app.jar\n',
    );
  });

  it('appends the assembly id to the project final name by default', () => {
    const { fs, result } = assemble(
      '<descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs>',
    );
    expect(result.code).toBe(0);
    expect(exists(fs, '/app/target/project-1.0-SNAPSHOT-jar-with-dependencies.jar')).toBe(true);
    expect(result.stdout).not.toContain('appendAssemblyId');
  });
});
