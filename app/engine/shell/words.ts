/**
 * Scanning the inside of a word: quotes, backslashes, `$name`, `${...}`, `$(...)`, `$((...))`
 * and backquotes. The same scanner serves unquoted words, double-quoted strings, `${x:-arg}`
 * arguments, heredoc bodies and arithmetic, with a mode saying what is special where.
 * Command substitutions are handed to the parser (through `hooks`) so that `)` inside a case
 * pattern or a nested quote does not end them early.
 */
import type { ParamOp, ParamPart, Script, Word, WordPart } from './ast';
import { ShellSyntaxError, type SyntaxProblem } from './syntax-error';

export interface Cursor {
  readonly src: string;
  pos: number;
  /** Line number of `src[0]` in the whole script (1-based). */
  readonly firstLine: number;
}

export interface ScanHooks {
  /** bash and BusyBox read $'...' (ANSI-C quoting); dash does not. */
  ansiQuotes?: boolean;
  /** Parses a command list starting at `pos` (just after `$(`) up to its `)`. */
  commandSub(cursor: Cursor): Script;
  /** Parses the text of a backquote substitution as a script. */
  script(text: string, firstLine: number): Script;
}

interface Mode {
  /** Whether the scan ends before `src[pos]`. */
  stop(src: string, pos: number): boolean;
  singleQuotes: boolean;
  doubleQuotes: boolean;
  /** Which characters a backslash escapes: any, those special in "..." or in a heredoc. */
  escape: 'any' | 'double' | 'heredoc';
  /** What running out of input means: unterminated "..." or ${...}, or a normal end. */
  atEnd: SyntaxProblem | undefined;
}

const METACHARS = ' \t\n;&|()<>';
const SPECIAL_PARAMS = '@*#?-$!0';

export function isNameStart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z_]/.test(ch);
}

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_]/.test(ch);
}

export function lineAt(cur: Cursor, pos = cur.pos): number {
  let line = cur.firstLine;
  for (let i = 0; i < pos && i < cur.src.length; i++) if (cur.src[i] === '\n') line++;
  return line;
}

export function fail(cur: Cursor, problem: SyntaxProblem, pos = cur.pos): never {
  const start = cur.src.lastIndexOf('\n', pos - 1) + 1;
  const end = cur.src.indexOf('\n', pos);
  const text = cur.src.slice(start, end < 0 ? undefined : end);
  // bash reports running out of input on the line after the last one.
  const atEnd = pos >= cur.src.length && !cur.src.endsWith('\n') ? 1 : 0;
  throw new ShellSyntaxError(problem, lineAt(cur, pos), text, atEnd);
}

export const UNQUOTED: Mode = {
  stop: (src, pos) => METACHARS.includes(src[pos] as string),
  singleQuotes: true,
  doubleQuotes: true,
  escape: 'any',
  atEnd: undefined,
};

const DOUBLE: Mode = {
  stop: (src, pos) => src[pos] === '"',
  singleQuotes: false,
  doubleQuotes: false,
  escape: 'double',
  atEnd: { kind: 'unterminated-quote', quote: '"' },
};

export const HEREDOC: Mode = {
  stop: () => false,
  singleQuotes: false,
  doubleQuotes: false,
  escape: 'heredoc',
  atEnd: undefined,
};

const ARITH: Mode = { ...HEREDOC, doubleQuotes: true };

function paramArgMode(inDouble: boolean, extraStop: string): Mode {
  return {
    stop: (src, pos) => src[pos] === '}' || extraStop.includes(src[pos] as string),
    singleQuotes: !inDouble,
    doubleQuotes: true,
    escape: inDouble ? 'double' : 'any',
    atEnd: { kind: 'missing-brace' },
  };
}

/** Scans word parts from the cursor until the mode's stop (not consumed) or the end. */
export function scanParts(cur: Cursor, mode: Mode, hooks: ScanHooks, inDouble = false): WordPart[] {
  const parts: WordPart[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) parts.push({ type: 'literal', text: literal });
    literal = '';
  };
  const push = (part: WordPart): void => {
    flush();
    parts.push(part);
  };
  const { src } = cur;
  while (cur.pos < src.length && !mode.stop(src, cur.pos)) {
    const ch = src[cur.pos] as string;
    if (ch === '\\') {
      const next = src[cur.pos + 1];
      if (next === undefined) {
        literal += '\\';
        cur.pos++;
      } else if (next === '\n') {
        cur.pos += 2;
      } else if (escapes(mode.escape, next)) {
        push({ type: 'quoted', text: next });
        cur.pos += 2;
      } else {
        literal += '\\';
        cur.pos++;
      }
    } else if (ch === "'" && mode.singleQuotes) {
      const end = src.indexOf("'", cur.pos + 1);
      if (end < 0) fail(cur, { kind: 'unterminated-quote', quote: "'" });
      push({ type: 'quoted', text: src.slice(cur.pos + 1, end) });
      cur.pos = end + 1;
    } else if (ch === '"' && mode.doubleQuotes) {
      cur.pos++;
      const inner = scanParts(cur, DOUBLE, hooks, true);
      if (src[cur.pos] !== '"') fail(cur, DOUBLE.atEnd as SyntaxProblem);
      cur.pos++;
      push({ type: 'double', parts: inner });
    } else if (ch === '`') {
      push(scanBackquote(cur, hooks, inDouble));
    } else if (ch === '$' && src[cur.pos + 1] === "'" && mode.singleQuotes && hooks.ansiQuotes) {
      push(scanAnsiQuote(cur));
    } else if (ch === '$') {
      const part = scanDollar(cur, hooks, inDouble);
      if (part) push(part);
      else {
        literal += '$';
        cur.pos++;
      }
    } else {
      literal += ch;
      cur.pos++;
    }
  }
  if (cur.pos >= src.length && mode.atEnd) fail(cur, mode.atEnd);
  flush();
  return parts;
}

const ANSI_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** $'...': backslash escapes as in C (\n, \t, \x41, \101, \u00e9), the rest literal. */
function scanAnsiQuote(cur: Cursor): WordPart {
  const { src } = cur;
  let text = '';
  let i = cur.pos + 2;
  for (; i < src.length && src[i] !== "'"; i++) {
    const ch = src[i] as string;
    if (ch !== '\\' || i + 1 >= src.length) {
      text += ch;
      continue;
    }
    const next = src[++i] as string;
    const rest = src.slice(i + 1);
    if (Object.hasOwn(ANSI_ESCAPES, next)) text += ANSI_ESCAPES[next];
    else if (next === 'x' || next === 'u' || next === 'U') {
      const hex = new RegExp(`^[0-9a-fA-F]{1,${next === 'x' ? 2 : next === 'u' ? 4 : 8}}`).exec(
        rest,
      )?.[0];
      if (hex && parseInt(hex, 16) <= 0x10ffff) {
        text += String.fromCodePoint(parseInt(hex, 16));
        i += hex.length;
      } else text += `\\${next}`;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(src.slice(i))?.[0] ?? next;
      text += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += digits.length - 1;
    } else if (next === 'c' && rest.length > 0) {
      text += String.fromCharCode((rest.charCodeAt(0) & 0x1f) >>> 0);
      i++;
    } else text += '\\\'"?'.includes(next) ? next : `\\${next}`;
  }
  if (i >= src.length) fail(cur, { kind: 'unterminated-quote', quote: "'" });
  cur.pos = i + 1;
  return { type: 'quoted', text };
}

function escapes(kind: Mode['escape'], ch: string): boolean {
  if (kind === 'any') return true;
  if (kind === 'double') return '$`"\\'.includes(ch);
  return '$`\\'.includes(ch);
}

function scanBackquote(cur: Cursor, hooks: ScanHooks, inDouble: boolean): WordPart {
  const { src } = cur;
  const start = cur.pos;
  let text = '';
  let i = cur.pos + 1;
  for (; i < src.length && src[i] !== '`'; i++) {
    const next = src[i + 1];
    if (
      src[i] === '\\' &&
      next !== undefined &&
      ('$`\\'.includes(next) || (inDouble && next === '"'))
    ) {
      text += next;
      i++;
    } else text += src[i];
  }
  if (i >= src.length) fail(cur, { kind: 'backquote-eof' });
  cur.pos = i + 1;
  return { type: 'command', script: hooks.script(text, lineAt(cur, start)), backquote: true };
}

/** `$...` at the cursor, or undefined when the `$` is an ordinary character. */
function scanDollar(cur: Cursor, hooks: ScanHooks, inDouble: boolean): WordPart | undefined {
  const { src } = cur;
  const next = src[cur.pos + 1];
  if (next === '{') {
    cur.pos += 2;
    return scanBraceParam(cur, hooks, inDouble);
  }
  if (next === '(') {
    if (src[cur.pos + 2] === '(') {
      const end = arithmeticEnd(src, cur.pos + 3);
      if (end !== undefined) {
        const source = src.slice(cur.pos + 3, end);
        const inner: Cursor = { src: source, pos: 0, firstLine: lineAt(cur) };
        const expr = scanParts(inner, ARITH, hooks);
        cur.pos = end + 2;
        return { type: 'arith', expr, source };
      }
    }
    cur.pos += 2;
    return { type: 'command', script: hooks.commandSub(cur), backquote: false };
  }
  if (isNameStart(next)) {
    let end = cur.pos + 1;
    while (isNameChar(src[end])) end++;
    const name = src.slice(cur.pos + 1, end);
    cur.pos = end;
    return { type: 'param', name };
  }
  if (next !== undefined && (/[0-9]/.test(next) || SPECIAL_PARAMS.includes(next))) {
    cur.pos += 2;
    return { type: 'param', name: next };
  }
  return undefined;
}

/** The index of the first `)` of the closing `))` of `$((`, or undefined if it is `$( (`. */
function arithmeticEnd(src: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return src[i + 1] === ')' ? i : undefined;
      depth--;
    }
  }
  return undefined;
}

const OPS_AFTER_COLON = ['-', '=', '+', '?'];

function scanBraceParam(cur: Cursor, hooks: ScanHooks, inDouble: boolean): ParamPart {
  const { src } = cur;
  const start = cur.pos - 2;
  const bad = (): never => {
    const close = src.indexOf('}', cur.pos);
    fail(cur, {
      kind: 'bad-substitution',
      text: src.slice(start, close < 0 ? undefined : close + 1),
    });
  };
  if (cur.pos >= src.length) fail(cur, { kind: 'missing-brace' });
  let length = false;
  if (src[cur.pos] === '#' && src[cur.pos + 1] !== '}' && paramNameLength(src, cur.pos + 1) > 0) {
    length = true;
    cur.pos++;
  }
  const nameLength = paramNameLength(src, cur.pos);
  if (nameLength === 0) {
    if (cur.pos >= src.length) fail(cur, { kind: 'missing-brace' });
    bad();
  }
  const name = src.slice(cur.pos, cur.pos + nameLength);
  cur.pos += nameLength;
  if (cur.pos >= src.length) fail(cur, { kind: 'missing-brace' });
  if (src[cur.pos] === '}') {
    cur.pos++;
    return length ? { type: 'param', name, length } : { type: 'param', name };
  }
  if (length) bad();
  const op = readOp(src, cur.pos);
  if (!op) bad();
  cur.pos += op === 'substring' ? 1 : (op as string).length;
  const part: ParamPart = { type: 'param', name, op: op as ParamOp };
  if (op === 'substring') {
    part.arg = scanArg(cur, hooks, inDouble, ':');
    if (src[cur.pos] === ':') {
      cur.pos++;
      part.arg2 = scanArg(cur, hooks, inDouble, '');
    }
  } else if (op?.startsWith('/')) {
    part.arg = scanArg(cur, hooks, inDouble, '/');
    if (src[cur.pos] === '/') {
      cur.pos++;
      part.arg2 = scanArg(cur, hooks, inDouble, '');
    }
  } else {
    part.arg = scanArg(cur, hooks, inDouble, '');
  }
  if (src[cur.pos] !== '}') fail(cur, { kind: 'missing-brace' });
  cur.pos++;
  return part;
}

function scanArg(cur: Cursor, hooks: ScanHooks, inDouble: boolean, extraStop: string): Word {
  const start = cur.pos;
  const parts = scanParts(cur, paramArgMode(inDouble, extraStop), hooks, inDouble);
  return { parts, raw: cur.src.slice(start, cur.pos) };
}

function paramNameLength(src: string, pos: number): number {
  const ch = src[pos];
  if (isNameStart(ch)) {
    let end = pos + 1;
    while (isNameChar(src[end])) end++;
    return end - pos;
  }
  if (ch !== undefined && /[0-9]/.test(ch)) {
    let end = pos + 1;
    while (/[0-9]/.test(src[end] ?? '')) end++;
    return end - pos;
  }
  return ch !== undefined && SPECIAL_PARAMS.includes(ch) ? 1 : 0;
}

function readOp(src: string, pos: number): ParamOp | undefined {
  const ch = src[pos];
  const next = src[pos + 1];
  if (ch === ':') {
    if (next !== undefined && OPS_AFTER_COLON.includes(next)) return `:${next}` as ParamOp;
    return 'substring';
  }
  if (ch === '-' || ch === '=' || ch === '+' || ch === '?') return ch;
  if (ch === '%') return next === '%' ? '%%' : '%';
  if (ch === '^') return next === '^' ? '^^' : '^';
  if (ch === ',') return next === ',' ? ',,' : ',';
  if (ch === '#') return next === '#' ? '##' : '#';
  if (ch === '/') {
    if (next === '/' || next === '#' || next === '%') return `/${next}` as ParamOp;
    return '/';
  }
  return undefined;
}
