/**
 * The JavaScript a container's startup log needs: `console.log` arguments made of string
 * and template literals, numbers, `+`, constants declared at the top of the file and
 * `process.env.X || default`. Anything else is undefined and not printed.
 */
import { splitTopLevel } from './python-expr';

export interface JsScope {
  vars: Map<string, string | number>;
  env: Readonly<Record<string, string>>;
}

function template(body: string, scope: JsScope): string | undefined {
  let failed = false;
  const text = body.replace(/\$\{([^}]*)\}/g, (_m, expr: string) => {
    const value = evalValue(expr, scope);
    if (value === undefined) failed = true;
    return String(value ?? '');
  });
  return failed ? undefined : text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

function evalValue(text: string, scope: JsScope): string | number | undefined {
  const expr = text.trim();
  for (const op of [' || ', ' ?? ']) {
    const parts = splitTopLevel(expr, op);
    if (parts.length > 1) {
      for (const part of parts) {
        const value = evalValue(part, scope);
        if (value !== undefined && value !== '' && !(op === ' || ' && value === 0)) return value;
      }
      return undefined;
    }
  }
  const sum = splitTopLevel(expr, '+');
  if (sum.length > 1) {
    const values = sum.map((p) => evalValue(p, scope));
    if (values.some((v) => v === undefined)) return undefined;
    if (values.every((v) => typeof v === 'number'))
      return (values as number[]).reduce((a, b) => a + b, 0);
    return values.join('');
  }
  if (/^-?\d+(\.\d+)?$/.test(expr)) return Number(expr);
  const quoted = /^(['"])(.*)\1$/s.exec(expr);
  if (quoted) return (quoted[2] ?? '').replace(/\\n/g, '\n').replace(/\\(['"\\])/g, '$1');
  const tpl = /^`([\s\S]*)`$/.exec(expr);
  if (tpl) return template(tpl[1] ?? '', scope);
  const env = /^process\.env\.(\w+)$/.exec(expr) ?? /^process\.env\[['"](\w+)['"]\]$/.exec(expr);
  if (env) return Object.hasOwn(scope.env, env[1]!) ? scope.env[env[1]!] : undefined;
  const call = /^(?:Number|parseInt|String)\((.*?)(?:,\s*10)?\)$/.exec(expr);
  if (call) return evalValue(call[1] ?? '', scope);
  if (/^[A-Za-z_$][\w$]*$/.test(expr)) return scope.vars.get(expr);
  return undefined;
}

/** The console.log line for an argument list: values joined by spaces. */
export function evalJs(args: string, scope: JsScope): string | undefined {
  const values = splitTopLevel(args, ',').map((a) => evalValue(a, scope));
  if (values.length === 0) return '';
  if (values.some((v) => v === undefined)) return undefined;
  return values.join(' ');
}

/** Top-level `const NAME = ...` declarations with values this model can evaluate. */
export function jsScope(source: string, env: Readonly<Record<string, string>>): JsScope {
  const scope: JsScope = { vars: new Map(), env };
  for (const m of source.matchAll(
    /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(.+?);?\s*$/gm,
  )) {
    const value = evalValue(m[2] ?? '', scope);
    if (value !== undefined) scope.vars.set(m[1]!, value);
  }
  return scope;
}
