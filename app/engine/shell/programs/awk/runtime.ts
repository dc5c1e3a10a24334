/**
 * The state of a running awk program: variables (global cells, a frame of locals per
 * function call), the current record, streams, compiled regexes, and the signals that unwind
 * `next`, `exit`, `return`, `break`, `continue` and fatal errors. Signals are plain class
 * instances, never Errors, as in the shell's own interpreter.
 */
import type { ProgramIO } from '../../program';
import { posixToJs } from '../regex';
import type { AwkProgram } from './ast';
import { AwkRecord } from './record';
import { Streams } from './streams';
import { Strnum, toStr, type NumberStyle, type Value } from './values';

export type AwkArray = Map<string, Value>;

export interface Cell {
  v: Value;
  a?: AwkArray;
  /** An uninitialised variable passed to a function: if used as an array, it becomes one. */
  link?: Cell;
}

export type Dialect = 'mawk' | 'busybox';

export class NextSignal {}
export class NextFileSignal {}
export class BreakSignal {}
export class ContinueSignal {}
export class ExitSignal {
  constructor(readonly code: number | undefined) {}
}
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
export class AwkFailure {
  /** `plain`: worded without mawk's "run time error:" frame (cannot open a file, ...). */
  constructor(
    readonly message: string,
    readonly plain = false,
  ) {}
}

/** Statements and loop turns one run may take: awk programs cannot hang the simulation. */
const STEP_LIMIT = 2_000_000;
const CALL_DEPTH_LIMIT = 500;

export class AwkRuntime {
  readonly globals = new Map<string, Cell>();
  readonly frames: Map<string, Cell>[] = [];
  readonly record: AwkRecord;
  readonly streams: Streams;
  readonly ranges: boolean[] = [];
  /** The main input's next record, for a plain `getline` (set by the rule loop). */
  nextMainRecord: () => string | undefined = () => undefined;
  private steps = 0;
  private readonly regexes = new Map<string, RegExp>();

  constructor(
    readonly program: AwkProgram,
    readonly io: ProgramIO,
    readonly dialect: Dialect,
    /** How messages start: "awk: " or "mawk: ", as the program was called. */
    readonly prefix: string,
  ) {
    this.record = new AwkRecord((source) => this.regex(source));
    this.streams = new Streams(io, (message, plain) => this.fail(message, plain));
    for (const [name, value] of Object.entries(DEFAULTS)) this.globals.set(name, { v: value });
    const environ = new Map<string, Value>();
    for (const [k, v] of Object.entries(io.env)) environ.set(k, new Strnum(v));
    this.globals.set('ENVIRON', { v: undefined, a: environ });
  }

  fail(message: string, plain = false): never {
    throw new AwkFailure(message, plain);
  }

  tick(): void {
    if (++this.steps > STEP_LIMIT)
      this.fail('the simulation stopped this program after 2 000 000 steps');
  }

  enterCall(): void {
    if (this.frames.length >= CALL_DEPTH_LIMIT) this.fail('function call nesting too deep');
  }

  cell(name: string): Cell {
    const frame = this.frames[this.frames.length - 1];
    const local = frame?.get(name);
    if (local) return local;
    let cell = this.globals.get(name);
    if (!cell) {
      cell = { v: undefined };
      this.globals.set(name, cell);
    }
    return cell;
  }

  array(name: string): AwkArray {
    const cell = this.cell(name);
    if (cell.a) return cell.a;
    if (cell.v !== undefined) this.fail(`can't use scalar ${name} as array`);
    const target = cell.link && !cell.link.a && cell.link.v === undefined ? cell.link : undefined;
    cell.a = target?.a ?? new Map();
    if (target) target.a = cell.a;
    return cell.a;
  }

  get style(): NumberStyle {
    return this.numberStyle('CONVFMT');
  }

  numberStyle(variable: 'CONVFMT' | 'OFMT'): NumberStyle {
    const format = this.globals.get(variable)?.v;
    return {
      intLimit: this.dialect === 'mawk' ? 2 ** 31 : 2 ** 63,
      format: typeof format === 'string' ? format : '%.6g',
    };
  }

  str(v: Value): string {
    return toStr(v, this.style);
  }

  special(name: string): string {
    return this.str(this.globals.get(name)?.v);
  }

  /** An awk extended regular expression as a JavaScript RegExp (`.` matches newlines too). */
  regex(source: string): RegExp {
    const known = this.regexes.get(source);
    if (known) return known;
    const translated = posixToJs(source, true);
    let re: RegExp | undefined;
    if (translated.ok) {
      try {
        re = new RegExp(translated.source, 'gs');
      } catch {
        re = undefined;
      }
    }
    if (!re) this.fail(`regular expression compile failed (bad regex)\n${source}`);
    if (this.regexes.size > 500) this.regexes.clear();
    this.regexes.set(source, re);
    return re;
  }

  test(source: string, text: string): boolean {
    const re = this.regex(source);
    re.lastIndex = 0;
    return re.test(text);
  }
}

const DEFAULTS: Record<string, Value> = {
  FS: ' ',
  OFS: ' ',
  ORS: '\n',
  RS: '\n',
  NR: 0,
  FNR: 0,
  SUBSEP: '\x1c',
  RSTART: 0,
  RLENGTH: -1,
  CONVFMT: '%.6g',
  OFMT: '%.6g',
  FILENAME: '',
};
