// The error texts docker 28 prints when a command line does not parse. Flag errors exit 125;
// argument-count errors exit 1 and start with "docker: ". The closing hint differs by check,
// including docker's own typo "SRun" for "requires at most" (observed with the 28.2.2 client).
import type { CommandSpec } from './spec';

export const FLAG_ERROR_EXIT = 125;
export const ARGS_ERROR_EXIT = 1;

export function commandPath(spec: CommandSpec): string {
  return `docker ${spec.name}`;
}

function usageBlock(spec: CommandSpec): string {
  return `Usage:  ${spec.usage}`;
}

/** A flag error: "unknown flag: --foo" and the usage hint. */
export function flagError(spec: CommandSpec, message: string): string {
  const path = commandPath(spec);
  return `${message}\n\n${usageBlock(spec)}\n\nRun '${path} --help' for more information`;
}

function plural(count: number): string {
  return count === 1 ? 'argument' : 'arguments';
}

/** Checks the positional count against the spec; returns docker's message or null. */
export function argumentCountError(spec: CommandSpec, count: number): string | null {
  const { minArgs, maxArgs } = spec;
  const path = commandPath(spec);
  let problem: string | null = null;
  let hint = 'Run';
  if (maxArgs === 0) {
    if (count > 0) problem = 'accepts no arguments';
  } else if (minArgs !== undefined && maxArgs !== undefined && minArgs === maxArgs) {
    if (count !== minArgs) problem = `requires ${minArgs} ${plural(minArgs)}`;
  } else if (minArgs !== undefined && maxArgs !== undefined) {
    if (count < minArgs || count > maxArgs) {
      problem = `requires at least ${minArgs} and at most ${maxArgs} ${plural(maxArgs)}`;
    }
  } else if (minArgs !== undefined) {
    hint = 'See';
    if (count < minArgs) problem = `requires at least ${minArgs} ${plural(minArgs)}`;
  } else if (maxArgs !== undefined) {
    hint = 'SRun';
    if (count > maxArgs) problem = `requires at most ${maxArgs} ${plural(maxArgs)}`;
  }
  if (problem === null) return null;
  return `docker: '${path}' ${problem}\n\n${usageBlock(spec)}\n\n${hint} '${path} --help' for more information`;
}
