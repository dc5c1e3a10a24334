/**
 * Evaluating awk expressions: variables and fields (assigning a field rebuilds $0; assigning
 * NF cuts or extends the record), arithmetic, comparisons with awk's number/string rules,
 * regex matches, `in`, increments, user functions (arrays by reference, scalars by value),
 * and getline.
 */
import type { Expr, LValue } from './ast';
import { callBuiltin } from './builtins';
import { AwkRuntime, ReturnSignal, type Cell } from './runtime';
import { executeBlock } from './exec';
import { compareValues, Strnum, toBool, toNum, type Value } from './values';

/** The longest string a program may build, as the shell caps a variable. */
const MAX_STRING = 8 * 1024 * 1024;

export function evaluate(rt: AwkRuntime, e: Expr): Value {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'str':
      return e.value;
    case 'regex':
      return rt.test(e.source, rt.record.whole) ? 1 : 0;
    case 'group':
      return evaluate(rt, e.expr);
    case 'var':
    case 'index':
    case 'field':
      return read(rt, e);
    case 'assign':
      return assign(rt, e.target, e.op, e.value);
    case 'cond':
      return toBool(evaluate(rt, e.test)) ? evaluate(rt, e.yes) : evaluate(rt, e.no);
    case 'and':
      return toBool(evaluate(rt, e.left)) && toBool(evaluate(rt, e.right)) ? 1 : 0;
    case 'or':
      return toBool(evaluate(rt, e.left)) || toBool(evaluate(rt, e.right)) ? 1 : 0;
    case 'not':
      return toBool(evaluate(rt, e.operand)) ? 0 : 1;
    case 'neg':
      return -toNum(evaluate(rt, e.operand));
    case 'plus':
      return toNum(evaluate(rt, e.operand));
    case 'binary':
      return arithmetic(rt, e.op, toNum(evaluate(rt, e.left)), toNum(evaluate(rt, e.right)));
    case 'compare':
      return compare(rt, e.op, evaluate(rt, e.left), evaluate(rt, e.right)) ? 1 : 0;
    case 'match': {
      const text = rt.str(evaluate(rt, e.left));
      const matched = rt.test(regexSource(rt, e.right), text);
      return matched !== e.negate ? 1 : 0;
    }
    case 'concat': {
      const text = rt.str(evaluate(rt, e.left)) + rt.str(evaluate(rt, e.right));
      if (text.length > MAX_STRING) rt.fail('string too long (the simulation stops at 8 MB)');
      return text;
    }
    case 'in':
      return rt.array(e.array).has(subscript(rt, e.subscripts)) ? 1 : 0;
    case 'incdec': {
      const before = toNum(read(rt, e.target));
      const after = e.op === '++' ? before + 1 : before - 1;
      write(rt, e.target, after);
      return e.prefix ? after : before;
    }
    case 'call':
      return callFunction(rt, e.name, e.args);
    case 'builtin':
      return callBuiltin(rt, e.name, e.args);
    case 'getline':
      return getline(rt, e);
  }
}

/** The regex a `~` or a function takes: `/re/` literally, any other value as a dynamic regex. */
export function regexSource(rt: AwkRuntime, e: Expr): string {
  return e.type === 'regex' ? e.source : rt.str(evaluate(rt, e));
}

export function arithmetic(rt: AwkRuntime, op: string, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    // mawk computes IEEE infinities and NaNs; BusyBox stops.
    case '/':
      if (y === 0 && rt.dialect === 'busybox') rt.fail('Division by zero');
      return x / y;
    case '%':
      if (y === 0 && rt.dialect === 'busybox') rt.fail('Division by zero');
      return x % y;
    default:
      return x ** y;
  }
}

function compare(rt: AwkRuntime, op: string, a: Value, b: Value): boolean {
  const c = compareValues(a, b, rt.style);
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '==':
      return c === 0;
    default:
      return c !== 0;
  }
}

export function subscript(rt: AwkRuntime, subscripts: readonly Expr[]): string {
  if (subscripts.length === 1) return rt.str(evaluate(rt, subscripts[0] as Expr));
  return subscripts.map((s) => rt.str(evaluate(rt, s))).join(rt.special('SUBSEP'));
}

function fieldIndex(rt: AwkRuntime, e: Expr): number {
  const n = Math.trunc(toNum(evaluate(rt, e)));
  if (n < 0)
    rt.fail(rt.dialect === 'busybox' ? 'Access to negative field' : `negative field index $${n}`);
  if (n > 100_000) rt.fail(`field index $${n} too large`);
  return n;
}

export function read(rt: AwkRuntime, target: LValue): Value {
  switch (target.type) {
    case 'var': {
      if (target.name === 'NF') return rt.record.nf;
      const cell = rt.cell(target.name);
      if (cell.a) rt.fail(`can't use array ${target.name} in scalar context`);
      return cell.v;
    }
    case 'index': {
      const array = rt.array(target.name);
      const key = subscript(rt, target.subscripts);
      // Referencing an element creates it, as in every awk.
      if (!array.has(key)) array.set(key, undefined);
      return array.get(key);
    }
    case 'field':
      return new Strnum(rt.record.field(fieldIndex(rt, target.index)));
  }
}

export function write(rt: AwkRuntime, target: LValue, value: Value): void {
  switch (target.type) {
    case 'var': {
      if (target.name === 'NF') {
        const n = Math.trunc(toNum(value));
        rt.record.setNF(Math.min(Math.max(n, 0), 100_000), rt.special('OFS'));
        return;
      }
      const cell = rt.cell(target.name);
      if (cell.a) rt.fail(`can't assign to ${target.name}; it's an array name.`);
      cell.v = value;
      return;
    }
    case 'index':
      rt.array(target.name).set(subscript(rt, target.subscripts), value);
      return;
    case 'field':
      rt.record.setField(fieldIndex(rt, target.index), rt.str(value), rt.special('OFS'));
  }
}

function assign(rt: AwkRuntime, target: LValue, op: string, valueExpr: Expr): Value {
  if (op === '=') {
    const value = evaluate(rt, valueExpr);
    // Fields, getline and split give strnums; an assignment copies the value with its kind.
    write(rt, target, value);
    return value;
  }
  const right = toNum(evaluate(rt, valueExpr));
  const left = toNum(read(rt, target));
  const result = arithmetic(rt, op.slice(0, -1), left, right);
  write(rt, target, result);
  return result;
}

function callFunction(rt: AwkRuntime, name: string, args: readonly Expr[]): Value {
  const fn = rt.program.functions.get(name);
  if (!fn) return rt.fail(`function ${name} never defined`);
  if (args.length > fn.params.length) rt.fail(`too many arguments in call to ${name}`);
  rt.enterCall();
  const frame = new Map<string, Cell>();
  fn.params.forEach((param, i) => {
    const arg = args[i];
    if (!arg) return frame.set(param, { v: undefined });
    if (arg.type === 'var' && arg.name !== 'NF') {
      const caller = rt.cell(arg.name);
      if (caller.a) return frame.set(param, { v: undefined, a: caller.a });
      if (caller.v === undefined) return frame.set(param, { v: undefined, link: caller });
    }
    return frame.set(param, { v: evaluate(rt, arg) });
  });
  rt.frames.push(frame);
  try {
    executeBlock(rt, fn.body);
    return undefined;
  } catch (signal) {
    if (signal instanceof ReturnSignal) return signal.value;
    throw signal;
  } finally {
    rt.frames.pop();
  }
}

function getline(rt: AwkRuntime, e: Extract<Expr, { type: 'getline' }>): Value {
  if (e.command) {
    rt.io.note(
      'awk: `cmd | getline` cannot capture a command’s output in the simulation; it reads nothing.',
    );
    return -1;
  }
  const rs = rt.special('RS');
  let record: string | undefined | null;
  if (e.file) record = rt.streams.readRecord(rt.str(evaluate(rt, e.file)), rs, (s) => rt.regex(s));
  else record = rt.nextMainRecord();
  if (record === null) return -1;
  if (record === undefined) return 0;
  if (!e.file) {
    bump(rt, 'NR');
    bump(rt, 'FNR');
  }
  if (e.target) write(rt, e.target, new Strnum(record));
  else rt.record.set(record, rt.special('FS'), rs === '');
  return 1;
}

export function bump(rt: AwkRuntime, name: 'NR' | 'FNR'): void {
  const cell = rt.cell(name);
  cell.v = toNum(cell.v) + 1;
}
