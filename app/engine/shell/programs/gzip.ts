/** gzip, gunzip, zcat (and xz/bzip2 by the same rules). Sizes change plausibly (archive.ts). */
import { basename } from '../../fs/path';
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import {
  compress,
  contentOf,
  contentToPipe,
  decompress,
  pipeToContent,
  type Compression,
} from './archive';
import { abs, options } from './support';

const SUFFIX: Record<Compression, string> = { gzip: '.gz', xz: '.xz', bzip2: '.bz2', zstd: '.zst' };

function compressor(kind: Compression, defaultDecompress: boolean, defaultStdout = false): Program {
  return (argv, io) => {
    const tool = basename(argv[0] ?? kind);
    const opts = options(
      tool,
      argv,
      {
        flags: 'cdfklnqrtv123456789TNe',
        values: 'S',
        long: {
          stdout: 'c',
          decompress: 'd',
          uncompress: 'd',
          force: 'f',
          keep: 'k',
          quiet: 'q',
          verbose: 'v',
          'suffix=': 'S',
          best: '9',
          fast: '1',
          test: 't',
          list: 'l',
        },
      },
      io,
    );
    if (!opts) return 1;
    const decompressing = defaultDecompress || opts.has('d');
    const toStdout = defaultStdout || opts.has('c');
    const suffix = opts.value('S') ?? SUFFIX[kind];
    if (opts.operands.length === 0 || (opts.operands.length === 1 && opts.operands[0] === '-')) {
      const input = pipeToContent(io.stdin);
      const out = decompressing ? decompress(input)?.content : compress(input, kind);
      if (!out) {
        io.stderr(`${tool}: stdin: not in ${kind} format\n`);
        return 1;
      }
      io.stdout(contentToPipe(out));
      return 0;
    }
    let status = 0;
    for (const name of opts.operands) {
      const path = abs(io, name);
      const read = io.fs.readFile(path);
      if (!read.ok) {
        io.stderr(
          read.error === 'EISDIR'
            ? `${tool}: ${name} is a directory -- ignored\n`
            : fileError(io.userland, 'gzip.open', name, read.error).replace(/^gzip/, tool),
        );
        status = 1;
        continue;
      }
      const content = contentOf(read.value.node) ?? { text: '' };
      if (decompressing) {
        if (!name.endsWith(suffix) && !toStdout) {
          io.stderr(`${tool}: ${name}: unknown suffix -- ignored\n`);
          status = 2;
          continue;
        }
        const inner = decompress(content);
        if (!inner) {
          io.note(
            `${name} was not compressed inside the simulation: its uncompressed content is unknown.`,
          );
          if (toStdout) continue;
          write(
            io,
            path.slice(0, -suffix.length),
            { blob: `unknown:${basename(path)}`, size: read.value.size * 3 },
            read.value.node,
          );
        } else if (toStdout) io.stdout(contentToPipe(inner.content));
        else write(io, path.slice(0, -suffix.length), inner.content, read.value.node);
      } else {
        if (name.endsWith(suffix)) {
          io.stderr(`${tool}: ${name} already has ${suffix} suffix -- unchanged\n`);
          status = 2;
          continue;
        }
        const packed = compress(content, kind);
        if (toStdout) {
          io.stdout(contentToPipe(packed));
          continue;
        }
        write(io, path + suffix, packed, read.value.node);
      }
      if (!toStdout && !opts.has('k')) io.fs.remove(path);
    }
    return status;
  };
}

function write(
  io: ProgramIO,
  path: string,
  content: Parameters<ProgramIO['fs']['writeFile']>[1],
  like: { kind: string; mode?: number; uid: number; gid: number },
): void {
  if (io.fs.lstat(path).ok) io.fs.remove(path);
  io.fs.writeFile(path, content, {
    mode: like.kind === 'file' ? like.mode : 0o644,
    owner: { uid: like.uid, gid: like.gid },
  });
}

export const gzip = compressor('gzip', false);
export const gunzip = compressor('gzip', true);
export const zcat = compressor('gzip', true, true);
export const xz = compressor('xz', false);
export const unxz = compressor('xz', true);
export const bzip2 = compressor('bzip2', false);
export const bunzip2 = compressor('bzip2', true);
