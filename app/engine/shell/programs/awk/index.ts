/**
 * The `awk` program: mawk's behaviour and wording on Debian-like images (the `gnu` userland,
 * where /usr/bin/awk is mawk), BusyBox awk's on BusyBox images. Options: `-F sep`, `-v
 * var=value`, `-f progfile` (repeatable), `--`; mawk's `-W version`.
 */
import type { Program, ProgramIO } from '../../program';
import { readFileText } from '../support';
import { unescapeValue } from './escapes';
import { parseAwk } from './parser';
import type { SyntaxProblem } from './cursor';
import { applyAssignment, runProgram } from './run';
import { AwkRuntime, type Dialect } from './runtime';
import { findUndefinedCall } from './check';

const MAWK_USAGE = 'Usage: mawk [Options] [Program] [file ...]\n';
const BUSYBOX_USAGE = `BusyBox v1.36.1 multi-call binary.

Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...

\t-v VAR=VAL\tSet variable
\t-F SEP\t\tUse SEP as field separator
\t-f FILE\t\tRead program from FILE
\t-e AWK_PROGRAM
`;

interface Invocation {
  programText: string;
  fs?: string;
  assignments: string[];
  operands: string[];
}

type ParsedArgs = { ok: true; value: Invocation } | { ok: false; message: string; code: number };

function parseArgs(
  argv: readonly string[],
  io: ProgramIO,
  dialect: Dialect,
  prefix: string,
): ParsedArgs {
  const usage = (): ParsedArgs => ({
    ok: false,
    message: dialect === 'mawk' ? MAWK_USAGE : BUSYBOX_USAGE,
    code: dialect === 'mawk' ? 2 : 1,
  });
  const sources: string[] = [];
  const assignments: string[] = [];
  let fs: string | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const letter = arg[1] as string;
    if (!'Fvfe W'.includes(letter) || letter === ' ') {
      const message =
        dialect === 'mawk'
          ? `${prefix}not an option: ${arg}\n${MAWK_USAGE}`
          : `awk: invalid option -- '${letter}'\n${BUSYBOX_USAGE}`;
      return { ok: false, message, code: dialect === 'mawk' ? 2 : 1 };
    }
    const value = arg.length > 2 ? arg.slice(2) : argv[++i];
    if (value === undefined) {
      const message =
        dialect === 'mawk'
          ? `${prefix}option requires an argument -- ${letter}\n${MAWK_USAGE}`
          : `awk: option requires an argument -- '${letter}'\n${BUSYBOX_USAGE}`;
      return { ok: false, message, code: dialect === 'mawk' ? 2 : 1 };
    }
    if (letter === 'F') fs = value === 't' ? '\t' : unescapeValue(value);
    else if (letter === 'v') assignments.push(value);
    else if (letter === 'e') sources.push(value);
    else if (letter === 'f') {
      const read = readFileText(io, value);
      if ('error' in read) {
        const message =
          dialect === 'mawk'
            ? `${prefix}cannot open ${value} (No such file or directory)\n`
            : `awk: can't open '${value}': No such file or directory\n`;
        return { ok: false, message, code: dialect === 'mawk' ? 2 : 1 };
      }
      sources.push(read.text);
    } else if (/^v(ersion)?$/.test(value) && dialect === 'mawk') {
      return { ok: false, message: 'mawk 1.3.4 20250131\n', code: 0 };
    }
  }
  if (sources.length === 0) {
    const text = argv[i++];
    if (text === undefined) return usage();
    sources.push(text);
  }
  return {
    ok: true,
    value: {
      programText: sources.join('\n'),
      ...(fs !== undefined ? { fs } : {}),
      assignments,
      operands: argv.slice(i),
    },
  };
}

/** Lines of program text; mawk reports problems found at its end on the line after. */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function syntaxMessage(
  problem: SyntaxProblem,
  dialect: Dialect,
  prefix: string,
  lines: number,
): string {
  if (dialect === 'busybox') {
    const what = problem.message.startsWith('runaway')
      ? 'Unexpected end of string'
      : 'Unexpected token';
    return `awk: cmd. line:${Math.max(1, Math.min(problem.line, lines))}: ${what}\n`;
  }
  if (problem.bare) return `${prefix}${problem.line}: ${problem.message}\n`;
  const first = `${prefix}line ${problem.line}: ${problem.message}\n`;
  if (!problem.followedByEndOfLine) return first;
  return `${first}${prefix}line ${problem.line}: syntax error at or near end of line\n`;
}

export const awk: Program = (argv, io) => {
  const dialect: Dialect = io.userland === 'busybox' ? 'busybox' : 'mawk';
  const called = (argv[0] ?? 'awk').split('/').pop() || 'awk';
  const prefix = `${dialect === 'busybox' ? 'awk' : called}: `;
  const args = parseArgs(argv, io, dialect, prefix);
  if (!args.ok) {
    if (args.code === 0) io.stdout(args.message);
    else io.stderr(args.message);
    return args.code;
  }
  const parsed = parseAwk(args.value.programText);
  if (!parsed.ok) {
    io.stderr(syntaxMessage(parsed.problem, dialect, prefix, lineCount(args.value.programText)));
    return dialect === 'mawk' ? 2 : 1;
  }
  const missing = findUndefinedCall(parsed.program);
  if (missing) {
    io.stderr(
      dialect === 'mawk'
        ? `${prefix}line ${lineCount(args.value.programText) + 1}: function ${missing} never defined\n`
        : `awk: cmd. line:1: Call to undefined function\n`,
    );
    return dialect === 'mawk' ? 2 : 1;
  }
  const rt = new AwkRuntime(parsed.program, io, dialect, prefix);
  if (args.value.fs !== undefined) rt.cell('FS').v = args.value.fs;
  for (const assignment of args.value.assignments) {
    if (!applyAssignment(rt, assignment)) {
      io.stderr(
        dialect === 'mawk'
          ? `${prefix}improper assignment: -v ${assignment}\n`
          : `awk: cmd. line:1: Unexpected token\n`,
      );
      return dialect === 'mawk' ? 2 : 1;
    }
  }
  const outcome = runProgram(rt, args.value.operands);
  if (outcome.failure !== undefined) {
    if (outcome.plain) io.stderr(`${prefix}${outcome.failure}\n`);
    else if (dialect === 'busybox') io.stderr(`awk: cmd. line:1: ${outcome.failure}\n`);
    else {
      const where = `FILENAME="${rt.special('FILENAME')}" FNR=${rt.special('FNR')} NR=${rt.special('NR')}`;
      io.stderr(`${prefix}run time error: ${outcome.failure}\n\t${where}\n`);
    }
  }
  return outcome.code;
};
