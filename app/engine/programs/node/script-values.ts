/**
 * The values a Node.js script's start can be known to hold, and console's formatting of them
 * (util.format): string, number and boolean literals, null and undefined, names bound to
 * them, template literals, `+`, `||`/`??`, `process.env.X`, Number()/parseInt()/String() and
 * arithmetic on numbers. Values are the host's own primitives, so `+`, `||`, String() and
 * Number() behave exactly as in Node. Anything else is unknown (undefined).
 */
import { bracketed, splitAt, stringLiteral, unescaped } from '../main-source';
import { numberOf } from './jsexpr';

/** A primitive value as the script holds it (JavaScript's undefined included). */
export interface Known {
  value: string | number | boolean | null | undefined;
}

export interface Scope {
  bound: ReadonlyMap<string, Known>;
  /** The process's environment; undefined once the script changed it unread (dotenv). */
  env: Readonly<Record<string, string>> | undefined;
}

const known = (value: Known['value']): Known => ({ value });

/** A template literal's text, its `${...}` filled in; undefined when a part is unknown. */
function template(body: string, scope: Scope): Known | undefined {
  let text = '';
  let last = 0;
  for (const m of body.matchAll(/\$\{([^}]*)\}/g)) {
    const part = unescaped(body.slice(last, m.index).replace(/\\([`$])/g, '$1'));
    const value = valueOf(m[1] ?? '', scope);
    if (part === undefined || value === undefined) return undefined;
    text += part + String(value.value);
    last = m.index + m[0].length;
  }
  const tail = unescaped(body.slice(last).replace(/\\([`$])/g, '$1'));
  return tail === undefined ? undefined : known(text + tail);
}

/** A conversion call: Number(x), parseInt(x[, 10]), parseFloat(x), String(x). */
function converted(fn: string, arg: Known): Known {
  const v = arg.value;
  if (fn === 'Number') return known(Number(v));
  if (fn === 'String') return known(String(v));
  return known(fn === 'parseFloat' ? parseFloat(String(v)) : parseInt(String(v), 10));
}

/** The value of an expression, or undefined when it cannot be known here. */
export function valueOf(expression: string, scope: Scope): Known | undefined {
  const expr = expression.trim();
  for (const op of ['??', '||']) {
    const parts = splitAt(expr, op, 'js');
    if (parts.length > 1) {
      const values = parts.map((p) => valueOf(p, scope));
      if (values.some((v) => v === undefined)) return undefined;
      // JavaScript's own operator on the values, left to right.
      return (values as Known[]).reduce((a, b) =>
        known(op === '||' ? a.value || b.value : (a.value ?? b.value)),
      );
    }
  }
  const sum = splitAt(expr, '+', 'js');
  if (sum.length > 1 && sum.every((p) => p !== '')) {
    const values = sum.map((p) => valueOf(p, scope));
    if (values.some((v) => v === undefined)) return undefined;
    // `+` on primitives, as JavaScript does it (concatenation once a string is met).
    return (values as Known[]).reduce((a, b) => known((a.value as number) + (b.value as number)));
  }
  const text = stringLiteral(expr, 'js');
  if (text !== undefined) return known(text);
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(expr)) return known(Number(expr));
  const constant = { true: true, false: false, null: null, undefined } as const;
  if (Object.hasOwn(constant, expr)) return known(constant[expr as keyof typeof constant]);
  const tpl = /^`((?:[^`\\]|\\.)*)`$/s.exec(expr);
  if (tpl) return template(tpl[1] ?? '', scope);
  const env = /^process\.env(?:\.(\w+)|\[\s*(['"])(\w+)\2\s*\])$/.exec(expr);
  if (env) {
    const name = env[1] ?? env[3] ?? '';
    if (!scope.env) return undefined;
    return known(Object.hasOwn(scope.env, name) ? scope.env[name] : undefined);
  }
  const call = /^(Number|parseInt|parseFloat|String)\(([\s\S]*?)(?:,\s*10)?\)$/.exec(expr);
  if (call) {
    const arg = valueOf(call[2] ?? '', scope);
    return arg && converted(call[1] ?? '', arg);
  }
  const inner = expr.startsWith('(') ? bracketed(expr, 0, 'js') : undefined;
  if (inner !== undefined && inner.length === expr.length - 2) return valueOf(inner, scope);
  const number = numberOf(expr);
  if (number !== undefined) return known(number);
  return /^[A-Za-z_$][\w$]*$/.test(expr) ? scope.bound.get(expr) : undefined;
}

/** util.inspect of a primitive outside a format string: strings as they are, -0 as -0. */
const shown = (v: Known['value']): string => (Object.is(v, -0) ? '-0' : String(v));

/**
 * The text console.log writes for its arguments: util.format's %s %d %i %f %j %c and %%
 * in a first string argument (with more than one argument), the rest joined by spaces.
 * Undefined for a specifier not modelled here (%o, %O).
 */
export function formatted(args: Known[]): string | undefined {
  const [first, ...rest] = args;
  if (first === undefined) return '';
  let out = '';
  let next = 0;
  if (typeof first.value === 'string' && rest.length > 0) {
    const format = first.value;
    let last = 0;
    for (let i = 0; i < format.length - 1; i++) {
      if (format[i] !== '%') continue;
      const spec = format[++i] as string;
      if (spec === '%') {
        out += format.slice(last, i);
        last = i + 1;
        continue;
      }
      if (next === rest.length || !'sdifjcoO'.includes(spec)) continue;
      if (spec === 'o' || spec === 'O') return undefined;
      const v = (rest[next++] as Known).value;
      const text =
        spec === 's'
          ? shown(v)
          : spec === 'd'
            ? shown(Number(v))
            : spec === 'i'
              ? shown(parseInt(String(v), 10))
              : spec === 'f'
                ? shown(parseFloat(String(v)))
                : spec === 'j'
                  ? String(JSON.stringify(v))
                  : '';
      out += format.slice(last, i - 1) + text;
      last = i + 1;
    }
    out += format.slice(last);
  } else out = shown(first.value);
  for (const arg of rest.slice(next)) out += ` ${shown(arg.value)}`;
  return out;
}
