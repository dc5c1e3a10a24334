import { describe, expect, it } from 'vitest';
import mavenCommon from '../data/lang/maven-common';
import mavenSpring from '../data/lang/maven-spring';
import { knownArtifact, mavenArtifact, parseMavenLines, resolveArtifacts } from './maven';

describe('the Maven artifact catalog', () => {
  it('names only dependencies it also describes', () => {
    const all = new Map([...parseMavenLines(mavenSpring), ...parseMavenLines(mavenCommon)]);
    const dangling = [...all.values()].flatMap((a) =>
      a.depends.filter((d) => !all.has(d)).map((d) => `${a.group}:${a.artifact} -> ${d}`),
    );
    expect(dangling).toEqual([]);
  });

  it('reads groups, jar sizes in KB and POM-only parents', () => {
    const parsed = parseMavenLines('[org.example]\nlib 1.0 120 other\nparent 2 pom 9 org.x:bom\n');
    const lib = parsed.get('org.example:lib');
    expect(lib).toMatchObject({ version: '1.0', packaging: 'jar', depends: ['org.example:other'] });
    expect(lib?.jarSize).toBeGreaterThan(119_000);
    expect(lib?.jarSize).toBeLessThan(121_000);
    expect(parsed.get('org.example:parent')).toMatchObject({
      packaging: 'pom',
      jarSize: 0,
      depends: ['org.x:bom'],
    });
  });

  it("resolves the web starter's transitive set, nearest first, without POM-only entries", () => {
    const set = resolveArtifacts([
      { key: 'org.springframework.boot:spring-boot-starter-web', scope: 'compile' },
    ]);
    const keys = set.map((a) => `${a.group}:${a.artifact}`);
    expect(keys[0]).toBe('org.springframework.boot:spring-boot-starter-web');
    expect(keys).toContain('org.apache.tomcat.embed:tomcat-embed-core');
    expect(keys).toContain('com.fasterxml.jackson.core:jackson-databind');
    expect(keys).toContain('ch.qos.logback:logback-classic');
    expect(new Set(keys).size).toBe(keys.length);
    const total = set.reduce((sum, a) => sum + a.jarSize, 0);
    // A Boot 3.5 web application's libraries weigh about 20 MB.
    expect(total).toBeGreaterThan(15_000_000);
    expect(total).toBeLessThan(30_000_000);
  });

  it('models other versions with the same files and invents unknown artifacts', () => {
    expect(mavenArtifact('org.projectlombok', 'lombok', '1.18.30')).toMatchObject({
      version: '1.18.30',
      jarSize: knownArtifact('org.projectlombok:lombok')?.jarSize,
    });
    const unknown = mavenArtifact('io.acme', 'widgets');
    expect(unknown.plausible).toBe(true);
    expect(unknown).toEqual(mavenArtifact('io.acme', 'widgets'));
  });
});
