/**
 * What a Go command-line program prints, read from the straight-line start of its main: fmt's
 * prints on stdout (Fprint* to os.Stderr on stderr), the standard logger's on stderr behind
 * its date and time (log.Fatal* then exits 1), the builtin print/println on stderr, literal
 * bindings (`name := "x"`, `var`/`const`), and os.Exit(N) or return. The first statement that
 * is anything else ends the reading (the note names it); so does a print with an operand that
 * is not a literal or a name bound to one, since its output cannot be known.
 */
import {
  functionBody,
  literalOf,
  neverWritten,
  quoted,
  splitArgs,
  statements,
} from '../main-source';
import type { Literal } from '../main-source';
import { MainReading, type MainOutput } from '../main-output';

type Operand = Literal;

/** fmt's %v of a literal. */
const show = (v: Operand): string => v.text;

/** fmt.Sprint: a space between operands when neither is a string. */
function sprint(ops: Operand[]): string {
  return ops
    .map((o, i) => {
      const prev = ops[i - 1];
      return prev && prev.kind !== 'str' && o.kind !== 'str' ? ` ${show(o)}` : show(o);
    })
    .join('');
}

const sprintln = (ops: Operand[]): string => `${ops.map(show).join(' ')}\n`;

/** fmt.Sprintf with the plain verbs (%v %s %d %t %%), or undefined for anything else. */
function sprintf(format: string, ops: Operand[]): string | undefined {
  let next = 0;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c !== '%') {
      out += c;
      continue;
    }
    const verb = format[++i];
    if (verb === '%') {
      out += '%';
      continue;
    }
    const op = ops[next++];
    if (!op) return undefined;
    const fits =
      verb === 'v' ||
      (verb === 's' && op.kind === 'str') ||
      (verb === 'd' && op.kind === 'int') ||
      (verb === 't' && op.kind === 'bool');
    if (!fits) return undefined;
    out += show(op);
  }
  return next === ops.length ? out : undefined;
}

const PRINT =
  /^(fmt\.(?:Print|Println|Printf)|fmt\.(?:Fprint|Fprintln|Fprintf)|log\.(?:Print|Println|Printf|Fatal|Fatalln|Fatalf)|println|print)\s*\(([\s\S]*)\)$/;

/** The text a print call writes, its stream, and whether it is the logger's; or undefined. */
function printed(
  fn: string,
  args: Operand[],
): { stream: 'stdout' | 'stderr'; text: string; stamp: boolean } | undefined {
  const name = fn.replace(/^\w+\./, '');
  const stamp = fn.startsWith('log.');
  const stream = fn.startsWith('fmt.') ? 'stdout' : 'stderr';
  let text: string | undefined;
  if (name.endsWith('ln')) text = sprintln(args);
  else if (name.endsWith('f')) {
    const [format, ...rest] = args;
    text = format?.kind === 'str' ? sprintf(format.text, rest) : undefined;
  } else text = fn === 'print' ? args.map(show).join('') : sprint(args);
  // The standard logger ends every message with a newline.
  if (text !== undefined && stamp && !text.endsWith('\n')) text += '\n';
  return text === undefined ? undefined : { stream, text, stamp };
}

/** The line a print statement writes, or undefined when it is not one or an operand is unknown. */
function printStatement(
  s: string,
  operand: (token: string) => Operand | undefined,
): { stream: 'stdout' | 'stderr'; text: string; stamp: boolean; fatal: boolean } | undefined {
  const call = PRINT.exec(s);
  if (!call) return undefined;
  const args = splitArgs(call[2] ?? '');
  const stream = call[1]?.startsWith('fmt.F') ? args.shift() : undefined;
  if (stream && !/^os\.Std(?:out|err)$/.test(stream)) return undefined;
  const ops = args.map(operand);
  if (ops.some((o) => o === undefined)) return undefined;
  const out = printed(call[1]?.replace('.F', '.') ?? '', ops as Operand[]);
  if (!out) return undefined;
  const fatal = /^log\.Fatal/.test(call[1] ?? '');
  return { ...out, stream: stream === 'os.Stderr' ? 'stderr' : out.stream, fatal };
}

/**
 * Walks main's statements. A server's walk (main up to where it starts listening) passes over
 * what it cannot read instead of stopping, but not over a change to the logger's format.
 */
function walk(body: string, reading: MainReading, server = false): void {
  const bound = new Map<string, Operand>();
  const operand = (token: string): Operand | undefined => literalOf(token) ?? bound.get(token);
  const list = statements(body, true);
  for (const [i, s] of list.entries()) {
    const binding = /^(?:(\w+)\s*:=|(?:var|const)\s+(\w+)(?:\s+[\w.]+)?\s*=)\s*([\s\S]+)$/.exec(s);
    const value = binding ? literalOf(binding[3] ?? '') : undefined;
    const name = binding?.[1] ?? binding?.[2] ?? '';
    if (value) {
      // A name written again later is not known to hold its literal when printed.
      if (neverWritten(list.slice(i + 1).join('\n'), name)) bound.set(name, value);
      continue;
    }
    const exit = /^os\.Exit\(\s*(\d+)\s*\)$/.exec(s);
    if (exit || s === 'return') {
      reading.exit = Number(exit?.[1] ?? 0);
      return;
    }
    const out = printStatement(s, operand);
    if (out) {
      reading.print(out.stream, out.text, out.stamp ? { stamp: true } : {});
      if (out.fatal) {
        reading.exit = 1;
        return;
      }
    } else if (server && !/^log\.Set/.test(s)) {
      // What a server's start cannot read it passes over; a print it leaves out is said.
      if (PRINT.test(s)) reading.stopped ??= quoted(s);
      if (name) bound.delete(name);
    } else {
      reading.stopped = quoted(s);
      return;
    }
  }
}

const MAIN = /\bfunc\s+main\s*\(\s*\)\s*\{/;

/** What main prints and the status it exits with; undefined when nothing is known. */
export function goMainOutput(source: string): MainOutput | undefined {
  const body = functionBody(source, MAIN, true);
  if (body === undefined) return undefined;
  const reading = new MainReading();
  walk(body, reading);
  return reading.result();
}

/**
 * A server's start-up lines: main's prints before the call that starts listening (`listen`
 * matches it), fmt's on stdout and the logger's stamped on stderr, and the first print left
 * out (an operand the simulation cannot know, or the logger's format changed).
 */
export function goStartupLines(
  source: string,
  listen: RegExp,
): { lines: MainOutput['lines']; unknown?: string } {
  const body = functionBody(source, MAIN, true) ?? '';
  const reading = new MainReading();
  walk(body.slice(0, listen.exec(body)?.index), reading, true);
  return reading.stopped !== undefined
    ? { lines: reading.lines, unknown: reading.stopped }
    : { lines: reading.lines };
}
