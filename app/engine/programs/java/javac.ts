/**
 * javac and jar, the JDK's own tools: versions, compiling named .java files to .class files
 * (with -d, under their package's folders) and creating a jar from files and `-C dir .`
 * (with `e`/--main-class setting Main-Class), listing and extracting one. Sizes are plausible; bytes are not modelled.
 */
import type { Program } from '../../shell/program';
import { absolute, isDir, readText, walkFiles, writeBlob } from '../common/fs-helpers';
import { extractJar } from './jar-extract';
import { classSize, describeSource, readJar, writeJar } from './jar-files';
import { findJdk, versionString } from './jvm';

export function javacProgram(): Program {
  return (argv, io) => {
    const jdk = findJdk(io, argv[0]);
    const args = argv.slice(1);
    if (args.includes('-version') || args.includes('--version')) {
      const line = `javac ${versionString(jdk)}\n`;
      if (jdk.major === 8) io.stderr(line);
      else io.stdout(line);
      return 0;
    }
    let out: string | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '-d') out = args[++i];
      else if (
        [
          '-cp',
          '-classpath',
          '--class-path',
          '-sourcepath',
          '--release',
          '-source',
          '-target',
          '-encoding',
          '-s',
          '-h',
          '-processorpath',
        ].includes(arg)
      )
        i++;
      else if (!arg.startsWith('-')) files.push(arg);
    }
    if (files.length === 0) {
      io.stderr('error: no source files\n');
      return 2;
    }
    for (const file of files) {
      const text = readText(io.fs, absolute(io.cwd, file));
      if (text === undefined) {
        io.stderr(
          `error: file not found: ${file}\nUsage: javac <options> <source files>\nuse --help for a list of possible options\n`,
        );
        return 2;
      }
      const source = describeSource(file, text);
      const path = out
        ? `${absolute(io.cwd, out)}/${source.className.replace(/\./g, '/')}.class`
        : absolute(io.cwd, file.replace(/\.java$/, '.class'));
      writeBlob(io.fs, path, `javac:${source.className}:${text.length}`, classSize(source));
    }
    io.spend(900 + files.length * 120);
    return 0;
  };
}

/** `jar cf app.jar -C build .`, `jar cfe app.jar Main *.class`, `jar --create --file ...`. */
export function jarProgram(): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    if (args[0] === '--version' || args[0] === '-version') {
      io.stdout(`jar ${versionString(findJdk(io, argv[0]))}\n`);
      return 0;
    }
    let file: string | undefined;
    let main: string | undefined;
    let create = false;
    const inputs: string[] = [];
    let i = 0;
    const first = args[0] ?? '';
    if (/^-?[ctxuvfem0M]+$/.test(first) && !first.startsWith('--')) {
      const letters = first.replace(/^-/, '');
      create = letters.includes('c');
      i = 1;
      for (const letter of letters) {
        if (letter === 'f') file = args[i++];
        else if (letter === 'e') main = args[i++];
        else if (letter === 'm') i++;
      }
      if (!create) return listOrExtract(io, letters, file);
    }
    for (; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--create' || arg === '-c') create = true;
      else if (arg === '--file' || arg === '-f') file = args[++i];
      else if (arg.startsWith('--file=')) file = arg.slice(7);
      else if (arg === '--main-class' || arg === '-e') main = args[++i];
      else if (arg.startsWith('--main-class=')) main = arg.slice(13);
      else if (arg === '-C') {
        const dir = absolute(io.cwd, args[++i] ?? '.');
        i++;
        inputs.push(dir);
      } else if (!arg.startsWith('-')) inputs.push(absolute(io.cwd, arg));
    }
    if (!create || !file) {
      io.stderr("'c' flag requires manifest or input files to be specified!\n");
      return 1;
    }
    const bytes = inputs.reduce(
      (sum, p) =>
        sum +
        (isDir(io.fs, p) ? walkFiles(io.fs, p) : [{ path: p, size: 0 }]).reduce(
          (s, f) => s + f.size,
          0,
        ),
      0,
    );
    writeJar(
      io.fs,
      absolute(io.cwd, file),
      { kind: 'plain', ...(main ? { mainClass: main } : {}) },
      Math.round(bytes * 0.55) + 600,
      `${file}:${bytes}`,
    );
    return 0;
  };
}

/** `jar tf app.jar`: the members the simulation knows, each folder before what it holds. */
function listOrExtract(
  io: Parameters<Program>[1],
  letters: string,
  file: string | undefined,
): number {
  if (letters.includes('x')) return extractJar(io, file, letters.includes('v'));
  if (!letters.includes('t')) {
    io.note(`jar ${letters}: only listing (t), extracting (x) and creating (c) are modelled.`);
    return 0;
  }
  const jar = file === undefined ? 'missing' : readJar(io.fs, absolute(io.cwd, file));
  if (jar === 'missing' || jar === 'corrupt') {
    io.stderr(`java.nio.file.NoSuchFileException: ${file ?? ''}\n`);
    return 1;
  }
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const entry of [{ path: 'META-INF/MANIFEST.MF', size: 0 }, ...(jar.entries ?? [])]) {
    const parts = entry.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join('/')}/`;
      if (!seen.has(dir)) lines.push(dir);
      seen.add(dir);
    }
    if (!seen.has(entry.path)) lines.push(entry.path);
    seen.add(entry.path);
  }
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  if (!jar.entries)
    io.note(`jar t: the classes inside ${file ?? ''} are not modelled, only its manifest.`);
  return 0;
}
