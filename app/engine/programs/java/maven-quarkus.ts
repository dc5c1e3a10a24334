/**
 * quarkus:build, which a Quarkus project's package phase runs: the "fast-jar" layout its
 * Dockerfile.jvm copies (target/quarkus-app/ with quarkus-run.jar, lib/boot, lib/main, app/
 * and quarkus/). Quarkus's own artifacts are not in the catalog, so they are plausible
 * stand-ins at the platform BOM's version.
 */
import type { ResolvedArtifact } from '../../catalog/ecosystems/maven';
import { mavenArtifact } from '../../catalog/ecosystems/maven';
import { walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { writeJar } from './jar-files';
import { fetchAll, projectDependencies } from './maven-deps';
import { info, spend, type MojoContext } from './maven-context';
import type { Execution } from './maven-project';

/** The runner's boot classpath (lib/boot): the bootstrap runner and JBoss logging. */
const BOOT = [
  'io.quarkus:quarkus-bootstrap-runner',
  'io.quarkus:quarkus-classloader-commons',
  'io.quarkus:quarkus-development-mode-spi',
  'io.smallrye.common:smallrye-common-io',
  'org.jboss.logmanager:jboss-logmanager',
  'org.jboss.logging:jboss-logging',
];

export function quarkusBuild(ctx: MojoContext, ex: Execution): void {
  const deps = projectDependencies(ctx.project, 'runtime');
  const boot = BOOT.map((key): ResolvedArtifact => {
    const [group = '', artifact = ''] = key.split(':');
    const version = group === 'io.quarkus' ? ex.version : undefined;
    return { ...mavenArtifact(group, artifact, version), depth: 1, scope: 'runtime' };
  });
  fetchAll(ctx.repo, [...boot, ...deps]);
  const out = `${ctx.project.target}/quarkus-app`;
  const fs = ctx.io.fs;
  const bootKeys = new Set(BOOT);
  const file = (a: ResolvedArtifact) => `${a.group}.${a.artifact}-${a.version}.jar`;
  for (const a of boot)
    writeJar(
      fs,
      `${out}/lib/boot/${file(a)}`,
      { kind: 'library' },
      a.jarSize,
      `quarkus:${file(a)}`,
    );
  for (const a of deps.filter((d) => !bootKeys.has(`${d.group}:${d.artifact}`)))
    writeJar(
      fs,
      `${out}/lib/main/${file(a)}`,
      { kind: 'library' },
      a.jarSize,
      `quarkus:${file(a)}`,
    );
  const classes = walkFiles(fs, `${ctx.project.target}/classes`).reduce((s, f) => s + f.size, 0);
  const pom = ctx.project.pom;
  writeJar(
    fs,
    `${out}/app/${pom.artifact}-${pom.version}.jar`,
    { kind: 'plain' },
    Math.round(classes * 0.6) + 900,
    `${pom.artifact}:quarkus-app`,
  );
  writeBlob(
    fs,
    `${out}/quarkus/generated-bytecode.jar`,
    `quarkus-generated:${pom.artifact}:${deps.length}`,
    180_000 + deps.length * 9_000,
  );
  writeBlob(
    fs,
    `${out}/quarkus/quarkus-application.dat`,
    `quarkus-dat:${pom.artifact}`,
    60_000 + deps.length * 1_500,
  );
  writeJar(
    fs,
    `${out}/quarkus-run.jar`,
    { kind: 'plain', mainClass: 'io.quarkus.bootstrap.runner.QuarkusEntryPoint' },
    720,
    `${pom.artifact}:quarkus-run`,
  );
  writeText(
    fs,
    `${out}/quarkus-app-dependencies.txt`,
    [...boot, ...deps].map((d) => `${d.group}:${d.artifact}::jar:${d.version}\n`).join(''),
  );
  const ms = 2400 + deps.length * 60;
  info(ctx, `[io.quarkus.deployment.QuarkusAugmentor] Quarkus augmentation completed in ${ms}ms`);
  spend(ctx, ms);
  ctx.io.note(
    'quarkus:build modelled the fast-jar layout; Quarkus artifacts are plausible stand-ins at the platform version.',
  );
}
