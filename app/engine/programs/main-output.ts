/**
 * What a compiled command-line program (Go, Rust, C, C++) prints when run, as far as the
 * straight-line start of its main shows it: its literal prints, in order, on their streams,
 * and the literal status it exits with. The compiler reads this from the source (the language
 * readers: `go/cli-main.ts`, `rust/cli-main.ts`, `build/c-main.ts`) and it travels in the
 * binary's blob id (`outputTag`), because the image that runs the binary usually holds no
 * source; `built-binaries.ts` writes it when the binary runs, in a build's RUN or a container.
 * A Node.js script's top level is read the same way when node runs it (`node/script-start.ts`).
 */
import type { ProgramIO } from '../shell/program';

export interface MainLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Go's standard logger: the line goes out behind the date and time of the run. */
  stamp?: true;
  /** C stdio, on a stdout line: stdout's buffer is written out after it (std::endl, fflush). */
  flush?: true;
}

export interface MainOutput {
  lines: MainLine[];
  /** The status main ends with (0 when it returns; os.Exit(3), exit(3), return 3 in C). */
  exit: number;
  /** The first statement the reading stopped at, when it stopped before main's end. */
  stopped?: string;
  /**
   * C stdio buffering: when stdout is not a terminal (a pipe: docker logs, a build's RUN) it
   * is fully buffered, so its text comes out at a flush or at exit, after stderr's lines.
   */
  stdio?: true;
}

/** The statements that make up a program's start, as each reader sees them. */
export class MainReading {
  readonly lines: MainLine[] = [];
  exit = 0;
  stopped: string | undefined;

  /** Adds what a statement writes; consecutive writes to one stream make one chunk. */
  print(stream: MainLine['stream'], text: string, extra: Omit<MainLine, 'stream' | 'text'> = {}) {
    const last = this.lines[this.lines.length - 1];
    if (last?.stream === stream && !last.flush && !last.stamp && !extra.stamp) {
      last.text += text;
      if (extra.flush) last.flush = true;
    } else this.lines.push({ stream, text, ...extra });
  }

  /**
   * What was read; undefined when main shows nothing at all (no line, status 0, no statement
   * it stopped at: an empty main), so such a binary keeps the id it had.
   */
  result(stdio = false): MainOutput | undefined {
    if (this.lines.length === 0 && this.exit === 0 && this.stopped === undefined) return undefined;
    return {
      lines: this.lines,
      exit: this.exit,
      ...(this.stopped !== undefined ? { stopped: this.stopped } : {}),
      ...(stdio ? { stdio: true as const } : {}),
    };
  }
}

const TAG = 'out=';

/** The blob-id field that carries the output (no ':' in it, so fields still split). */
export function outputTag(output: MainOutput | undefined): string {
  return output ? `:${TAG}${encodeURIComponent(JSON.stringify(output))}` : '';
}

/** The output a binary's blob id carries (strip's `#stripped` suffix aside). */
export function outputInBlob(blob: string | undefined): MainOutput | undefined {
  const field = blob
    ?.replace(/#stripped$/, '')
    .split(':')
    .find((f) => f.startsWith(TAG));
  if (!field) return undefined;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(field.slice(TAG.length)));
    return parsed && typeof parsed === 'object' && 'lines' in parsed
      ? (parsed as MainOutput)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes what the program prints and returns its status. `stamp` is the prefix of a stamped
 * line (Go's log date and time). The note says what was left out.
 */
export function writeMainOutput(
  io: ProgramIO,
  path: string,
  language: string,
  output: MainOutput,
  stamp: () => string = () => '',
): number {
  writeMainLines(io, output, stamp);
  if (output.stopped !== undefined)
    io.note(
      stoppedNote(
        `${path} is a ${language} program built in this simulation`,
        'the start of its main',
        output,
      ),
    );
  return output.exit;
}

/** Writes a program's lines on their streams (C stdio's stdout held until a flush or exit). */
export function writeMainLines(
  io: ProgramIO,
  output: MainOutput,
  stamp: () => string = () => '',
): void {
  const buffered = output.stdio === true && io.tty !== true;
  let held = '';
  for (const line of output.lines) {
    const text = line.stamp ? `${stamp()}${line.text}` : line.text;
    if (line.stream === 'stderr') {
      if (text) io.stderr(text);
    } else if (buffered) held += text;
    else if (text) io.stdout(text);
    if (buffered && line.flush && held) {
      io.stdout(held);
      held = '';
    }
  }
  if (held) io.stdout(held);
}

/**
 * The note for a reading that stopped: `program` says what ran ("/app/main is a Go program
 * built in this simulation"), `start` where the reading was ("the start of its main").
 */
export function stoppedNote(
  program: string,
  start: string,
  output: Pick<MainOutput, 'stopped' | 'exit'>,
): string {
  return `${program}: Layercake runs only the prints and literal values at ${start} and stops at \`${output.stopped ?? ''}\`; the program's computed output from there on is not modelled, and it exits ${output.exit} here.`;
}
