/**
 * The `test` / `[` expression language, shared by the shell builtin (dash, ash, bash) and the
 * /usr/bin/test program. Errors come back as data so that each caller words them its way:
 * dash `[: Illegal number: x`, BusyBox `sh: bad number`, GNU `test: invalid integer 'x'`.
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import type { User } from '../program';

export type TestError =
  | { kind: 'number'; arg: string }
  | { kind: 'argument'; op: string; first?: string }
  | { kind: 'bracket' }
  | { kind: 'operator'; arg: string };

export type TestResult = { ok: true; value: boolean } | { ok: false; error: TestError };

export interface TestEnv {
  fs: FileSystem;
  cwd: string;
  user: User;
}

/** The unary operators test(1) knows (bash's [[ ]] adds -v). */
export const UNARY = new Set([
  '-e',
  '-f',
  '-d',
  '-x',
  '-s',
  '-L',
  '-h',
  '-r',
  '-w',
  '-b',
  '-c',
  '-p',
  '-S',
  '-u',
  '-g',
  '-k',
  '-t',
  '-O',
  '-G',
  '-N',
  '-n',
  '-z',
  '-a',
]);
const BINARY = new Set([
  '=',
  '==',
  '!=',
  '<',
  '>',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

class Fail {
  constructor(readonly error: TestError) {}
}

/** Evaluates `test` arguments (without the `test` or the `[`/`]` words). */
export function evaluateTest(args: readonly string[], env: TestEnv): TestResult {
  try {
    return { ok: true, value: evaluate(args, env) };
  } catch (error) {
    if (error instanceof Fail) return { ok: false, error: error.error };
    throw error;
  }
}

function evaluate(args: readonly string[], env: TestEnv): boolean {
  // POSIX decides by the number of arguments up to four; beyond that, the full grammar.
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return (args[0] as string) !== '';
    case 2:
      if (args[0] === '!') return !evaluate(args.slice(1), env);
      if (UNARY.has(args[0] as string)) return unary(args[0] as string, args[1] as string, env);
      if (BINARY.has(args[1] as string))
        throw new Fail({ kind: 'argument', op: args[1] as string, first: args[0] as string });
      throw new Fail({ kind: 'operator', arg: args[0] as string });
    case 3:
      if (BINARY.has(args[1] as string))
        return binary(args[0] as string, args[1] as string, args[2] as string, env);
      if (args[0] === '!') return !evaluate(args.slice(1), env);
      if (args[0] === '(' && args[2] === ')') return evaluate(args.slice(1, 2), env);
      break;
    case 4:
      if (args[0] === '!') return !evaluate(args.slice(1), env);
      if (args[0] === '(' && args[3] === ')') return evaluate(args.slice(1, 3), env);
      break;
  }
  const parser = new ExprParser(args, env);
  const value = parser.or();
  if (parser.pos < args.length)
    throw new Fail({ kind: 'operator', arg: args[parser.pos] as string });
  return value;
}

class ExprParser {
  pos = 0;
  constructor(
    readonly args: readonly string[],
    readonly env: TestEnv,
  ) {}

  private peek(offset = 0): string | undefined {
    return this.args[this.pos + offset];
  }

  or(): boolean {
    let value = this.and();
    while (this.peek() === '-o') {
      this.pos++;
      const right = this.and();
      value = value || right;
    }
    return value;
  }

  and(): boolean {
    let value = this.not();
    while (this.peek() === '-a') {
      this.pos++;
      const right = this.not();
      value = value && right;
    }
    return value;
  }

  not(): boolean {
    if (this.peek() === '!') {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  primary(): boolean {
    const first = this.peek();
    if (first === undefined)
      throw new Fail({ kind: 'argument', op: this.args[this.pos - 1] ?? '' });
    if (first === '(') {
      this.pos++;
      const value = this.or();
      if (this.peek() !== ')') throw new Fail({ kind: 'operator', arg: this.peek() ?? ')' });
      this.pos++;
      return value;
    }
    const second = this.peek(1);
    if (second !== undefined && BINARY.has(second) && this.peek(2) !== undefined) {
      this.pos += 3;
      return binary(first, second, this.args[this.pos - 1] as string, this.env);
    }
    if (UNARY.has(first) && second !== undefined) {
      this.pos += 2;
      return unary(first, second, this.env);
    }
    if (UNARY.has(first) && second === undefined && first !== '-a') {
      throw new Fail({ kind: 'argument', op: first });
    }
    this.pos++;
    return first !== '';
  }
}

export function parseInteger(text: string): bigint | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?[0-9]+$/.test(trimmed)) return undefined;
  return BigInt(trimmed);
}

function integer(text: string): bigint {
  const value = parseInteger(text);
  if (value === undefined) throw new Fail({ kind: 'number', arg: text });
  return value;
}

function binary(a: string, op: string, b: string, env: TestEnv): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return integer(a) === integer(b);
    case '-ne':
      return integer(a) !== integer(b);
    case '-lt':
      return integer(a) < integer(b);
    case '-le':
      return integer(a) <= integer(b);
    case '-gt':
      return integer(a) > integer(b);
    case '-ge':
      return integer(a) >= integer(b);
    case '-ef': {
      const sa = env.fs.stat(resolvePath(env.cwd, a));
      const sb = env.fs.stat(resolvePath(env.cwd, b));
      return sa.ok && sb.ok && sa.value.path === sb.value.path;
    }
    default:
      // -nt / -ot: the simulation keeps no modification times; only existence can differ.
      return op === '-nt'
        ? env.fs.stat(resolvePath(env.cwd, a)).ok && !env.fs.stat(resolvePath(env.cwd, b)).ok
        : !env.fs.stat(resolvePath(env.cwd, a)).ok && env.fs.stat(resolvePath(env.cwd, b)).ok;
  }
}

function unary(op: string, arg: string, env: TestEnv): boolean {
  if (op === '-n') return arg !== '';
  if (op === '-z') return arg === '';
  if (op === '-t') return false;
  const path = resolvePath(env.cwd, arg);
  if (arg === '') return false;
  if (op === '-L' || op === '-h') {
    const st = env.fs.lstat(path);
    return st.ok && st.value.node.kind === 'symlink';
  }
  const st = env.fs.stat(path);
  if (!st.ok) return false;
  const node = st.value.node;
  const mode = 'mode' in node ? node.mode : 0o777;
  switch (op) {
    case '-e':
    case '-a':
      return true;
    case '-f':
      return node.kind === 'file';
    case '-d':
      return node.kind === 'dir';
    case '-s':
      return node.kind === 'dir' || (node.kind === 'file' && node.size > 0);
    case '-r':
      return allowed(env.user, node, mode, 4);
    case '-w':
      return allowed(env.user, node, mode, 2);
    case '-x':
      return env.user.uid === 0
        ? node.kind === 'dir' || (mode & 0o111) !== 0
        : allowed(env.user, node, mode, 1);
    case '-u':
      return (mode & 0o4000) !== 0;
    case '-g':
      return (mode & 0o2000) !== 0;
    case '-k':
      return (mode & 0o1000) !== 0;
    case '-O':
      return node.uid === env.user.uid;
    case '-G':
      return node.gid === env.user.gid;
    default:
      return false;
  }
}

function allowed(
  user: User,
  owner: { uid: number; gid: number },
  mode: number,
  bit: number,
): boolean {
  if (user.uid === 0) return true;
  if (owner.uid === user.uid) return (mode & (bit << 6)) !== 0;
  if (owner.gid === user.gid) return (mode & (bit << 3)) !== 0;
  return (mode & bit) !== 0;
}

/** The message after the prefix, in each shell's or tool's words. */
export function testMessage(
  error: TestError,
  flavor: 'dash' | 'ash' | 'bash' | 'gnu' | 'busybox',
): string {
  switch (error.kind) {
    case 'number':
      if (flavor === 'dash') return `Illegal number: ${error.arg}`;
      if (flavor === 'bash') return `${error.arg}: integer expression expected`;
      if (flavor === 'gnu') return `invalid integer '${error.arg}'`;
      return 'bad number';
    case 'argument':
      if (flavor === 'bash') return `${error.first ?? error.op}: unary operator expected`;
      if (flavor === 'gnu') return `missing argument after '${error.op}'`;
      return `${error.op}: argument expected`;
    case 'bracket':
      if (flavor === 'bash') return "missing `]'";
      if (flavor === 'gnu') return "missing ']'";
      return 'missing ]';
    case 'operator':
      if (flavor === 'dash') return `${error.arg}: unexpected operator`;
      if (flavor === 'bash') return `${error.arg}: unary operator expected`;
      if (flavor === 'gnu') return `extra argument '${error.arg}'`;
      return `${error.arg}: unknown operand`;
  }
}
