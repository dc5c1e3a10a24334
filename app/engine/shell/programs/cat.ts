/** cat and tee. */
import type { Program } from '../program';
import { fileError } from '../messages';
import { contentOf, contentToPipe } from './archive';
import { abs, options, readFileText, writeText } from './support';

export const cat: Program = (argv, io) => {
  const opts = options(
    'cat',
    argv,
    { flags: 'nAbeEsStTuv', long: { number: 'n', 'show-all': 'A' } },
    io,
  );
  if (!opts) return 1;
  const files = opts.operands.length > 0 ? opts.operands : ['-'];
  let status = 0;
  let lineNumber = 1;
  for (const name of files) {
    let text: string;
    if (name === '-') text = io.stdin;
    else {
      const st = io.fs.stat(abs(io, name));
      if (st.ok && st.value.node.kind === 'dir') {
        io.stderr(fileError(io.userland, 'cat.dir', name));
        status = 1;
        continue;
      }
      const file = io.fs.readFile(abs(io, name));
      const node = file.ok ? file.value.node : undefined;
      if (node?.kind === 'file' && node.text === undefined && node.tail === undefined) {
        // Binary content flows on as a blob (cat app.tgz | tar -xz); with text appended to
        // it, what is known of it is text and is read as such below.
        io.stdout(contentToPipe(contentOf(node) ?? { text: '' }));
        continue;
      }
      const read = readFileText(io, name);
      if ('error' in read) {
        io.stderr(fileError(io.userland, 'cat.open', name, read.error));
        status = 1;
        continue;
      }
      text = read.text;
    }
    if (opts.has('n')) {
      text = text.replace(/^.*(\n|$)/gm, (line) =>
        line === '' ? '' : `${String(lineNumber++).padStart(6)}\t${line}`,
      );
    }
    io.stdout(text);
  }
  return status;
};

export const tee: Program = (argv, io) => {
  const opts = options('tee', argv, { flags: 'ai', long: { append: 'a' } }, io);
  if (!opts) return 1;
  const text = io.stdin;
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    if (path === '/dev/null') continue;
    const written = writeText(io, path, text, { append: opts.has('a') });
    if (!written.ok) {
      io.stderr(fileError(io.userland, 'tee.open', name, written.error));
      status = 1;
    }
  }
  io.stdout(text);
  return status;
};
