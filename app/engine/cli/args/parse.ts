// A command-line parser that behaves like the docker CLI's (cobra over pflag): long and short
// flags, combined shorthands (-dit), values attached or separate (-p80:80, -p 80:80,
// --name=web, --name web), `--`, repeated list flags, and flags after positionals unless the
// command stops at its first positional (run, exec, create). Errors read as docker's do.
import { goQuote } from '../format/command-column';
import { ARGS_ERROR_EXIT, argumentCountError, FLAG_ERROR_EXIT, flagError } from './errors';
import { parseGoBool, parseGoDuration, parseGoInt, type Parsed } from './flag-values';
import { renderHelp } from './help';
import { helpFlag } from './help-flag';
import type { CommandSpec, FlagSpec, FlagValue, ParseResult } from './spec';

function zeroValue(flag: FlagSpec): FlagValue {
  if (flag.default !== undefined) {
    return Array.isArray(flag.default) ? [...flag.default] : (flag.default as FlagValue);
  }
  switch (flag.type) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'stringArray':
      return [];
    case 'int':
    case 'duration':
      return 0;
  }
}

function displayName(flag: FlagSpec): string {
  return flag.short && !flag.deprecated ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
}

function convert(flag: FlagSpec, text: string): Parsed<FlagValue> {
  switch (flag.type) {
    case 'bool':
      return parseGoBool(text);
    case 'int':
      return parseGoInt(text);
    case 'duration':
      return parseGoDuration(text);
    default:
      return { ok: true, value: text };
  }
}

class FlagError extends Error {}

/** Every `--filter` (docker's filter opt) is `name=value`, checked by the CLI itself. */
function validFilter(value: string): string | null {
  return value.includes('=') ? null : 'bad format of filter (expected name=value)';
}

export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): ParseResult {
  const help = helpFlag(spec);
  const all = [...spec.flags, help];
  const byLong = new Map(all.map((f) => [f.long, f]));
  const byShort = new Map(all.filter((f) => f.short).map((f) => [f.short!, f]));
  const given = new Map<string, FlagValue>();
  const args: string[] = [];
  let dashAt: number | null = null;
  let notices = '';

  const set = (flag: FlagSpec, text: string): void => {
    const converted = convert(flag, text);
    const check = flag.validate ?? (flag.valueName === 'filter' ? validFilter : undefined);
    const invalid = converted.ok ? check?.(text) : converted.error;
    if (invalid) {
      throw new FlagError(
        `invalid argument ${goQuote(text)} for ${goQuote(displayName(flag))} flag: ${invalid}`,
      );
    }
    if (!converted.ok) return;
    if (flag.deprecated) notices += `Flag --${flag.long} has been deprecated, ${flag.deprecated}\n`;
    if (flag.type === 'stringArray') {
      const list = (given.get(flag.long) as string[] | undefined) ?? [];
      given.set(flag.long, [...list, text]);
    } else {
      given.set(flag.long, converted.value);
    }
  };

  const queue = [...argv];
  try {
    while (queue.length > 0) {
      const arg = queue.shift()!;
      if (arg.length < 2 || !arg.startsWith('-')) {
        args.push(arg);
        if (!spec.interspersed) {
          args.push(...queue);
          break;
        }
        continue;
      }
      if (arg === '--') {
        dashAt = args.length;
        args.push(...queue);
        break;
      }
      if (arg.startsWith('--')) parseLong(arg, queue);
      else parseShorts(arg.slice(1), queue);
    }
  } catch (error) {
    if (error instanceof FlagError) {
      return { ok: false, error: flagError(spec, error.message), exitCode: FLAG_ERROR_EXIT };
    }
    throw error;
  }

  function parseLong(arg: string, rest: string[]): void {
    const body = arg.slice(2);
    if (body === '' || body.startsWith('-') || body.startsWith('=')) {
      throw new FlagError(`bad flag syntax: ${arg}`);
    }
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const flag = byLong.get(name);
    if (!flag) throw new FlagError(`unknown flag: --${name}`);
    if (eq >= 0) set(flag, body.slice(eq + 1));
    else if (flag.type === 'bool') set(flag, 'true');
    else if (rest.length > 0) set(flag, rest.shift()!);
    else throw new FlagError(`flag needs an argument: ${arg}`);
  }

  function parseShorts(shorthands: string, rest: string[]): void {
    let remaining = shorthands;
    while (remaining.length > 0) {
      const c = remaining[0]!;
      const flag = byShort.get(c);
      if (!flag) throw new FlagError(`unknown shorthand flag: '${c}' in -${remaining}`);
      let value: string;
      if (remaining.length > 2 && remaining[1] === '=') {
        value = remaining.slice(2);
        remaining = '';
      } else if (flag.type === 'bool') {
        value = 'true';
        remaining = remaining.slice(1);
      } else if (remaining.length > 1) {
        value = remaining.slice(1);
        remaining = '';
      } else if (rest.length > 0) {
        value = rest.shift()!;
        remaining = '';
      } else {
        throw new FlagError(`flag needs an argument: '${c}' in -${remaining}`);
      }
      if (flag === help && help.shortDeprecated) {
        notices += 'Flag shorthand -h has been deprecated, use --help\n';
      }
      set(flag, value);
    }
  }

  if (given.get('help') === true)
    return { ok: true, help: true, stdout: notices + renderHelp(spec) };
  const countError = argumentCountError(spec, args.length);
  if (countError) return { ok: false, error: countError, exitCode: ARGS_ERROR_EXIT };
  const flags: Record<string, FlagValue> = {};
  for (const flag of spec.flags) flags[flag.long] = given.get(flag.long) ?? zeroValue(flag);
  const changed = spec.flags.filter((f) => given.has(f.long)).map((f) => f.long);
  return { ok: true, help: false, flags, changed, args, dashAt, stderr: notices };
}
