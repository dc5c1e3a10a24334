/**
 * The few Python expressions a container's script needs evaluated to print what it would:
 * string literals (with f-strings and `+`), numbers, names bound earlier, and
 * `os.environ.get(...)` / `os.getenv(...)` / `os.environ[...]`. Anything else evaluates to
 * undefined, and the caller leaves it out.
 */

export type PyValue = string | number | boolean | null;

export interface PyScope {
  vars: Map<string, PyValue>;
  env: Readonly<Record<string, string>>;
}

/** Splits at top-level occurrences of `sep` (outside quotes and brackets). */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p, i, all) => p !== '' || all.length > 1);
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  r: '\r',
  '0': '\0',
};

function unescape(body: string): string {
  return body.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? `\\${c}`);
}

export function pyStr(value: PyValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

function stringLiteral(text: string, scope: PyScope): string | undefined {
  const m = /^([fFrRbBuU]{0,2})("""|'''|"|')([\s\S]*)\2$/.exec(text);
  if (!m) return undefined;
  const prefix = (m[1] ?? '').toLowerCase();
  const raw = m[3] ?? '';
  const body = prefix.includes('r') ? raw : unescape(raw);
  if (!prefix.includes('f')) return body;
  return body.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, expr: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const [inner = ''] = (expr ?? '').split(/[:!]/);
    const value = evalPy(inner.trim(), scope);
    return value === undefined ? whole : pyStr(value);
  });
}

function envCall(text: string, scope: PyScope): PyValue | undefined {
  const get = /^os\.(?:environ\.get|getenv)\((.*)\)$/.exec(text);
  if (get) {
    const [key, fallback] = splitTopLevel(get[1] ?? '', ',');
    const name = key === undefined ? undefined : evalPy(key, scope);
    if (typeof name !== 'string') return undefined;
    if (Object.hasOwn(scope.env, name)) return scope.env[name] ?? null;
    return fallback === undefined ? null : evalPy(fallback, scope);
  }
  const index = /^os\.environ\[(.*)\]$/.exec(text);
  if (index) {
    const name = evalPy(index[1] ?? '', scope);
    return typeof name === 'string' && Object.hasOwn(scope.env, name)
      ? (scope.env[name] ?? null)
      : undefined;
  }
  return undefined;
}

/** Evaluates a simple expression, or undefined when it is beyond this small model. */
export function evalPy(text: string, scope: PyScope): PyValue | undefined {
  const expr = text.trim();
  if (expr === '') return undefined;
  const sum = splitTopLevel(expr, '+');
  if (sum.length > 1) {
    const values = sum.map((part) => evalPy(part, scope));
    if (values.some((v) => v === undefined)) return undefined;
    if (values.every((v) => typeof v === 'number')) {
      return (values as number[]).reduce((a, b) => a + b, 0);
    }
    return values.every((v) => typeof v === 'string') ? (values as string[]).join('') : undefined;
  }
  const orParts = splitTopLevel(expr, ' or ');
  if (orParts.length > 1) {
    for (const part of orParts) {
      const value = evalPy(part, scope);
      if (value === undefined) return undefined;
      if (value !== null && value !== '' && value !== 0 && value !== false) return value;
    }
    return evalPy(orParts[orParts.length - 1] ?? '', scope);
  }
  if (/^-?\d+$/.test(expr)) return Number(expr);
  if (/^-?\d*\.\d+$/.test(expr)) return Number(expr);
  if (expr === 'True') return true;
  if (expr === 'False') return false;
  if (expr === 'None') return null;
  const literal = stringLiteral(expr, scope);
  if (literal !== undefined) return literal;
  const conv = /^(int|str)\((.*)\)$/.exec(expr);
  if (conv) {
    const inner = evalPy(conv[2] ?? '', scope);
    if (inner === undefined || inner === null) return undefined;
    if (conv[1] === 'str') return pyStr(inner);
    const n = Number(inner);
    return Number.isInteger(n) ? n : undefined;
  }
  const env = envCall(expr, scope);
  if (env !== undefined) return env;
  if (/^[A-Za-z_]\w*$/.test(expr) && scope.vars.has(expr)) return scope.vars.get(expr);
  return undefined;
}

/** Keyword arguments of a call's argument text: `host="0.0.0.0", port=8000`. */
export function keywordArgs(args: string, scope: PyScope): Map<string, PyValue | undefined> {
  const result = new Map<string, PyValue | undefined>();
  for (const part of splitTopLevel(args, ',')) {
    const m = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]+)$/.exec(part);
    if (m) result.set(m[1]!, evalPy(m[2]!, scope));
  }
  return result;
}
