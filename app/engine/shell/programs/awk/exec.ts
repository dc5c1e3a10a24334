/** Executing awk statements: control flow, print/printf with redirections, delete. */
import type { Expr, Output, Stmt } from './ast';
import { evaluate, subscript, write } from './eval';
import { sprintf, type FormatArg } from './format';
import {
  BreakSignal,
  ContinueSignal,
  ExitSignal,
  NextFileSignal,
  NextSignal,
  ReturnSignal,
  type AwkRuntime,
} from './runtime';
import { toBool, toNum, toStr, type Value } from './values';

export function executeBlock(rt: AwkRuntime, body: readonly Stmt[]): void {
  for (const stmt of body) execute(rt, stmt);
}

/** Runs a loop body; true when `break` ended the loop. */
function loopTurn(rt: AwkRuntime, body: Stmt): boolean {
  rt.tick();
  try {
    execute(rt, body);
  } catch (signal) {
    if (signal instanceof BreakSignal) return true;
    if (signal instanceof ContinueSignal) return false;
    throw signal;
  }
  return false;
}

export function execute(rt: AwkRuntime, stmt: Stmt): void {
  rt.tick();
  switch (stmt.type) {
    case 'expr':
      evaluate(rt, stmt.expr);
      return;
    case 'print':
      return print(rt, stmt.args, stmt.output);
    case 'printf':
      return printf(rt, stmt.args, stmt.output);
    case 'block':
      return executeBlock(rt, stmt.body);
    case 'if':
      if (toBool(evaluate(rt, stmt.test))) execute(rt, stmt.then);
      else if (stmt.else) execute(rt, stmt.else);
      return;
    case 'while':
      while (toBool(evaluate(rt, stmt.test))) if (loopTurn(rt, stmt.body)) return;
      return;
    case 'do':
      do if (loopTurn(rt, stmt.body)) return;
      while (toBool(evaluate(rt, stmt.test)));
      return;
    case 'for':
      if (stmt.init) execute(rt, stmt.init);
      while (!stmt.test || toBool(evaluate(rt, stmt.test))) {
        if (loopTurn(rt, stmt.body)) return;
        if (stmt.step) execute(rt, stmt.step);
      }
      return;
    case 'forin': {
      // The keys as they were when the loop started, in insertion order (as mawk and
      // BusyBox give for small arrays built in order; real awk's order is unspecified).
      const array = rt.array(stmt.array);
      for (const key of [...array.keys()]) {
        if (!array.has(key)) continue;
        write(rt, stmt.key, key);
        if (loopTurn(rt, stmt.body)) return;
      }
      return;
    }
    case 'next':
      throw new NextSignal();
    case 'nextfile':
      throw new NextFileSignal();
    case 'break':
      throw new BreakSignal();
    case 'continue':
      throw new ContinueSignal();
    case 'exit':
      throw new ExitSignal(stmt.code ? Math.trunc(toNum(evaluate(rt, stmt.code))) : undefined);
    case 'return':
      throw new ReturnSignal(stmt.value ? evaluate(rt, stmt.value) : undefined);
    case 'delete': {
      const array = rt.array(stmt.name);
      if (stmt.subscripts) array.delete(subscript(rt, stmt.subscripts));
      else array.clear();
      return;
    }
  }
}

function emit(rt: AwkRuntime, text: string, output: Output | undefined): void {
  if (!output) return rt.io.stdout(text);
  rt.streams.write(output.mode, rt.str(evaluate(rt, output.target)), text);
}

function print(rt: AwkRuntime, args: readonly Expr[], output: Output | undefined): void {
  const ofmt = rt.numberStyle('OFMT');
  const texts =
    args.length === 0
      ? [rt.record.whole]
      : args.map((arg) => {
          const value = evaluate(rt, arg);
          return typeof value === 'number' ? toStr(value, ofmt) : rt.str(value);
        });
  emit(rt, texts.join(rt.special('OFS')) + rt.special('ORS'), output);
}

export function formatArgs(rt: AwkRuntime, values: readonly Value[]): FormatArg[] {
  return values.map((value) => ({
    num: () => toNum(value),
    str: () => rt.str(value),
    isNumber: () => typeof value === 'number',
  }));
}

function printf(rt: AwkRuntime, args: readonly Expr[], output: Output | undefined): void {
  const [format, ...rest] = args.map((arg) => evaluate(rt, arg));
  emit(rt, sprintf(rt.str(format), formatArgs(rt, rest)), output);
}
