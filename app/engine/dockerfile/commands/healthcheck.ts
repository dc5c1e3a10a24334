/**
 * HEALTHCHECK NONE, or HEALTHCHECK [--interval --timeout --start-period --start-interval
 * --retries] CMD command. Durations use Go's syntax (30s, 1m30s); a non-zero one must be at
 * least 1ms. NONE ignores flags entirely, as BuildKit does.
 */
import { goQuote } from '../go-text';
import type { Instruction } from '../types';
import { commandLine } from './command-line';
import { parseGoDuration } from './duration';
import { errAtLeastOneArgument, instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import type { HealthcheckCommand } from './types';

const MINIMUM_DURATION_NS = 1e6;

function interval(flags: BuilderFlags, name: string): number | string {
  const value = flags.get(name);
  if (value === undefined || value === '') return 0;
  const parsed = parseGoDuration(value);
  if (!parsed.ok) return parsed.error;
  if (parsed.nanoseconds === 0) return 0;
  if (parsed.nanoseconds < MINIMUM_DURATION_NS) {
    return `Interval ${goQuote(name)} cannot be less than 1ms`;
  }
  return parsed.nanoseconds;
}

function retries(value: string | undefined): number | string {
  if (value === undefined || value === '') return 0;
  if (!/^[+-]?\d+$/.test(value))
    return `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`;
  const n = Number(value);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) {
    return `strconv.ParseInt: parsing ${goQuote(value)}: value out of range`;
  }
  if (n < 0) return `--retries cannot be negative (${n})`;
  return n;
}

export function parseHealthcheck(instruction: Instruction): CommandResult<HealthcheckCommand> {
  const fail = (reason: string): CommandResult<HealthcheckCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  const { args } = instruction;
  if (args.length === 0) return fail(errAtLeastOneArgument('HEALTHCHECK'));
  const type = (args[0] as string).toUpperCase();
  const base = { kind: 'HEALTHCHECK' as const, instruction };
  const zero = { interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 };
  if (type === 'NONE') {
    if (args.length !== 1) return fail('HEALTHCHECK NONE takes no arguments');
    return { ok: true, value: { ...base, test: ['NONE'], ...zero } };
  }
  const flags = new BuilderFlags(instruction.flags)
    .string('interval')
    .string('timeout')
    .string('start-period')
    .string('start-interval')
    .string('retries');
  const flagError = flags.parse();
  if (flagError !== undefined) return fail(flagError);
  if (type !== 'CMD') return fail(`Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)`);
  const rest = { ...instruction, args: args.slice(1) };
  const { cmdLine } = commandLine(rest);
  if (cmdLine.length === 0) return fail('Missing command after HEALTHCHECK CMD');
  const test = [instruction.json ? 'CMD' : 'CMD-SHELL', ...cmdLine];
  const durations: number[] = [];
  for (const name of ['interval', 'timeout', 'start-period', 'start-interval']) {
    const value = interval(flags, name);
    if (typeof value === 'string') return fail(value);
    durations.push(value);
  }
  const count = retries(flags.get('retries'));
  if (typeof count === 'string') return fail(count);
  const [intervalNs = 0, timeout = 0, startPeriod = 0, startInterval = 0] = durations;
  return {
    ok: true,
    value: {
      ...base,
      test,
      interval: intervalNs,
      timeout,
      startPeriod,
      startInterval,
      retries: count,
    },
  };
}
