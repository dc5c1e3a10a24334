/**
 * awk's files: records read one at a time by RS (main input and `getline < file`), and
 * output redirections (`print > file`, `>> file`, `| "cmd"`), buffered per name until
 * close(), system() or the end, as awk's stdio buffers are. /dev/stdout and /dev/stderr are
 * the process's own streams.
 */
import type { ProgramIO } from '../../program';
import { abs, readFileText, writeText } from '../support';
import type { RegexOf } from './record';

/** Text consumed record by record. */
export class RecordReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** The next record by RS ("\n", another character, "" for paragraphs, or a regex). */
  next(rs: string, regexOf: RegexOf): string | undefined {
    const text = this.text;
    if (rs === '') {
      while (text[this.pos] === '\n') this.pos++;
      if (this.pos >= text.length) return undefined;
      const m = /\n\n+/g;
      m.lastIndex = this.pos;
      const found = m.exec(text);
      const end = found ? found.index : text.length;
      const record = text.slice(this.pos, end).replace(/\n+$/, '');
      this.pos = found ? found.index + found[0].length : text.length;
      return record;
    }
    if (this.pos >= text.length) return undefined;
    if (rs.length === 1) {
      const at = text.indexOf(rs, this.pos);
      const end = at < 0 ? text.length : at;
      const record = text.slice(this.pos, end);
      this.pos = at < 0 ? text.length : at + 1;
      return record;
    }
    const re = regexOf(rs);
    re.lastIndex = this.pos;
    let found = re.exec(text);
    while (found && found[0] === '') {
      re.lastIndex = found.index + 1;
      found = re.lastIndex <= text.length ? re.exec(text) : null;
    }
    const end = found ? found.index : text.length;
    const record = text.slice(this.pos, end);
    this.pos = found ? found.index + found[0].length : text.length;
    return record;
  }
}

interface OutputStream {
  mode: '>' | '>>' | '|';
  buffer: string;
  /** A file's first flush truncates it (`>`); later flushes append. */
  opened: boolean;
}

export class Streams {
  private readonly outputs = new Map<string, OutputStream>();
  private readonly inputs = new Map<string, RecordReader | null>();

  constructor(
    private readonly io: ProgramIO,
    private readonly fail: (message: string, plain: boolean) => never,
  ) {}

  write(mode: '>' | '>>' | '|', name: string, text: string): void {
    if (mode !== '|' && (name === '/dev/stdout' || name === '-')) return this.io.stdout(text);
    if (mode !== '|' && name === '/dev/stderr') return this.io.stderr(text);
    let stream = this.outputs.get(name);
    if (!stream) {
      stream = { mode, buffer: '', opened: false };
      this.outputs.set(name, stream);
    }
    stream.buffer += text;
  }

  private flushOne(name: string, stream: OutputStream): number {
    if (stream.mode === '|') {
      const text = stream.buffer;
      stream.buffer = '';
      if (!this.io.runScript) return 127;
      return this.io.runScript(name, { argv0: 'sh', commandString: true, stdin: text });
    }
    if (stream.opened && stream.buffer === '') return 0;
    const path = abs(this.io, name);
    const append = stream.opened || stream.mode === '>>';
    const wrote = writeText(this.io, path, stream.buffer, { append });
    stream.buffer = '';
    stream.opened = true;
    if (!wrote.ok) {
      this.outputs.delete(name);
      const reason = wrote.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory';
      this.fail(
        this.io.userland === 'busybox'
          ? `can't open '${name}': ${reason}`
          : `cannot open "${name}" for output (${reason})`,
        true,
      );
    }
    return 0;
  }

  /** Writes buffered file output (before system(), at the end); pipes wait for close(). */
  flushFiles(): void {
    for (const [name, stream] of this.outputs) if (stream.mode !== '|') this.flushOne(name, stream);
  }

  /** close(name): flushes and forgets an output or input; -1 when nothing had that name. */
  close(name: string): number {
    const stream = this.outputs.get(name);
    let status = -1;
    if (stream) {
      status = this.flushOne(name, stream);
      this.outputs.delete(name);
    }
    if (this.inputs.delete(name)) status = 0;
    return status;
  }

  closeAll(): void {
    for (const name of [...this.outputs.keys()]) this.close(name);
  }

  /** The next record of `getline < name`: undefined at its end, null when it cannot be read. */
  readRecord(name: string, rs: string, regexOf: RegexOf): string | undefined | null {
    let reader = this.inputs.get(name);
    if (reader === undefined) {
      if (name === '-' || name === '/dev/stdin') reader = new RecordReader(this.io.stdin);
      else {
        const read = readFileText(this.io, name);
        reader = 'error' in read ? null : new RecordReader(read.text);
      }
      this.inputs.set(name, reader);
    }
    if (reader === null) return null;
    return reader.next(rs, regexOf);
  }
}
