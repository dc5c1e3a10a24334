/**
 * `jar xf app.jar` (and `jar -xvf`): unpacks the members the simulation knows into the
 * working directory, as the Spring Boot Docker guide does before copying BOOT-INF/lib,
 * META-INF and BOOT-INF/classes into separate layers. Nested jars stay jars (java can read
 * them), classes are sized blobs, and META-INF/MANIFEST.MF is written as text (CRLF lines, as
 * the jar tool writes them). `v` lists each member as the JDK's jar does.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, ensureDir, writeBlob, writeText } from '../common/fs-helpers';
import { readJar, writeJar, type JarInfo } from './jar-files';

export function extractJar(io: ProgramIO, file: string | undefined, verbose: boolean): number {
  const jar = file === undefined ? 'missing' : readJar(io.fs, absolute(io.cwd, file));
  if (jar === 'missing') {
    io.stderr(`java.io.FileNotFoundException: ${file ?? ''} (No such file or directory)\n`);
    return 1;
  }
  if (jar === 'corrupt') {
    io.stderr(`java.util.zip.ZipException: zip END header not found\n`);
    return 1;
  }
  const root = io.cwd === '/' ? '' : io.cwd;
  const made = new Set<string>();
  const say = (text: string) => {
    if (verbose) io.stdout(`${text}\n`);
  };
  const members = [
    { path: 'META-INF/MANIFEST.MF', size: 0 },
    ...(jar.entries ?? []).filter((e) => e.path !== 'META-INF/MANIFEST.MF'),
  ];
  for (const member of members) {
    const parts = member.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (made.has(dir)) continue;
      made.add(dir);
      ensureDir(io.fs, `${root}/${dir}`);
      say(`  created: ${dir}/`);
    }
    const to = `${root}/${member.path}`;
    if (member.path === 'META-INF/MANIFEST.MF') writeText(io.fs, to, manifest(jar));
    else if (member.path.endsWith('.jar'))
      writeJar(io.fs, to, { kind: 'library' }, member.size, `extracted:${member.path}`);
    else if (jar.texts?.[member.path] !== undefined)
      writeText(io.fs, to, jar.texts[member.path] ?? '');
    else writeBlob(io.fs, to, `jar-member:${member.path}:${member.size}`, member.size);
    say(` inflated: ${member.path}`);
  }
  if (!jar.entries)
    io.note(
      `jar x: the classes inside ${file ?? ''} are not modelled, so only its manifest is extracted.`,
    );
  io.spend(100 + members.length * 2);
  return 0;
}

function manifest(jar: JarInfo): string {
  const lines = ['Manifest-Version: 1.0', 'Created-By: Maven JAR Plugin'];
  if (jar.kind === 'boot') {
    const modern = jar.entries?.some((e) => e.path.includes('/boot/loader/launch/')) ?? true;
    lines.push(
      `Main-Class: org.springframework.boot.loader.${modern ? 'launch.' : ''}JarLauncher`,
      ...(jar.mainClass ? [`Start-Class: ${jar.mainClass}`] : []),
      'Spring-Boot-Classes: BOOT-INF/classes/',
      'Spring-Boot-Lib: BOOT-INF/lib/',
    );
  } else if (jar.mainClass) lines.push(`Main-Class: ${jar.mainClass}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
