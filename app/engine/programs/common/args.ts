/**
 * A getopt-style argument reader shared by the package tools: long options (`--opt`,
 * `--opt=value`, `--opt value`), bundled short flags (`-fsSL`, `-qq`), short options with a
 * value (`-o file`, `-ofile`) and `--` ending the options. Each tool names its own options;
 * anything else is returned as unknown so the tool can reject it in its own words.
 */

export interface ArgSpec {
  /** Short letter to long name ("y" → "yes"). Letters not listed are kept as `-x`. */
  short?: Record<string, string>;
  /** Long names (after mapping) whose option takes a value. */
  takesValue?: readonly string[];
  /** Stop reading options at the first operand (npm run, python script args). */
  stopAtOperand?: boolean;
}

export interface ParsedArgs {
  /** Every option seen, in order, with its value ('' for a flag). */
  options: { name: string; value: string }[];
  operands: string[];
  /** A value-taking option at the end with no value. */
  missingValue?: string;
}

export function parseArgs(args: readonly string[], spec: ArgSpec = {}): ParsedArgs {
  const takesValue = new Set(spec.takesValue ?? []);
  const options: { name: string; value: string }[] = [];
  const operands: string[] = [];
  let missingValue: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) options.push({ name, value: arg.slice(eq + 1) });
      else if (takesValue.has(name)) {
        const value = args[i + 1];
        if (value === undefined) missingValue = name;
        else options.push({ name, value });
        i++;
      } else options.push({ name, value: '' });
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string;
        const name = spec.short?.[letter] ?? `-${letter}`;
        if (takesValue.has(name)) {
          const rest = arg.slice(j + 1);
          if (rest !== '') options.push({ name, value: rest });
          else if (args[i + 1] !== undefined) options.push({ name, value: args[++i] as string });
          else missingValue = name;
          break;
        }
        options.push({ name, value: '' });
      }
      continue;
    }
    operands.push(arg);
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i + 1));
      break;
    }
  }
  return { options, operands, ...(missingValue === undefined ? {} : { missingValue }) };
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name));
}

/** How many times a flag was given (`-qq` is quiet level 2). */
export function countOption(parsed: ParsedArgs, name: string): number {
  return parsed.options.filter((o) => o.name === name).length;
}

export function optionValue(parsed: ParsedArgs, ...names: string[]): string | undefined {
  for (let i = parsed.options.length - 1; i >= 0; i--) {
    const option = parsed.options[i] as { name: string; value: string };
    if (names.includes(option.name)) return option.value;
  }
  return undefined;
}

export function optionValues(parsed: ParsedArgs, ...names: string[]): string[] {
  return parsed.options.filter((o) => names.includes(o.name)).map((o) => o.value);
}
