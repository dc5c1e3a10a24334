// Go's checks of a function argument against its parameter type: literals are checked by the
// node ("expected string; found 1"), computed values by their type ("wrong type for value;
// expected string; got int").
import { GoFloat } from '../go-value';
import type { ParamType } from './funcs';
import type { ArgNode } from './nodes';
import { NIL_INTERFACE, typeName } from './values';

const GO_NAME: Record<ParamType, string> = {
  any: 'interface {}',
  string: 'string',
  int: 'int',
  bool: 'bool',
  strings: '[]string',
};
const GO_NOUN: Record<ParamType, string> = { ...GO_NAME, int: 'integer' };

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** The value of a number literal: Go makes "1.0" and "1e6" float64, the rest int. */
export function numberConstant(node: Extract<ArgNode, { kind: 'number' }>): unknown {
  return node.isFloat && Number.isInteger(node.value) ? new GoFloat(node.value) : node.value;
}

/** A literal argument (string, number, bool) passed to a parameter of `type`. */
export function checkLiteral(
  node: Extract<ArgNode, { kind: 'string' | 'number' | 'bool' }>,
  type: ParamType,
  text: string,
): Checked {
  const ok =
    type === 'any' ||
    (type === 'string' && node.kind === 'string') ||
    (type === 'bool' && node.kind === 'bool') ||
    (type === 'int' && node.kind === 'number' && Number.isInteger(node.value));
  if (!ok) return { ok: false, message: `expected ${GO_NOUN[type]}; found ${text}` };
  return { ok: true, value: node.kind === 'number' ? numberConstant(node) : node.value };
}

/** A computed value passed to a parameter of `type` (Go's validateType). */
export function checkValue(value: unknown, type: ParamType): Checked {
  if (value === NIL_INTERFACE) value = null;
  if (type === 'any') return { ok: true, value: value === undefined ? null : value };
  if (value === undefined)
    return { ok: false, message: `invalid value; expected ${GO_NAME[type]}` };
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'bool' && typeof value === 'boolean') ||
    (type === 'int' && typeof value === 'number' && Number.isInteger(value)) ||
    (type === 'strings' && Array.isArray(value) && value.every((v) => typeof v === 'string'));
  if (ok) return { ok: true, value };
  return {
    ok: false,
    message: `wrong type for value; expected ${GO_NAME[type]}; got ${typeName(value)}`,
  };
}

/** `cannot assign nil to string`, unless the parameter can hold nil. */
export function checkNil(type: ParamType): Checked {
  if (type === 'any' || type === 'strings') return { ok: true, value: null };
  return { ok: false, message: `cannot assign nil to ${GO_NAME[type]}` };
}
