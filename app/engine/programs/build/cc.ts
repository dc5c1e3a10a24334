/**
 * The C and C++ compilers (gcc, cc, g++, c++, clang) and strip. Nothing is compiled: an
 * output file of a plausible size appears where the real one would (an object per source
 * with -c, else an executable, a.out by default, recording what it links: link-line.ts), and
 * a note says so. Missing sources fail with gcc's own words, so a broken Makefile still
 * breaks the build.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, writeBlob } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { outputInBlob, outputTag, type MainOutput } from '../main-output';
import { cMainOutput } from './c-main';
import { linkField } from '../../shell/exec/binaries';
import { libcOf } from './ldd';
import { linkedLibraries } from './link-line';

const SOURCE = /\.(c|cc|cpp|cxx|c\+\+|s|S|m)$/;

function versionText(name: string, io: ProgramIO): string {
  if (name.startsWith('clang'))
    return 'Debian clang version 19.1.7 (3+b1)\nTarget: x86_64-pc-linux-gnu\nThread model: posix\nInstalledDir: /usr/lib/llvm-19/bin\n';
  const vendor = io.userland === 'busybox' ? 'Alpine 14.2.0' : 'Debian 14.2.0-19';
  return `${name} (${vendor}) 14.2.0\nCopyright (C) 2024 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n`;
}

/** Options that take the next word as their value. */
const WITH_VALUE = new Set([
  '-o',
  '-I',
  '-L',
  '-l',
  '-D',
  '-U',
  '-x',
  '-include',
  '-isystem',
  '-MF',
  '-MT',
  '-MQ',
  '-Xlinker',
  '-arch',
]);

export const ccProgram: Program = (argv, io) => {
  const name = (argv[0] ?? 'cc').split('/').pop() ?? 'cc';
  const args = argv.slice(1);
  if (args.includes('--version')) {
    io.stdout(versionText(name, io));
    return 0;
  }
  if (args.includes('-dumpmachine')) {
    io.stdout(io.userland === 'busybox' ? 'x86_64-alpine-linux-musl\n' : 'x86_64-linux-gnu\n');
    return 0;
  }
  if (args.includes('-dumpversion')) {
    io.stdout(name.startsWith('clang') ? '19\n' : '14\n');
    return 0;
  }
  let output: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-o') output = args[++i];
    else if (WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) inputs.push(arg);
  }
  const tool = name.startsWith('clang') ? name : name === 'cc' ? 'cc' : name;
  if (inputs.length === 0) {
    io.stderr(`${tool}: fatal error: no input files\ncompilation terminated.\n`);
    return 1;
  }
  let texts = '';
  // What each input's main prints when run: read from a source, carried by an object.
  const shows: (MainOutput | undefined)[] = [];
  for (const input of inputs) {
    const read = io.fs.readFile(absolute(io.cwd, input));
    if (!read.ok) {
      io.stderr(
        `${tool}: error: ${input}: No such file or directory\n${tool}: fatal error: no input files\ncompilation terminated.\n`,
      );
      return 1;
    }
    texts += read.value.text ?? `${read.value.size}`;
    const { text, node } = read.value;
    shows.push(
      text !== undefined && SOURCE.test(input)
        ? cMainOutput(text)
        : node.kind === 'file'
          ? outputInBlob(node.blob)
          : undefined,
    );
  }
  const id = sha256Hex(`${args.join(' ')}\n${texts}`).slice(0, 32);
  const sourceBytes = texts.length;
  if (args.includes('-E')) return 0;
  if (args.includes('-c') || args.includes('-S')) {
    const ext = args.includes('-S') ? '.s' : '.o';
    const sources = inputs.filter((i) => SOURCE.test(i));
    for (const source of sources) {
      const target = output ?? `${source.split('/').pop()?.replace(SOURCE, '') ?? 'a'}${ext}`;
      writeBlob(
        io.fs,
        absolute(io.cwd, target),
        `cc-object:${id}:${source}${outputTag(shows[inputs.indexOf(source)])}`,
        1_400 + Math.round(sourceBytes * 1.6),
      );
    }
  } else {
    const exe = output ?? 'a.out';
    const size = args.includes('-static') ? 780_000 + sourceBytes * 3 : 15_960 + sourceBytes * 2;
    // The executable records what it links (the C++ driver adds its runtime), so ldd lists
    // it and a copy into an image without that C library's loader fails to start.
    const needed = linkedLibraries(io.fs, args, /\+\+$/.test(name), libcOf(io));
    writeBlob(
      io.fs,
      absolute(io.cwd, exe),
      `cc-executable:${id}${outputTag(shows.find(Boolean))}${linkField(needed)}`,
      size,
      0o755,
    );
  }
  io.spend(300 + sourceBytes / 20);
  io.note(
    `${tool} did not compile anything: the simulation runs no compilers. The files it would write are stand-ins of plausible size; running one prints only what the straight-line start of its main prints.`,
  );
  return 0;
};

export const stripProgram: Program = (argv, io) => {
  const files = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    io.stderr('Usage: strip <option(s)> in-file(s)\n');
    return 1;
  }
  let status = 0;
  for (const file of files) {
    const path = absolute(io.cwd, file);
    const read = io.fs.readFile(path);
    if (!read.ok) {
      io.stderr(`strip: '${file}': No such file\n`);
      status = 1;
      continue;
    }
    const node = read.value.node;
    if (node.kind !== 'file' || node.text !== undefined || node.blob === undefined) {
      io.stderr(`strip: ${file}: file format not recognized\n`);
      status = 1;
      continue;
    }
    if (node.blob.endsWith('#stripped')) continue;
    // Symbols and debug sections are roughly a fifth of an unstripped binary.
    io.fs.writeFile(
      path,
      { blob: `${node.blob}#stripped`, size: Math.round(node.size * 0.8) },
      { mode: node.mode },
    );
  }
  return status;
};
