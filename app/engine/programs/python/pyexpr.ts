/**
 * A very small Python: enough for the one-liners Dockerfiles run (`python -c "print('ok')"`,
 * `python -c "import flask; print(flask.__version__)"`) and for toy scripts made of prints.
 * Statements: print(...) (file=sys.stderr too), sys.exit()/exit(), import, from-import,
 * assignment, bare expressions. Expressions:
 * literals, names, attributes of imported modules, arithmetic, comparisons, a few builtins.
 * Anything else raises Unsupported, and the caller says so in a note.
 */

export class Unsupported extends Error {
  /** The statement the reading stopped at, as written (set by runPython). */
  statement: string | undefined;
}

/** sys.exit(code), exit(code): SystemExit, which ends the program with `code`. */
export class PyExit extends Error {
  constructor(readonly code: PyValue) {
    super('SystemExit');
  }
}

/** A standard stream (sys.stdout, sys.stderr), as print's file= names it. */
export interface PyStream {
  stream: 'stdout' | 'stderr';
}

/** sys.exit, a function value: called, it raises SystemExit. */
export interface PyExitFunction {
  builtin: 'exit';
}

/** A Python-level exception: the traceback's last line ("NameError: name 'x' is not defined"). */
export class PyError extends Error {
  constructor(
    readonly type: string,
    readonly detail: string,
  ) {
    super(`${type}: ${detail}`);
  }
}

export type PyValue =
  | string
  | number
  | boolean
  | null
  | PyModule
  | PyStream
  | PyExitFunction
  | PyValue[]
  | { float: number };

export interface PyModule {
  module: string;
  attrs: Record<string, PyValue>;
}

export interface PyHost {
  /** The attributes of a module, or undefined when it cannot be imported. */
  importModule(name: string): PyModule | undefined;
  print(text: string, stream: PyStream['stream']): void;
}

type Token = { kind: 'num' | 'str' | 'name' | 'op'; text: string; value?: PyValue };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+\.\d*|\.\d+|\d+)|([rRbBfF]{0,2})('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|\/\/|==|!=|<=|>=|[-+*/%(),.<>=[\]]))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    re.lastIndex = index;
    const m = re.exec(source);
    if (!m) throw new Unsupported(source.slice(index));
    index = re.lastIndex;
    if (m[1] !== undefined)
      tokens.push({
        kind: 'num',
        text: m[1],
        value: m[1].includes('.') ? { float: Number(m[1]) } : Number(m[1]),
      });
    else if (m[3] !== undefined) {
      const prefix = (m[2] ?? '').toLowerCase();
      if (prefix.includes('b')) throw new Unsupported('bytes');
      const quote = m[3].startsWith("'''") || m[3].startsWith('"""') ? 3 : 1;
      const body = m[3].slice(quote, -quote);
      tokens.push({
        kind: 'str',
        text: prefix.includes('f') ? 'f' : '',
        value: prefix.includes('r') ? body : unescape(body),
      });
    } else if (m[4] !== undefined) tokens.push({ kind: 'name', text: m[4] });
    else tokens.push({ kind: 'op', text: m[5] as string });
  }
  return tokens;
}

function unescape(body: string): string {
  return body.replace(
    /\\(n|t|\\|'|"|r|0)/g,
    (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c,
  );
}

/** Python's str() of a value. */
export function pyStr(value: PyValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if ('float' in value)
    return Number.isInteger(value.float) ? `${value.float}.0` : String(value.float);
  if ('stream' in value)
    return `<_io.TextIOWrapper name='<${value.stream}>' mode='w' encoding='utf-8'>`;
  if ('builtin' in value) return '<built-in function exit>';
  return `<module '${value.module}'>`;
}

function pyRepr(value: PyValue): string {
  return typeof value === 'string'
    ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
    : pyStr(value);
}

function num(value: PyValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object' && 'float' in value) return value.float;
  throw new PyError('TypeError', 'unsupported operand type(s)');
}

const isFloat = (v: PyValue) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && 'float' in v;

export function runPython(source: string, host: PyHost): void {
  const scope = new Map<string, PyValue>([['__name__', '__main__']]);
  for (const rawLine of source.split('\n')) {
    for (const statement of splitStatements(rawLine)) {
      try {
        runStatement(statement.trim(), scope, host);
      } catch (error) {
        if (error instanceof Unsupported) error.statement ??= statement.trim();
        throw error;
      }
    }
  }
}

function splitStatements(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#') break;
    else if (ch === ';') {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out.filter((s) => s.trim() !== '');
}

function runStatement(statement: string, scope: Map<string, PyValue>, host: PyHost): void {
  if (statement === 'pass') return;
  const imp = /^import\s+(.+)$/.exec(statement);
  if (imp) {
    for (const part of (imp[1] as string).split(',')) {
      const [name = '', alias] = part.trim().split(/\s+as\s+/);
      const mod = host.importModule(name);
      if (!mod) throw new PyError('ModuleNotFoundError', `No module named '${name.split('.')[0]}'`);
      scope.set(
        alias ?? name.split('.')[0] ?? name,
        alias ? mod : (host.importModule(name.split('.')[0] ?? name) ?? mod),
      );
    }
    return;
  }
  const fromImport = /^from\s+([\w.]+)\s+import\s+(.+)$/.exec(statement);
  if (fromImport) {
    const mod = host.importModule(fromImport[1] as string);
    if (!mod)
      throw new PyError(
        'ModuleNotFoundError',
        `No module named '${(fromImport[1] as string).split('.')[0]}'`,
      );
    for (const part of (fromImport[2] as string).split(',')) {
      const [name = '', alias] = part.trim().split(/\s+as\s+/);
      scope.set(alias ?? name, mod.attrs[name] ?? { module: `${mod.module}.${name}`, attrs: {} });
    }
    return;
  }
  const assign = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/.exec(statement);
  const tokens = tokenize(assign ? (assign[2] as string) : statement);
  const parser = new Parser(tokens, scope, host);
  const value = parser.expression();
  if (!parser.done()) throw new Unsupported(statement);
  if (assign) scope.set(assign[1] as string, value);
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly scope: Map<string, PyValue>,
    private readonly host: PyHost,
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  private peek(text?: string): Token | undefined {
    const t = this.tokens[this.i];
    return text === undefined || t?.text === text ? t : undefined;
  }

  private take(text: string): boolean {
    if (this.tokens[this.i]?.kind === 'op' && this.tokens[this.i]?.text === text) {
      this.i++;
      return true;
    }
    return false;
  }

  expression(): PyValue {
    const left = this.sum();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (this.take(op)) {
        const right = this.sum();
        if (op === '==') return pyStr(left) === pyStr(right) && typeof left === typeof right;
        if (op === '!=') return !(pyStr(left) === pyStr(right) && typeof left === typeof right);
        const [a, b] = [num(left), num(right)];
        return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
      }
    }
    return left;
  }

  private sum(): PyValue {
    let value = this.product();
    for (;;) {
      if (this.take('+')) {
        const right = this.product();
        if (typeof value === 'string' && typeof right === 'string') value = value + right;
        else if (typeof value === 'string' || typeof right === 'string') {
          throw new PyError('TypeError', 'can only concatenate str (not "int") to str');
        } else value = arith(value, right, (a, b) => a + b);
      } else if (this.take('-')) value = arith(value, this.product(), (a, b) => a - b);
      else return value;
    }
  }

  private product(): PyValue {
    let value = this.power();
    for (;;) {
      if (this.take('*')) {
        const right = this.power();
        if (typeof value === 'string' && typeof right === 'number')
          value = value.repeat(Math.max(0, right));
        else value = arith(value, right, (a, b) => a * b);
      } else if (this.take('//')) value = Math.floor(num(value) / nonZero(num(this.power())));
      else if (this.take('/')) value = { float: num(value) / nonZero(num(this.power())) };
      else if (this.take('%')) {
        const b = nonZero(num(this.power()));
        value = ((num(value) % b) + b) % b;
      } else return value;
    }
  }

  private power(): PyValue {
    if (this.take('-')) return arith(0, this.power(), (a, b) => a - b);
    const base = this.postfix();
    if (this.take('**')) return arith(base, this.power(), (a, b) => a ** b);
    return base;
  }

  private postfix(): PyValue {
    let value = this.atom();
    for (;;) {
      if (this.take('.')) {
        const name = this.tokens[this.i++];
        if (name?.kind !== 'name') throw new Unsupported('attribute');
        if (
          value === null ||
          typeof value !== 'object' ||
          Array.isArray(value) ||
          !('module' in value)
        ) {
          throw new Unsupported('attribute of a value');
        }
        const attr: PyValue | undefined = value.attrs[name.text];
        // A module's modelled attributes are a few (sys.version, __version__), never all it
        // has: `django.get_version` is real, so an unknown one is not an AttributeError.
        if (attr === undefined) throw new Unsupported(`attribute ${name.text} of a module`);
        value = attr;
      } else if (this.peek('(') && isExit(value)) {
        this.call('exit');
      } else if (this.peek('(') && this.i > 0) {
        throw new Unsupported('call');
      } else return value;
    }
  }

  private atom(): PyValue {
    const token = this.tokens[this.i++];
    if (!token) throw new Unsupported('end');
    if (token.kind === 'num') return token.value as PyValue;
    if (token.kind === 'str') {
      let text = token.value as string;
      while (this.tokens[this.i]?.kind === 'str') text += this.tokens[this.i++]?.value as string;
      return token.text === 'f' ? this.format(text) : text;
    }
    if (token.kind === 'op' && token.text === '(') {
      const value = this.expression();
      if (!this.take(')')) throw new Unsupported('tuple');
      return value;
    }
    if (token.kind === 'op' && token.text === '[') {
      const items: PyValue[] = [];
      while (!this.take(']')) {
        items.push(this.expression());
        this.take(',');
        if (this.done()) throw new Unsupported('list');
      }
      return items;
    }
    if (token.kind !== 'name') throw new Unsupported(token.text);
    if (token.text === 'True') return true;
    if (token.text === 'False') return false;
    if (token.text === 'None') return null;
    if (this.peek('(')) return this.call(token.text);
    if (token.text === 'exit' || token.text === 'quit') throw new Unsupported(token.text);
    const value = this.scope.get(token.text);
    if (value === undefined) throw new PyError('NameError', `name '${token.text}' is not defined`);
    return value;
  }

  private call(name: string): PyValue {
    if (!['print', 'str', 'len', 'int', 'repr', 'exit', 'quit'].includes(name))
      throw new Unsupported(`${name}()`);
    this.take('(');
    const args: PyValue[] = [];
    const kwargs = new Map<string, PyValue>();
    while (!this.take(')')) {
      const t = this.tokens[this.i];
      if (t?.kind === 'name' && this.tokens[this.i + 1]?.text === '=') {
        this.i += 2;
        kwargs.set(t.text, this.expression());
      } else args.push(this.expression());
      if (!this.take(',') && !this.peek(')')) throw new Unsupported('call syntax');
    }
    switch (name) {
      case 'print': {
        const sep = kwargs.has('sep') ? pyStr(kwargs.get('sep') as PyValue) : ' ';
        const end = kwargs.has('end') ? pyStr(kwargs.get('end') as PyValue) : '\n';
        const file = kwargs.get('file') ?? null;
        if (file !== null && !isStream(file)) throw new Unsupported('print to a file');
        this.host.print(args.map(pyStr).join(sep) + end, file?.stream ?? 'stdout');
        return null;
      }
      case 'exit':
      case 'quit':
        throw new PyExit(args[0] ?? null);
      case 'str':
        return pyStr(args[0] ?? '');
      case 'len': {
        const v = args[0];
        if (typeof v === 'string' || Array.isArray(v)) return v.length;
        throw new PyError('TypeError', 'object has no len()');
      }
      case 'int':
        return Math.trunc(Number(typeof args[0] === 'string' ? args[0] : num(args[0] ?? 0)));
      case 'repr':
        return pyRepr(args[0] ?? null);
      default:
        throw new Unsupported(`${name}()`);
    }
  }

  /** f-strings with plain names or attributes in braces. */
  private format(text: string): string {
    return text.replace(/\{([^{}]+)\}/g, (_, inner: string) => {
      const parser = new Parser(tokenize(inner), this.scope, this.host);
      const value = parser.expression();
      if (!parser.done()) throw new Unsupported('f-string');
      return pyStr(value);
    });
  }
}

function isStream(value: PyValue): value is PyStream {
  return value !== null && typeof value === 'object' && 'stream' in value;
}

function isExit(value: PyValue): value is PyExitFunction {
  return value !== null && typeof value === 'object' && 'builtin' in value;
}

/**
 * The status SystemExit ends Python with, and the text it writes on stderr first: None is 0,
 * an int is the status (as the C exit() gets it, modulo 256), anything else is printed and 1.
 */
export function exitStatus(code: PyValue): { status: number; message?: string } {
  if (code === null) return { status: 0 };
  if (typeof code === 'number' || typeof code === 'boolean')
    return { status: ((Number(code) % 256) + 256) % 256 };
  return { status: 1, message: `${pyStr(code)}\n` };
}

function nonZero(n: number): number {
  if (n === 0) throw new PyError('ZeroDivisionError', 'division by zero');
  return n;
}

function arith(a: PyValue, b: PyValue, op: (x: number, y: number) => number): PyValue {
  const result = op(num(a), num(b));
  return isFloat(a) || isFloat(b) ? { float: result } : result;
}
