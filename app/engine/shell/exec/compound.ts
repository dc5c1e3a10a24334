/**
 * Compound commands: { } groups, ( ) subshells, if, while/until, for and case. Conditions
 * run with `set -e` suspended; loops honour break/continue levels and stop at the cap.
 */
import type { CompoundCommand, Script } from '../ast';
import { ExpansionError } from '../expand/host';
import { matchPattern } from '../expand/pattern';
import { runCond } from './cond';
import { MAX_ITERATIONS } from './runtime';
import type { Shell } from './shell';
import { AbortSignal, LoopSignal } from './signals';

export function runCompound(sh: Shell, command: CompoundCommand): number {
  switch (command.type) {
    case 'group':
      return sh.runScript(command.body);
    case 'subshell': {
      const sub = sh.subshell();
      return sub.isolated(() => sub.runScript(command.body));
    }
    case 'if':
      for (const clause of command.clauses) {
        if (condition(sh, clause.cond) === 0) return sh.runScript(clause.body);
      }
      return command.otherwise ? sh.runScript(command.otherwise) : 0;
    case 'loop':
      return loop(sh, () => {
        const cond = condition(sh, command.cond);
        return (command.until ? cond === 0 : cond !== 0) ? undefined : command.body;
      });
    case 'for': {
      let values: string[];
      try {
        values = command.items ? sh.expander().fields(command.items) : [...sh.state.positional];
      } catch (error) {
        if (error instanceof ExpansionError) sh.expansionFailure(error);
        throw error;
      }
      return loop(sh, (iteration) => {
        if (iteration >= values.length) return undefined;
        sh.assign(command.name, values[iteration] as string);
        return command.body;
      });
    }
    case 'cond':
      return runCond(sh, command.items);
    case 'case':
      return runCase(sh, command);
  }
}

function condition(sh: Shell, script: Script): number {
  sh.noErrexit++;
  try {
    return sh.runScript(script);
  } finally {
    sh.noErrexit--;
  }
}

/** Runs loop bodies until `next` returns none; handles break/continue and the cap. */
function loop(sh: Shell, next: (iteration: number) => Script | undefined): number {
  let status = 0;
  sh.loopDepth++;
  try {
    for (let iteration = 0; ; iteration++) {
      if (iteration >= MAX_ITERATIONS) {
        throw new AbortSignal(`loop stopped after ${MAX_ITERATIONS} iterations (a runaway loop?)`);
      }
      const body = next(iteration);
      if (!body) break;
      try {
        status = sh.runScript(body);
      } catch (signal) {
        if (!(signal instanceof LoopSignal)) throw signal;
        if (signal.levels > 1) throw new LoopSignal(signal.kind, signal.levels - 1);
        if (signal.kind === 'break') break;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

function runCase(sh: Shell, command: Extract<CompoundCommand, { type: 'case' }>): number {
  const ex = sh.expander();
  try {
    const subject = ex.string(command.subject, true);
    for (const item of command.items) {
      if (item.patterns.some((pattern) => matchPattern(ex.pattern(pattern), subject))) {
        return sh.runScript(item.body);
      }
    }
  } catch (error) {
    if (error instanceof ExpansionError) sh.expansionFailure(error);
    throw error;
  }
  return 0;
}
