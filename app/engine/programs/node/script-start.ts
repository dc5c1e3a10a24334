/**
 * What a Node.js script prints, read from the straight-line start of its top level (the
 * shared reader, `../main-source.ts`, in JavaScript's quoting): console.log, info and debug
 * on stdout, console.error and warn on stderr (util.format's spacing and specifiers,
 * `./script-values.ts`), literal bindings (`const port = 3000`, a `let`/`var` never written
 * again, `process.env.PORT || 3000` from the process's environment unless dotenv or an
 * assignment changed it), process.exit(N) and process.exitCode. Loading a package (`require('express')`, `import`) and declaring a
 * function print nothing and are passed over. A `setTimeout(() => ..., N)` written in place
 * runs after the top level, as the event loop would; a setInterval, which repeats, is not run.
 * The first statement that is anything else ends the reading (the note names it).
 *
 * A server (`app.listen(port, () => console.log(...))`) runs its whole top level, passing
 * over what cannot be read, and then its listen callbacks, once it listens (the callback of
 * a listen inside a start function too, with the top level's bindings); its SIGTERM
 * handler's prints are what it writes when `docker stop` ends it.
 */
import {
  bracketed,
  neverWritten,
  quoted,
  splitArgs,
  statements,
  withoutComments,
} from '../main-source';
import { MainReading, type MainLine, type MainOutput } from '../main-output';
import { formatted, valueOf, type Known, type Scope } from './script-values';

const CONSOLE = /^console\.(log|info|debug|error|warn)\s*\(([\s\S]*)\)$/;
const BINDING = /^(const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]+)$/;
/** Loading a package: a require (bound or not) or an import; a relative one runs app code. */
const LOADS =
  /^(?:(?:const|let|var)\s+(?:[\w$]+|\{[\w$\s,:]*\})\s*=\s*)?require\(\s*(['"])(?![./])[^'"]+\1\s*\)$|^import\s+(?:[\w$\s{},*]+\s+from\s+)?(['"])(?![./])[^'"]+\2$/;
const DECLARES = /^(?:async\s+)?function\s*\*?\s*[\w$]+\s*\([^)]*\)\s*\{[\s\S]*\}$/;
/** A statement that changes the environment in a way not read here: dotenv's .env, an assignment. */
const CHANGES_ENV = /\bdotenv\b|process\.env(?:\.[\w$]+|\[[^\]]+\])\s*(?:\?\?|\|\||&&)?=(?!=)/;
const EXIT = /^process\.exit\(\s*(\d*)\s*\)$/;
/** A timer set on the way (its handle bound or not): its callback runs later, if at all. */
export const TIMER =
  /^(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?(setTimeout|setInterval|setImmediate)\s*\(/;
const EXIT_CODE = /^process\.exitCode\s*=\s*(\d+)$/;

/**
 * The top level's statements: line ends separate them as JavaScript's automatic semicolons
 * do, except where a line continues the one before (`app\n  .listen(...)`, `'a' +\n 'b'`).
 */
function scriptStatements(source: string): string[] {
  const text = withoutComments(source.replace(/^#!.*/, ''), 'js');
  const out: string[] = [];
  for (const s of statements(text, true, 'js')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (/[-+*/%&|^?:=,.<>(]$/.test(prev) || /^[.?:+*/%&|=<>]/.test(s)))
      out[out.length - 1] = `${prev}\n${s}`;
    else out.push(s);
  }
  return out.filter((s) => !/^(['"])use strict\1$/.test(s));
}

/** The line a console call writes and its stream, or undefined when an operand is unknown. */
function consoleLine(s: string, scope: Scope): MainLine | undefined {
  const call = CONSOLE.exec(s);
  if (!call) return undefined;
  const args = (call[2] ?? '').trim() ? splitArgs(call[2] ?? '', 'js') : [];
  const values = args.map((a) => valueOf(a, scope));
  if (values.some((v) => v === undefined)) return undefined;
  const text = formatted(values as Known[]);
  if (text === undefined) return undefined;
  const stream = call[1] === 'error' || call[1] === 'warn' ? 'stderr' : 'stdout';
  return { stream, text: `${text}\n` };
}

interface Walk extends Scope {
  /** What the statements print (a server's SIGTERM handler gets its own). */
  reading: MainReading;
  bound: Map<string, Known>;
  /** A server's walk passes over what it cannot read, noting the first print it leaves out. */
  server: boolean;
  /** The setTimeout callbacks set and not yet run, with the time (ms) each is due at. */
  timers: { due: number; body: string[] }[];
  /** The event loop's time: 0 for the top level, a timer's due time while its callback runs. */
  now: number;
}

/**
 * A `setTimeout(() => ..., N)` whose callback is written in place and whose delay is a number
 * literal: its callback's statements and the delay Node waits (below 1 or above 2^31 - 1 it is
 * 1 ms, as Node sets it). Anything else (setInterval, which repeats; setImmediate; a named
 * callback) is undefined.
 */
function timeout(s: string): { delay: number; body: string[] } | undefined {
  const at = TIMER.exec(s);
  if (at?.[1] !== 'setTimeout') return undefined;
  const inside = bracketed(s, at[0].length - 1, 'js');
  // The call is the whole statement (not `setTimeout(...).unref()`).
  if (inside === undefined || s.length !== at[0].length + inside.length + 1) return undefined;
  const [callback = '', delay = '0', ...rest] = splitArgs(inside, 'js');
  const body = callbackBody(callback);
  if (!body || rest.length > 0 || !/^\d+$/.test(delay)) return undefined;
  const ms = Number(delay);
  return { delay: ms < 1 || ms > 2147483647 ? 1 : ms, body };
}

/**
 * Runs the setTimeout callbacks as Node's event loop does once the top level (and a server's
 * listen callbacks) ended: the one due first, in the order set for equal times, a timer set
 * in a callback due after that callback's time. False once one ends the program or stops.
 */
function runTimers(w: Walk): boolean {
  for (;;) {
    const next = w.timers.reduce<Walk['timers'][number] | undefined>(
      (a, t) => (a === undefined || t.due < a.due ? t : a),
      undefined,
    );
    if (!next) return true;
    w.timers.splice(w.timers.indexOf(next), 1);
    w.now = next.due;
    if (!walk(next.body, w)) return false;
  }
}

/** Walks statements in order; false once the program has ended (process.exit) or stopped. */
function walk(list: string[], w: Walk): boolean {
  for (const [i, s] of list.entries()) {
    if (CHANGES_ENV.test(s)) w.env = undefined;
    const bind = BINDING.exec(s);
    const value = bind && !LOADS.test(s) ? valueOf(bind[3] ?? '', w) : undefined;
    if (bind && value) {
      const name = bind[2] ?? '';
      // A `let` or `var` written again later is not known to hold this value when printed.
      if (bind[1] === 'const' || neverWritten(list.slice(i + 1).join('\n'), name))
        w.bound.set(name, value);
      else w.bound.delete(name);
      continue;
    }
    if (LOADS.test(s) || DECLARES.test(s)) continue;
    const exit = EXIT.exec(s);
    if (exit) {
      w.reading.exit = Number(exit[1] || w.reading.exit);
      return false;
    }
    const timer = timeout(s);
    if (timer) {
      w.timers.push({ due: w.now + timer.delay, body: timer.body });
      continue;
    }
    const code = EXIT_CODE.exec(s);
    if (code) {
      w.reading.exit = Number(code[1]);
      continue;
    }
    const line = consoleLine(s, w);
    if (line) w.reading.print(line.stream, line.text);
    else if (w.server) {
      // A timer whose callback prints (an interval's tick) is passed over with a note.
      if (CONSOLE.test(s) || (TIMER.test(s) && /\bconsole\./.test(s)))
        w.reading.stopped ??= quoted(s);
      if (bind) w.bound.delete(bind[2] ?? '');
    } else {
      w.reading.stopped = quoted(s);
      return false;
    }
  }
  return true;
}

/** What a script prints and the status it exits with; undefined when it shows nothing. */
export function nodeScriptOutput(
  source: string,
  env: Readonly<Record<string, string>>,
): MainOutput | undefined {
  const reading = new MainReading();
  const w: Walk = { reading, bound: new Map(), env, server: false, timers: [], now: 0 };
  if (walk(scriptStatements(source), w)) runTimers(w);
  return reading.result();
}

/** The body of a callback argument (`() => expr`, `(err) => {...}`, `function () {...}`). */
function callbackBody(arg: string): string[] | undefined {
  const m =
    /^(?:async\s+)?(?:\([^)]*\)|[\w$]+)\s*=>\s*([\s\S]+)$/.exec(arg) ??
    /^(?:async\s+)?function\s*[\w$]*\s*\([^)]*\)\s*(\{[\s\S]*\})$/.exec(arg);
  const body = m?.[1]?.trim();
  if (body === undefined) return undefined;
  return body.startsWith('{') ? scriptStatements(body.slice(1, -1)) : [body];
}

/**
 * The callbacks (the last argument, a function) of the script's calls that `call` matches up
 * to their opening bracket and whose arguments `wanted` accepts: at the top level or in a
 * function it calls to start (`async function start() {...}`).
 */
function callbacks(text: string, call: RegExp, wanted: (args: string[]) => boolean): string[][] {
  const out: string[][] = [];
  for (const at of text.matchAll(call)) {
    const args = handlerArgs(text, at);
    const body = wanted(args) ? callbackBody(args[args.length - 1] ?? '') : undefined;
    if (body) out.push(body);
  }
  return out;
}

/** The arguments of the call whose text up to its opening bracket `at` matched. */
function handlerArgs(text: string, at: RegExpExecArray | RegExpMatchArray): string[] {
  const inside = bracketed(text, (at.index ?? 0) + at[0].length - 1, 'js');
  return inside === undefined ? [] : splitArgs(inside, 'js');
}

export interface NodeServerStart {
  /** What it prints as it starts: its top level's lines, then its listen callbacks'. */
  lines: MainLine[];
  /** The first print left out, its operands unknown. */
  unknown?: string;
  /** The status its top level ends with when it calls process.exit: then it never listens. */
  exit?: number;
  /**
   * Its SIGTERM handler (`process.on('SIGTERM', ...)`): what the handler prints and the status
   * it exits with (its process.exit(N), else 0: a closed server leaves nothing to wait for).
   */
  sigterm?: { lines: MainLine[]; exit: number };
}

/**
 * A server's start-up: its top level's prints (what it cannot read passed over), then what
 * its listen callbacks print once it listens, and what its SIGTERM handler would print.
 */
export function nodeServerStartup(
  source: string,
  env: Readonly<Record<string, string>>,
): NodeServerStart {
  const text = withoutComments(source, 'js');
  const w: Walk = {
    reading: new MainReading(),
    bound: new Map(),
    env,
    server: true,
    timers: [],
    now: 0,
  };
  const listens = walk(scriptStatements(source), w);
  // A listen callback runs first (Node emits 'listening' on the next tick), then the timers.
  if (listens) {
    const heard = callbacks(text, /\.listen\s*\(/g, () => true).every((body) => walk(body, w));
    if (heard) runTimers(w);
  }
  const start: NodeServerStart = { lines: w.reading.lines };
  if (!listens) start.exit = w.reading.exit;
  const unknown = [w.reading.stopped];
  const on = /\bprocess\.(?:on|once|addListener)\s*\(/g;
  const sigterm = (args: string[]) => /^(['"])SIGTERM\1$/.test(args[0] ?? '');
  if (listens && [...text.matchAll(on)].some((m) => sigterm(handlerArgs(text, m)))) {
    // A handler named rather than written in place (`process.on('SIGTERM', shutdown)`) is not read.
    const [handler = []] = callbacks(text, on, sigterm);
    w.reading = new MainReading();
    walk(handler, w);
    start.sigterm = { lines: w.reading.lines, exit: w.reading.exit };
    unknown.push(w.reading.stopped);
  }
  const first = unknown.find((u) => u !== undefined);
  if (first !== undefined) start.unknown = first;
  return start;
}

/** The note for a server's print left out (as the Go and Rust servers' runners say it). */
export function leftOutNote(file: string, unknown: string): string {
  if (TIMER.test(unknown))
    return `${file} does not print what the callback of \`${unknown}\` prints: the simulation does not execute JavaScript, and of the timer callbacks it runs only a setTimeout's literal lines.`;
  return `${file} does not print \`${unknown}\` here: an operand of it is computed at run time, and the simulation does not execute JavaScript.`;
}
