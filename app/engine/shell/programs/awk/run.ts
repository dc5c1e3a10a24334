/**
 * Running a parsed program: BEGIN, then every record of the input operands (files, `-` for
 * stdin, `var=value` assignments applied when reached) through the rules, then END. `exit`
 * skips to END (or out of it); a fatal error stops with awk's message.
 */
import type { Rule } from './ast';
import { bump, evaluate } from './eval';
import { executeBlock } from './exec';
import { RecordReader } from './streams';
import { AwkFailure, ExitSignal, NextFileSignal, NextSignal, type AwkRuntime } from './runtime';
import { Strnum, toBool, toNum } from './values';
import { readFileText } from '../support';
import { unescapeValue } from './escapes';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;

/** Applies `name=value` (from -v or an operand), escapes processed; false when not one. */
export function applyAssignment(rt: AwkRuntime, text: string): boolean {
  const m = ASSIGNMENT.exec(text);
  if (!m) return false;
  rt.cell(m[1] as string).v = new Strnum(unescapeValue(m[2] as string));
  return true;
}

/** The main input: the operands in ARGV order, each read record by record. */
class MainInput {
  private index = 1;
  private reader: RecordReader | undefined;
  private usedFile = false;

  constructor(private readonly rt: AwkRuntime) {}

  private openNext(): boolean {
    const rt = this.rt;
    const argv = rt.array('ARGV');
    while (this.index < toNum(rt.cell('ARGC').v)) {
      const arg = rt.str(argv.get(String(this.index++)));
      if (arg === '' || applyAssignment(rt, arg)) continue;
      return this.open(arg);
    }
    if (this.usedFile) return false;
    return this.open('-');
  }

  private open(name: string): boolean {
    const rt = this.rt;
    this.usedFile = true;
    let text: string;
    if (name === '-' || name === '/dev/stdin') text = rt.io.stdin;
    else {
      const read = readFileText(rt.io, name);
      if ('error' in read) {
        const reason = read.error === 'ENOENT' ? 'No such file or directory' : 'Is a directory';
        rt.fail(
          rt.dialect === 'mawk' ? `cannot open ${name} (${reason})` : `${name}: ${reason}`,
          true,
        );
      }
      text = 'text' in read ? read.text : '';
    }
    this.reader = new RecordReader(text);
    rt.cell('FILENAME').v = name;
    rt.cell('FNR').v = 0;
    return true;
  }

  next(): string | undefined {
    for (;;) {
      if (!this.reader && !this.openNext()) return undefined;
      const record = this.reader?.next(this.rt.special('RS'), (s) => this.rt.regex(s));
      if (record !== undefined) return record;
      this.reader = undefined;
    }
  }

  skipFile(): void {
    this.reader = undefined;
  }
}

function matches(rt: AwkRuntime, rule: Rule): boolean {
  const pattern = rule.pattern;
  switch (pattern.type) {
    case 'all':
      return true;
    case 'expr':
      return toBool(evaluate(rt, pattern.expr));
    case 'range': {
      if (!rt.ranges[pattern.id]) {
        if (!toBool(evaluate(rt, pattern.from))) return false;
        rt.ranges[pattern.id] = true;
      }
      if (toBool(evaluate(rt, pattern.to))) rt.ranges[pattern.id] = false;
      return true;
    }
    default:
      return false;
  }
}

function runAction(rt: AwkRuntime, rule: Rule): void {
  if (rule.action) executeBlock(rt, rule.action);
  else rt.io.stdout(rt.record.whole + rt.special('ORS'));
}

export interface RunOutcome {
  code: number;
  failure?: string;
  /** The failure is worded without the "run time error" frame. */
  plain?: boolean;
}

/** Runs the program over the operands (ARGV[1..]); never throws. */
export function runProgram(rt: AwkRuntime, operands: readonly string[]): RunOutcome {
  const argv = rt.array('ARGV');
  argv.set('0', 'awk');
  operands.forEach((op, i) => argv.set(String(i + 1), new Strnum(op)));
  rt.cell('ARGC').v = operands.length + 1;
  const { rules } = rt.program;
  const begin = rules.filter((r) => r.pattern.type === 'begin');
  const end = rules.filter((r) => r.pattern.type === 'end');
  const main = rules.filter((r) => r.pattern.type !== 'begin' && r.pattern.type !== 'end');
  let code = 0;
  const input = new MainInput(rt);
  rt.nextMainRecord = () => input.next();
  try {
    try {
      for (const rule of begin) runAction(rt, rule);
      if (main.length > 0 || end.length > 0) {
        for (let record = input.next(); record !== undefined; record = input.next()) {
          bump(rt, 'NR');
          bump(rt, 'FNR');
          rt.record.set(record, rt.special('FS'), rt.special('RS') === '');
          try {
            for (const rule of main) if (matches(rt, rule)) runAction(rt, rule);
          } catch (signal) {
            if (signal instanceof NextFileSignal) input.skipFile();
            else if (!(signal instanceof NextSignal)) throw signal;
          }
        }
      }
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      code = signal.code ?? 0;
    }
    try {
      for (const rule of end) runAction(rt, rule);
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      code = signal.code ?? code;
    }
    rt.streams.closeAll();
    return { code: code & 0xff };
  } catch (signal) {
    if (signal instanceof AwkFailure) {
      try {
        rt.streams.closeAll();
      } catch {
        // A second failure while closing: the first message is the one to show.
      }
      return { code: rt.dialect === 'mawk' ? 2 : 1, failure: signal.message, plain: signal.plain };
    }
    if (signal instanceof NextSignal || signal instanceof NextFileSignal)
      return { code: 2, failure: 'improper use of next' };
    if (signal instanceof RangeError)
      return { code: 2, failure: 'the program nests too deeply or builds too long a string' };
    if (signal instanceof Error) throw signal;
    return { code: 2, failure: 'break, continue or return outside their context' };
  }
}
