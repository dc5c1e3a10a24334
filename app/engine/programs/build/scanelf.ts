/**
 * scanelf (pax-utils), as Alpine Dockerfiles call it to work out a build's runtime
 * dependencies: `scanelf --needed --nobanner --format '%n#p' --recursive /usr/local` prints
 * one comma-separated DT_NEEDED list per dynamically linked ELF file, which is then split,
 * sorted and turned into `so:` names for `apk add`. Files that are not ELF (scripts, text,
 * static binaries) print nothing, as with the real tool.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, isDir, listDir, walkFiles } from '../common/fs-helpers';
import { libcOf } from './ldd';
import { neededLibraries } from './shared-libs';

interface ScanOptions {
  recursive: boolean;
  banner: boolean;
  format: string | undefined;
  files: string[];
}

const SHORT_FLAGS: Record<string, keyof ScanOptions | 'ignore'> = {
  R: 'recursive',
  B: 'banner',
  n: 'ignore',
  q: 'ignore',
  y: 'ignore',
};

function parse(args: string[]): ScanOptions {
  const options: ScanOptions = { recursive: false, banner: true, format: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format' || arg === '-F') options.format = args[++i];
    else if (arg.startsWith('--format=')) options.format = arg.slice(9);
    else if (arg === '--recursive') options.recursive = true;
    else if (arg === '--nobanner') options.banner = false;
    else if (/^-[A-Za-z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) {
        if (SHORT_FLAGS[letter] === 'recursive') options.recursive = true;
        if (SHORT_FLAGS[letter] === 'banner') options.banner = false;
      }
    } else if (!arg.startsWith('-')) options.files.push(arg);
  }
  // A format string prints only what it names, never the banner.
  if (options.format !== undefined) options.banner = false;
  return options;
}

/** The files an operand stands for: itself, a directory's files, or its whole tree with -R. */
function filesOf(io: ProgramIO, operand: string, recursive: boolean): string[] {
  const path = absolute(io.cwd, operand);
  if (!isDir(io.fs, path)) return [operand];
  if (recursive) return walkFiles(io.fs, path).map((f) => f.path);
  return listDir(io.fs, path).map((name) => `${path === '/' ? '' : path}/${name}`);
}

/**
 * One output line. In a format string `%n` prints the needed list and `%F`, `%f`, `%p` the
 * file name; a `#` item is matched silently (`#p` prints no name). Without a format the line
 * is "TYPE NEEDED FILE".
 */
function line(format: string | undefined, needed: string[], file: string): string {
  if (format === undefined) return `ET_DYN ${needed.join(',')} ${file}`;
  const shown = format.replace(/#[a-zA-Z]/g, '');
  const parts: string[] = [];
  for (const [, item] of shown.matchAll(/%([a-zA-Z])/g)) {
    if (item === 'n') parts.push(needed.join(','));
    else if (item === 'F' || item === 'p') parts.push(file);
    else if (item === 'f') parts.push(file.slice(file.lastIndexOf('/') + 1));
  }
  return parts.join(' ');
}

export const scanelfProgram: Program = (argv, io) => {
  const options = parse(argv.slice(1));
  const libc = libcOf(io);
  if (options.banner) io.stdout(' TYPE   NEEDED FILE \n');
  for (const operand of options.files) {
    for (const file of filesOf(io, operand, options.recursive)) {
      const needed = neededLibraries(io.fs, absolute(io.cwd, file), libc);
      if (needed) io.stdout(`${line(options.format, needed, file)}\n`);
    }
  }
  return 0;
};
