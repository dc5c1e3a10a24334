/**
 * A very small JavaScript for `node -p '6 * 7'` (and bun's start-up lines): console.log calls
 * and values made of literals, template strings and arithmetic. Anything else raises
 * JsUnsupported, and node says in a note that the code was treated as having run. Scripts
 * (a file, -e, stdin) are read by `script-start.ts`, which uses the arithmetic here.
 */

import { splitArgs } from '../main-source';

export class JsUnsupported extends Error {}

/**
 * Runs statements; returns the last expression's value as node -p prints it. console.error
 * and warn write to stderr, log and info to stdout, as Node's console does.
 */
export function runJs(
  source: string,
  log: (text: string, stream: 'stdout' | 'stderr') => void,
): string {
  let last = 'undefined';
  const statements = source
    .split(/;\s*|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('//') && s !== "'use strict'" && s !== '"use strict"');
  for (const statement of statements) {
    const call = /^console\.(log|info|error|warn)\((.*)\)$/.exec(statement);
    if (call) {
      const values = splitArgs(call[2] as string, 'js').map(value);
      log(values.join(' ') + '\n', /^(?:error|warn)$/.test(call[1] ?? '') ? 'stderr' : 'stdout');
      last = 'undefined';
      continue;
    }
    last = value(statement);
  }
  return last;
}

function value(expr: string): string {
  const string = /^(['"])((?:\\.|(?!\1).)*)\1$/.exec(expr);
  if (string) return (string[2] as string).replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  const template = /^`([^`$]*)`$/.exec(expr);
  if (template) return template[1] as string;
  if (/^[\d\s+\-*/%().]+$/.test(expr) && /\d/.test(expr)) {
    const result = arithmetic(expr);
    return Number.isInteger(result) ? String(result) : String(result);
  }
  if (expr === 'true' || expr === 'false' || expr === 'null' || expr === 'undefined') return expr;
  throw new JsUnsupported(expr);
}

/** The value of arithmetic over number literals (`6 * 7`), or undefined for anything else. */
export function numberOf(expr: string): number | undefined {
  if (!/^[\d\s+\-*/%().]+$/.test(expr) || !/\d/.test(expr)) return undefined;
  try {
    return arithmetic(expr);
  } catch (error) {
    if (error instanceof JsUnsupported) return undefined;
    throw error;
  }
}

/** + - * / % and parentheses over numbers, by precedence climbing. */
function arithmetic(expr: string): number {
  const tokens = expr.match(/\d+(?:\.\d+)?|[+\-*/%()]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -primary();
    if (t === undefined || Number.isNaN(Number(t))) throw new JsUnsupported(expr);
    return Number(t);
  };
  const product = (): number => {
    let v = primary();
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++];
      const r = primary();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') {
      const op = tokens[i++];
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const result = sum();
  if (i !== tokens.length) throw new JsUnsupported(expr);
  return result;
}
