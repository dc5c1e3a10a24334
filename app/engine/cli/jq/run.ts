// The `jq` command of the simulated host: options, filter, input from stdin, and jq 1.7's
// output and messages (runtime errors exit 5, compile errors 3, usage errors 2).
import { isBuiltin } from './builtins';
import { evaluate } from './eval';
import { readInputs } from './json-input';
import { JqSyntaxError, parseJq } from './parser';
import { printValue, type PrintOptions } from './print';
import { JqError, isTruthy, type JqValue } from './values';

export interface JqResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface JqRunOptions {
  stdin: string;
  /** Reads a file argument; null when it does not exist. Without it, files are not found. */
  readFile?: (path: string) => string | null;
  /** jq colours its output by default when stdout is a terminal (-M turns that off). */
  stdoutIsTerminal?: boolean;
}

interface Options extends PrintOptions {
  raw: boolean;
  join: boolean;
  nullInput: boolean;
  slurp: boolean;
  exitStatus: boolean;
  vars: Map<string, JqValue>;
}

const USAGE_HINT =
  'Use jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq';

const SHORT: Record<string, keyof Options> = {
  r: 'raw',
  j: 'join',
  c: 'compact',
  C: 'color',
  S: 'sortKeys',
  n: 'nullInput',
  s: 'slurp',
  e: 'exitStatus',
  a: 'asciiOutput',
};
const LONG: Record<string, keyof Options> = {
  'raw-output': 'raw',
  'join-output': 'join',
  'compact-output': 'compact',
  'color-output': 'color',
  'sort-keys': 'sortKeys',
  'null-input': 'nullInput',
  slurp: 'slurp',
  'exit-status': 'exitStatus',
  'ascii-output': 'asciiOutput',
  tab: 'tab',
};

type Parsed =
  | { ok: true; opts: Options; filter: string | null; files: string[] }
  | { ok: false; error: string };

function parseArgs(argv: readonly string[]): Parsed {
  const opts: Options = {
    raw: false,
    join: false,
    nullInput: false,
    slurp: false,
    exitStatus: false,
    vars: new Map(),
  };
  let filter: string | null = null;
  const files: string[] = [];
  const set = (key: keyof Options): void => {
    (opts as unknown as Record<string, unknown>)[key] = true;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-M' || arg === '--monochrome-output') opts.color = false;
    else if (arg === '--arg' || arg === '--argjson') {
      const name = argv[i + 1];
      const text = argv[i + 2];
      if (name === undefined || text === undefined) {
        return {
          ok: false,
          error: `jq: ${arg} takes two parameters (e.g. ${arg} varname value)\n${USAGE_HINT}`,
        };
      }
      const parsed =
        arg === '--arg'
          ? text
          : readInputs(text).ok
            ? (readInputs(text) as { values: { value: JqValue }[] }).values[0]?.value
            : undefined;
      if (parsed === undefined)
        return { ok: false, error: `jq: Invalid JSON text passed to --argjson\n${USAGE_HINT}` };
      opts.vars.set(name, parsed);
      i += 2;
    } else if (arg === '--indent') {
      opts.indent = Number(argv[++i] ?? '2');
    } else if (arg.startsWith('--') && arg.length > 2) {
      const key = LONG[arg.slice(2)];
      if (!key) return { ok: false, error: `jq: Unknown option: ${arg}\n${USAGE_HINT}` };
      set(key);
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      for (const c of arg.slice(1)) {
        if (c === 'M') opts.color = false;
        else if (SHORT[c]) set(SHORT[c]);
        else return { ok: false, error: `jq: Unknown option: ${arg}\n${USAGE_HINT}` };
      }
    } else if (filter === null) filter = arg;
    else files.push(arg);
  }
  return { ok: true, opts, filter, files };
}

function compileError(program: string, error: JqSyntaxError): string {
  const line = program.slice(0, error.pos).split('\n').length;
  const quoting = error.syntax ? ' (Unix shell quoting issues?)' : '';
  const shown = error.syntax ? `${program}    ` : program;
  return `jq: error: ${error.message}${quoting} at <top-level>, line ${line}:\n${shown}\njq: 1 compile error\n`;
}

export function runJq(argv: readonly string[], options: JqRunOptions): JqResult {
  const args = parseArgs(argv);
  if (!args.ok) return { stdout: '', stderr: `${args.error}\n`, exitCode: 2 };
  const { opts, files } = args;
  if (opts.color === undefined) opts.color = options.stdoutIsTerminal === true;
  const program = args.filter ?? '.';
  let ast;
  try {
    ast = parseJq(program, isBuiltin, [...opts.vars.keys()]);
  } catch (error) {
    if (error instanceof JqSyntaxError)
      return { stdout: '', stderr: compileError(program, error), exitCode: 3 };
    throw error;
  }
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  let text = options.stdin;
  let source = '<stdin>';
  if (files.length > 0) {
    const contents: string[] = [];
    for (const file of files) {
      const content = options.readFile?.(file) ?? null;
      if (content === null) {
        stderr += `jq: error: Could not open ${file}: No such file or directory\n`;
        exitCode = 2;
      } else contents.push(content);
    }
    text = contents.join('');
    source = files.at(-1)!;
  }
  const read = readInputs(text);
  let inputs = read.values.map((v) => ({ value: v.value, where: `${source}:${v.line}` }));
  if (opts.slurp)
    inputs = [
      { value: inputs.map((i) => i.value), where: `${source}:${text.split('\n').length - 1}` },
    ];
  if (opts.nullInput) inputs = [{ value: null, where: '<unknown>' }];
  let last: JqValue | undefined;
  for (const input of inputs) {
    try {
      for (const value of evaluate(ast, input.value, opts.vars)) {
        last = value;
        const body = opts.raw && typeof value === 'string' ? value : printValue(value, opts);
        stdout += opts.join ? body : `${body}\n`;
      }
    } catch (error) {
      if (!(error instanceof JqError)) throw error;
      const notString = error.value !== undefined && typeof error.value !== 'string';
      const message = notString
        ? ` (not a string): ${printValue(error.value!, { compact: true })}`
        : `: ${error.message}`;
      stderr += `jq: error (at ${input.where})${message}\n`;
      exitCode = 5;
    }
  }
  if (!read.ok && !opts.nullInput) {
    stderr += `jq: parse error: ${read.error}\n`;
    exitCode = 5;
  }
  if (opts.exitStatus && exitCode === 0) {
    exitCode = last === undefined ? 4 : isTruthy(last) ? 0 : 1;
  }
  return { stdout, stderr, exitCode };
}
