/**
 * Spring Boot's jar modes, run by `java -Djarmode=... -jar app.jar`: `tools` (Boot 3.3+:
 * `extract [--layers] [--launcher] [--destination dir]`, `list-layers`) and the older
 * `layertools` (`extract [--destination dir]`, `list`). Extraction writes the layers the
 * jar's layers.idx names (dependencies, spring-boot-loader, snapshot-dependencies,
 * application), so a Dockerfile can COPY each into its own image layer.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, listDir, writeBlob, writeText } from '../common/fs-helpers';
import { writeJar, type JarEntry, type JarInfo } from './jar-files';

const LAYERS = ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application'];

function layerOf(entry: JarEntry): string {
  if (entry.path.startsWith('BOOT-INF/lib/'))
    return /-SNAPSHOT\.jar$/.test(entry.path) ? 'snapshot-dependencies' : 'dependencies';
  if (entry.path.startsWith('org/springframework/boot/loader/')) return 'spring-boot-loader';
  return 'application';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function writeEntry(
  io: ProgramIO,
  dir: string,
  entry: JarEntry,
  jar: string,
  texts: Readonly<Record<string, string>> | undefined,
): void {
  const path = `${dir}/${entry.path}`;
  const text = texts?.[entry.path];
  if (entry.path.endsWith('.jar'))
    writeJar(io.fs, path, { kind: 'library' }, entry.size, `${jar}!${entry.path}`);
  else if (text !== undefined) writeText(io.fs, path, text);
  else writeBlob(io.fs, path, `jar-entry:${jar}!${entry.path}`, entry.size);
}

/** Runs a jar mode; returns the exit status. */
export function runJarMode(
  io: ProgramIO,
  mode: string,
  jarName: string,
  jar: JarInfo,
  args: string[],
): number {
  const entries = jar.entries ?? [];
  const [command = 'help', ...rest] = args;
  const jarFile = jarName.split('/').pop() ?? jarName;
  if (mode !== 'tools' && mode !== 'layertools') {
    io.stderr(`Unsupported jarmode '${mode}'\n`);
    return 1;
  }
  if (
    (mode === 'tools' && command === 'list-layers') ||
    (mode === 'layertools' && command === 'list')
  ) {
    io.stdout(LAYERS.map((l) => `${l}\n`).join(''));
    return 0;
  }
  if (command !== 'extract') {
    io.stderr(`Error: Unknown command "${command}"\n`);
    return 1;
  }
  const destinationOption = option(rest, '--destination');
  if (mode === 'layertools') {
    // Layers into the working directory (or --destination), each in the launcher layout.
    const dest = absolute(io.cwd, destinationOption ?? '.');
    for (const e of entries) writeEntry(io, `${dest}/${layerOf(e)}`, e, jarFile, jar.texts);
    for (const layer of LAYERS) io.fs.mkdir(`${dest}/${layer}`, { parents: true });
    io.note(
      `java -Djarmode=layertools extracted ${entries.length} members of ${jarName} into ${dest}/{${LAYERS.join(',')}}.`,
    );
    return 0;
  }
  const dest = absolute(io.cwd, destinationOption ?? jarFile.replace(/\.jar$/, ''));
  const layers = rest.includes('--layers');
  const launcher = rest.includes('--launcher');
  if (listDir(io.fs, dest).length > 0 && !rest.includes('--force')) {
    io.stderr(`Error: Directory '${dest}' is not empty. Use --force to overwrite.\n`);
    return 1;
  }
  const folder = (e: JarEntry) => (layers ? `${dest}/${layerOf(e)}` : dest);
  if (launcher) for (const e of entries) writeEntry(io, folder(e), e, jarFile, jar.texts);
  else {
    // The application as a plain jar beside lib/, each library whole.
    const libraries = option(rest, '--libraries') ?? 'lib';
    const app = entries.filter((e) => layerOf(e) === 'application');
    for (const e of entries.filter((x) => x.path.startsWith('BOOT-INF/lib/')))
      writeEntry(
        io,
        folder(e),
        { path: `${libraries}/${e.path.slice('BOOT-INF/lib/'.length)}`, size: e.size },
        jarFile,
        undefined,
      );
    const appDir = layers ? `${dest}/application` : dest;
    const appSize = app.reduce((s, e) => s + Math.round(e.size * 0.6), 900);
    writeJar(
      io.fs,
      `${appDir}/${option(rest, '--application-filename') ?? jarFile}`,
      { kind: 'plain', ...(jar.mainClass ? { mainClass: jar.mainClass } : {}) },
      appSize,
      `${jarFile}:extracted`,
    );
  }
  if (layers) for (const layer of LAYERS) io.fs.mkdir(`${dest}/${layer}`, { parents: true });
  return 0;
}
