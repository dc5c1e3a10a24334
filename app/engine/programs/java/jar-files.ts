/**
 * Jar files as the simulation keeps them: a blob whose identity says what `java -jar` needs
 * to know (is there a Main-Class in the manifest, is it a Spring Boot executable jar), with a
 * plausible size. Libraries in the Maven and Gradle caches are blobs named after their
 * coordinates; they have no Main-Class.
 */
import type { FileSystem } from '../../fs/filesystem';
import { writeBlob } from '../common/fs-helpers';

export type JarKind = 'boot' | 'plain' | 'library' | 'shaded';

export interface JarInfo {
  kind: JarKind;
  mainClass?: string;
}

const PREFIX = 'jvm-jar:';

/** Writes a jar; `seed` makes the content differ when its inputs differ. */
export function writeJar(
  fs: FileSystem,
  path: string,
  info: JarInfo,
  size: number,
  seed: string,
): boolean {
  return writeBlob(fs, path, `${PREFIX}${info.kind}:${info.mainClass ?? ''}:${seed}`, size);
}

/** What a file is to the JVM: a jar (and its manifest's Main-Class), missing, or not a jar. */
export function readJar(fs: FileSystem, path: string): JarInfo | 'missing' | 'corrupt' {
  const read = fs.readFile(path);
  if (!read.ok) return 'missing';
  const node = read.value.node;
  const blob = node.kind === 'file' ? node.blob : undefined;
  if (blob?.startsWith(PREFIX)) {
    const [kind = 'plain', main = ''] = blob.slice(PREFIX.length).split(':');
    return { kind: kind as JarKind, ...(main ? { mainClass: main } : {}) };
  }
  // Jars from elsewhere (a download, a COPY of a binary file): trusted to be jars without
  // a known manifest. A text file is not a zip archive.
  if (read.value.text !== undefined) return 'corrupt';
  return { kind: 'library' };
}

/** "com/example/demo/DemoApplication.java" with its package from the source text. */
export interface JavaSource {
  path: string;
  /** Fully qualified class name. */
  className: string;
  hasMain: boolean;
  size: number;
}

export function describeSource(path: string, text: string): JavaSource {
  const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1];
  const base = (path.split('/').pop() ?? 'Main.java').replace(/\.(java|kt)$/, '');
  return {
    path,
    className: pkg ? `${pkg}.${base}` : base,
    hasMain: /static\s+void\s+main\s*\(/.test(text) || /^\s*fun\s+main\s*\(/m.test(text),
    size: text.length,
  };
}

/** The size of a compiled class: bytecode is a little smaller than well-commented source. */
export function classSize(source: JavaSource): number {
  return Math.max(400, Math.round(source.size * 0.75) + 350);
}
