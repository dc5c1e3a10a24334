/**
 * Spring Boot's executable jar as repackage (Maven) and bootJar (Gradle) write it: the
 * application's classes and resources under BOOT-INF/classes, every runtime library stored
 * whole under BOOT-INF/lib, the loader's classes at the root, and the indexes. Its size is
 * the sum of its members (libraries are stored, not compressed, so the jar weighs what they do).
 */
import type { ResolvedArtifact } from '../../catalog/ecosystems/maven';
import type { FileSystem } from '../../fs/filesystem';
import { walkFiles } from '../common/fs-helpers';
import { bootLoaderEntries, writeJar, type JarEntry } from './jar-files';
import { configTexts } from './spring-app-name';

export interface BootJarInput {
  /** Folders whose files go to BOOT-INF/classes (target/classes; build/classes/java/main and build/resources/main). */
  classRoots: string[];
  libraries: ResolvedArtifact[];
  bootVersion: string;
  mainClass: string;
}

export function bootJarEntries(fs: FileSystem, input: BootJarInput): JarEntry[] {
  const classes = input.classRoots.flatMap((root) =>
    walkFiles(fs, root).map((f) => ({
      path: `BOOT-INF/classes/${f.path.slice(root.length + 1)}`,
      size: f.size,
    })),
  );
  const libs = input.libraries.map((d) => ({
    path: `BOOT-INF/lib/${d.artifact}-${d.version}.jar`,
    size: d.jarSize,
  }));
  return [
    { path: 'META-INF/MANIFEST.MF', size: 520 + input.mainClass.length },
    ...bootLoaderEntries(input.bootVersion),
    ...classes,
    ...libs,
    { path: 'BOOT-INF/classpath.idx', size: libs.reduce((s, l) => s + l.path.length + 6, 0) },
    { path: 'BOOT-INF/layers.idx', size: 220 },
  ];
}

/** Writes the jar; returns its size. */
export function writeBootJar(
  fs: FileSystem,
  path: string,
  input: BootJarInput,
  seed: string,
): number {
  const entries = bootJarEntries(fs, input);
  // Zip headers and the compressed classes: ~0.6 of the classes, libraries whole.
  const size = Math.round(
    entries.reduce(
      (s, e) => s + (e.path.startsWith('BOOT-INF/lib/') ? e.size : e.size * 0.6) + 90,
      0,
    ) + 230_000,
  );
  const texts: Record<string, string> = {};
  for (const root of input.classRoots)
    for (const [name, text] of Object.entries(configTexts(fs, root)))
      texts[`BOOT-INF/classes/${name}`] = text;
  const info = { kind: 'boot' as const, mainClass: input.mainClass, entries };
  writeJar(fs, path, Object.keys(texts).length ? { ...info, texts } : info, size, seed);
  return size;
}
