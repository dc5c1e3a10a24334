/**
 * What a Rust program prints, read from the straight-line start of its main: println!/print!
 * on stdout, eprintln!/eprint! on stderr, with `{}`, `{0}`, `{name}` and `{:?}` filled from
 * literals (inline, as `name = value` arguments, or bound in main by `let`/`const` and never
 * changed), and std::process::exit(N), `return` or a final `Ok(())`. A command-line program
 * stops at the first statement that is anything else (the note names it); a server's start-up
 * prints are read the same way up to where it starts serving, skipping what is not a print.
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
import { MainReading, type MainLine, type MainOutput } from '../main-output';

const MAIN = /\bfn\s+main\s*\(\s*\)\s*(?:->\s*[^{]+)?\{/;
const PRINT = /^(e?print(?:ln)?)!\s*\(([\s\S]*)\)$/;

/** A raw string r"..." / r#"..."# or any other literal. */
function rustLiteral(token: string): Literal | undefined {
  const raw = /^r(#*)"([\s\S]*)"\1$/.exec(token.trim());
  return raw ? { kind: 'str', text: raw[2] ?? '' } : literalOf(token);
}

/** `{:?}` of a literal: a string in quotes (only where nothing needs escaping). */
function debug(v: Literal): string | undefined {
  if (v.kind !== 'str') return v.text;
  return /^[\x20-\x7e]*$/.test(v.text) && !/["\\]/.test(v.text) ? `"${v.text}"` : undefined;
}

/** format! with `{}`, `{N}`, `{name}` and `{:?}`; undefined for specs or unknown operands. */
function format(
  template: string,
  positional: (Literal | undefined)[],
  named: (name: string) => Literal | undefined,
): string | undefined {
  let next = 0;
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      out += c;
      i++;
      continue;
    }
    if (c === '}') return undefined;
    if (c !== '{') {
      out += c;
      continue;
    }
    const close = template.indexOf('}', i);
    const m = /^(\w*)(:\?)?$/.exec(template.slice(i + 1, close));
    if (close < 0 || !m) return undefined;
    const key = m[1] ?? '';
    const value =
      key === '' ? positional[next++] : /^\d+$/.test(key) ? positional[Number(key)] : named(key);
    const text = value && (m[2] ? debug(value) : value.text);
    if (text === undefined) return undefined;
    out += text;
    i = close;
  }
  return out;
}

/** The line a print macro writes, or undefined when an operand is not known. */
function printLine(
  statement: string,
  bound: ReadonlyMap<string, Literal>,
): Omit<MainLine, 'flush' | 'stamp'> | undefined {
  const call = PRINT.exec(statement);
  if (!call) return undefined;
  const [template, ...args] = splitArgs(call[2] ?? '');
  const text = template === undefined ? '' : stringTemplate(template);
  if (text === undefined) return undefined;
  const named = new Map<string, Literal | undefined>();
  const positional: (Literal | undefined)[] = [];
  for (const arg of args) {
    const m = /^(\w+)\s*=(?!=)\s*([\s\S]+)$/.exec(arg);
    const value = (v: string) => rustLiteral(v) ?? bound.get(v.trim());
    if (m) named.set(m[1] ?? '', value(m[2] ?? ''));
    else positional.push(value(arg));
  }
  const line = format(text, positional, (n) => (named.has(n) ? named.get(n) : bound.get(n)));
  if (line === undefined) return undefined;
  const newline = call[1]?.endsWith('ln') ? '\n' : '';
  return { stream: call[1]?.startsWith('e') ? 'stderr' : 'stdout', text: `${line}${newline}` };
}

function stringTemplate(token: string): string | undefined {
  const lit = rustLiteral(token);
  return lit?.kind === 'str' ? lit.text : undefined;
}

/** `let x = "..."`, `let x: &str = "..."`, `const X: u16 = 8080`: name, value, mutable. */
function binding(
  statement: string,
): { name: string; value: Literal | undefined; mut: boolean } | undefined {
  const m = /^(?:let|const|static)\s+(mut\s+)?(\w+)\s*(?::[^=]+)?=\s*([\s\S]+)$/.exec(statement);
  return m
    ? { name: m[2] ?? '', value: rustLiteral(m[3] ?? ''), mut: m[1] !== undefined }
    : undefined;
}

/**
 * Walks main's statements. A server's walk (over main up to where it starts serving) passes
 * over what it cannot read instead of stopping there.
 */
function walk(body: string, reading: MainReading, server = false): void {
  const bound = new Map<string, Literal>();
  const list = statements(body);
  for (const [i, s] of list.entries()) {
    const rest = list.slice(i + 1).join(';');
    const bind = binding(s);
    if (bind?.value) {
      if (!bind.mut && neverWritten(rest, bind.name)) bound.set(bind.name, bind.value);
      continue;
    }
    const exit = /^(?:(?:std::)?process::)?exit\(\s*(\d+)\s*\)$/.exec(s);
    if (exit || /^(?:return(?:\s+Ok\(\(\)\))?|Ok\(\(\)\))$/.test(s)) {
      reading.exit = Number(exit?.[1] ?? 0);
      return;
    }
    const line = printLine(s, bound);
    if (line) reading.print(line.stream, line.text);
    else if (server) {
      // A server's start: what it cannot read it passes over, but a print it leaves out is said.
      if (PRINT.test(s)) reading.stopped ??= quoted(s);
      if (bind) bound.delete(bind.name);
    } else {
      reading.stopped = quoted(s);
      return;
    }
  }
}

/** What a command-line program's main prints and its exit status; undefined when nothing. */
export function rustMainOutput(source: string): MainOutput | undefined {
  const body = functionBody(source, MAIN);
  if (body === undefined) return undefined;
  const reading = new MainReading();
  walk(body, reading);
  return reading.result();
}

/**
 * A server's start-up lines: main's prints up to the statement where it starts serving, and
 * the first print left out (an operand the simulation cannot know).
 */
export function rustStartupPrints(
  source: string,
  serving: RegExp,
): { prints: Omit<MainLine, 'flush' | 'stamp'>[]; unknown?: string } {
  const body = functionBody(source, MAIN) ?? '';
  const reading = new MainReading();
  walk(body.slice(0, serving.exec(body)?.index), reading, true);
  const prints = reading.lines.map(({ stream, text }) => ({ stream, text }));
  return reading.stopped !== undefined ? { prints, unknown: reading.stopped } : { prints };
}
