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
  /**
   * Members worth knowing by name (a Boot jar's BOOT-INF/lib/*.jar, its classes and loader),
   * so that extracting the jar gives the real layout.
   */
  entries?: JarEntry[];
  /**
   * The text of members the simulation reads back (a Boot app's application.properties or
   * .yml, for `spring.application.name`), by member path.
   */
  texts?: Record<string, string>;
}

export interface JarEntry {
  path: string;
  size: number;
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
  const members = info.entries?.map((e) => `${e.path}=${e.size}`).join(';');
  const id = `${PREFIX}${info.kind}:${info.mainClass ?? ''}:${seed.replace(/[|]/g, '/')}`;
  // Member texts ride in a third field, only when there are some: jars without them keep the
  // content (and so the layer digests) they always had.
  const texts = Object.entries(info.texts ?? {})
    .map(([member, text]) => `${encodeURIComponent(member)}=${encodeURIComponent(text)}`)
    .join(';');
  const tail = texts ? `|${texts}` : '';
  return writeBlob(fs, path, members || tail ? `${id}|${members ?? ''}${tail}` : id, size);
}

/** What a file is to the JVM: a jar (and its manifest's Main-Class), missing, or not a jar. */
export function readJar(fs: FileSystem, path: string): JarInfo | 'missing' | 'corrupt' {
  const read = fs.readFile(path);
  if (!read.ok) return 'missing';
  const node = read.value.node;
  const blob = node.kind === 'file' ? node.blob : undefined;
  if (blob?.startsWith(PREFIX)) {
    const [head = '', members, extra] = blob.slice(PREFIX.length).split('|');
    const [kind = 'plain', main = ''] = head.split(':');
    const texts = extra
      ? Object.fromEntries(
          extra.split(';').map((t) => {
            const eq = t.indexOf('=');
            return [decodeURIComponent(t.slice(0, eq)), decodeURIComponent(t.slice(eq + 1))];
          }),
        )
      : undefined;
    const entries = members?.split(';').map((m) => {
      const eq = m.lastIndexOf('=');
      return { path: m.slice(0, eq), size: Number(m.slice(eq + 1)) };
    });
    return {
      kind: kind as JarKind,
      ...(main ? { mainClass: main } : {}),
      ...(entries ? { entries } : {}),
      ...(texts ? { texts } : {}),
    };
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
  /** The class holding main: Kotlin's top-level `fun main` lives in `<File>Kt`. */
  mainClass?: string;
  size: number;
}

export function describeSource(path: string, text: string): JavaSource {
  const pkg = /^\s*package\s+([\w.]+)\s*;?\s*$/m.exec(text)?.[1];
  const base = (path.split('/').pop() ?? 'Main.java').replace(/\.(java|kt)$/, '');
  const className = pkg ? `${pkg}.${base}` : base;
  const javaMain = /static\s+void\s+main\s*\(/.test(text);
  const kotlinMain = path.endsWith('.kt') && /^fun\s+main\s*\(/m.test(text);
  return {
    path,
    className,
    hasMain: javaMain || kotlinMain,
    ...(javaMain ? { mainClass: className } : kotlinMain ? { mainClass: `${className}Kt` } : {}),
    size: text.length,
  };
}

/** The size of a compiled class: bytecode is a little smaller than well-commented source. */
export function classSize(source: JavaSource): number {
  return Math.max(400, Math.round(source.size * 0.75) + 350);
}

/**
 * The classes of Spring Boot's loader a repackaged jar carries, ~290 kB in all (3.2 moved the
 * launchers to .launch and rewrote nested-jar support as .jar, .zip, .nio and .net).
 */
export function bootLoaderEntries(bootVersion: string): JarEntry[] {
  const [major = 3, minor = 5] = bootVersion.split('.').map(Number);
  const modern = major > 3 || (major === 3 && minor >= 2);
  const names = modern
    ? 'launch/JarLauncher launch/Launcher launch/ExecutableArchiveLauncher launch/Archive launch/LaunchedClassLoader launch/PropertiesLauncher launch/WarLauncher jar/NestedJarFile jar/ManifestInfo zip/ZipContent zip/ZipCentralDirectoryFileHeaderRecord nio/file/NestedFileSystem nio/file/NestedFileSystemProvider net/protocol/jar/Handler net/protocol/nested/Handler ref/DefaultCleaner log/DebugLogger'
    : 'JarLauncher Launcher ExecutableArchiveLauncher LaunchedURLClassLoader PropertiesLauncher WarLauncher archive/JarFileArchive jar/JarFile jar/Handler jar/CentralDirectoryParser data/RandomAccessDataFile util/SystemPropertyUtils';
  const list = names.split(' ');
  const weights = list.map((n, i) => 1 + ((n.length * 7 + i * 13) % 11));
  const total = weights.reduce((a, b) => a + b, 0);
  return list.map((n, i) => ({
    path: `org/springframework/boot/loader/${n}.class`,
    size: Math.round((290_000 * (weights[i] ?? 1)) / total),
  }));
}
