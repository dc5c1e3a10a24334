/**
 * File descriptors of the simulated processes. Output goes to a sink (the terminal's stdout
 * or stderr, a pipe buffer, a file, /dev/null); input comes from a source that reading
 * consumes, so `while read line` loops and the programs inside them share one stdin.
 */
import type { FileSystem } from '../../fs/filesystem';
import { isBlobText, pipeToContent } from '../pipe-content';

export interface Sink {
  write(text: string): void;
  /** The terminal itself (not a pipe or file): with a TTY session, programs may format for it. */
  terminal?: boolean;
}

export interface Source {
  readonly text: string;
  pos: number;
}

export interface Fd {
  sink?: Sink;
  source?: Source;
}

export type Fds = ReadonlyMap<number, Fd>;

export const NULL_SINK: Sink = { write: () => undefined };

export function emptySource(): Source {
  return { text: '', pos: 0 };
}

export function stringSource(text: string): Source {
  return { text, pos: 0 };
}

/** Takes everything left in a source (cat, programs that read their stdin). */
export function readAll(source: Source | undefined): string {
  if (!source) return '';
  const rest = source.text.slice(source.pos);
  source.pos = source.text.length;
  return rest;
}

/** Takes one line (without its newline); undefined at end of input. */
export function readLine(
  source: Source | undefined,
): { line: string; complete: boolean } | undefined {
  if (!source || source.pos >= source.text.length) return undefined;
  const end = source.text.indexOf('\n', source.pos);
  if (end < 0) {
    const line = source.text.slice(source.pos);
    source.pos = source.text.length;
    return { line, complete: false };
  }
  const line = source.text.slice(source.pos, end);
  source.pos = end + 1;
  return { line, complete: true };
}

export class BufferSink implements Sink {
  private readonly chunks: string[] = [];
  write(text: string): void {
    this.chunks.push(text);
  }
  text(): string {
    return this.chunks.join('');
  }
}

/**
 * Appends each write to a file, as a process writing to an open descriptor does. The file
 * was created (or truncated) when the redirection opened it, so it keeps its owner.
 */
export function fileSink(fs: FileSystem, path: string): Sink {
  return {
    write(text) {
      // A program writing binary content (tar -cf -, gzip -c) makes the file that blob.
      if (isBlobText(text)) fs.writeFile(path, pipeToContent(text));
      else if (text) fs.writeFile(path, { text }, { append: true });
    },
  };
}

export function withFd(fds: Fds, fd: number, value: Fd | undefined): Map<number, Fd> {
  const next = new Map(fds);
  if (value) next.set(fd, value);
  else next.delete(fd);
  return next;
}
