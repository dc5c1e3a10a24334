/**
 * Parameter expansion: `$x`, `${x:-default}`, `${#x}`, `${x%suffix}`, `${x/a/b}`, `$@`...
 * Produces pieces (text plus whether it is quoted) for the word expander to split and glob.
 */
import type { ParamPart, Word } from '../ast';
import { ArithError, evaluateArith } from './arith';
import { ExpansionError, type ExpandHost } from './host';
import { replacePattern, trimPattern } from './pattern';

export type Piece = { text: string; quoted: boolean; split: boolean } | { fieldBreak: true };

export interface ParamExpander {
  host: ExpandHost;
  pieces(parts: Word['parts'], inDouble: boolean): Piece[];
  string(word: Word): string;
  pattern(word: Word): string;
  /** `bash` words "unbound variable" where dash says "parameter not set". */
  dialect: 'dash' | 'ash' | 'bash';
}

export function expandParam(part: ParamPart, inDouble: boolean, ex: ParamExpander): Piece[] {
  const { host } = ex;
  const { name, op } = part;
  const list = name === '@' || name === '*';
  const value = list ? joinPositional(host, name, inDouble) : host.lookup(name);
  const isSet = list ? host.positional().length > 0 : value !== undefined;
  const colon = op?.startsWith(':') ?? false;
  const missing = !isSet || (colon && value === '');
  const piece = (text: string): Piece[] => [{ text, quoted: inDouble, split: !inDouble }];

  if (part.length) {
    if (!isSet && host.nounset && !list) unset(name, ex);
    const length = list ? host.positional().length : [...(value ?? '')].length;
    return piece(String(length));
  }
  switch (op) {
    case undefined:
      if (!isSet && host.nounset && !list && name !== '!') unset(name, ex);
      if (list) return positionalPieces(host, name, inDouble);
      return piece(value ?? '');
    case '-':
    case ':-':
      return missing ? ex.pieces(part.arg?.parts ?? [], inDouble) : piece(value ?? '');
    case '=':
    case ':=': {
      if (!missing) return piece(value ?? '');
      const assigned = ex.string(part.arg ?? { parts: [], raw: '' });
      if (/^[A-Za-z_]/.test(name)) host.assign(name, assigned);
      else throw new ExpansionError(`${name}: bad variable name`, 'substitution');
      return piece(assigned);
    }
    case '+':
    case ':+':
      return missing ? [] : ex.pieces(part.arg?.parts ?? [], inDouble);
    case '?':
    case ':?': {
      if (!missing) return piece(value ?? '');
      const text = part.arg && part.arg.raw !== '' ? ex.string(part.arg) : '';
      const fallback = colon ? 'parameter null or not set' : 'parameter not set';
      const message =
        text || (ex.dialect === 'bash' ? fallback : colon ? 'parameter not set or null' : fallback);
      throw new ExpansionError(`${name}: ${message}`, 'unset');
    }
    default:
      break;
  }
  // dash has neither ${x/a/b} nor ${x:1:2}: "Bad substitution", as Debian's /bin/sh says.
  const caseOp = op === '^^' || op === '^' || op === ',,' || op === ',';
  if (
    (ex.dialect === 'dash' && (op === 'substring' || op.startsWith('/'))) ||
    (caseOp && ex.dialect !== 'bash')
  )
    throw new ExpansionError('Bad substitution', 'substitution');
  if (!isSet && host.nounset && !list) unset(name, ex);
  const current = value ?? '';
  const pattern = part.arg ? ex.pattern(part.arg) : '';
  switch (op) {
    case '#':
    case '##':
      return piece(trimPattern(current, pattern, 'prefix', op === '##'));
    case '%':
    case '%%':
      return piece(trimPattern(current, pattern, 'suffix', op === '%%'));
    case '/':
    case '//':
    case '/#':
    case '/%': {
      const replacement = part.arg2 ? ex.string(part.arg2) : '';
      const mode = op === '/' ? 'first' : op === '//' ? 'all' : op === '/#' ? 'prefix' : 'suffix';
      return piece(replacePattern(current, pattern, replacement, mode));
    }
    case 'substring':
      return piece(substring(current, part, ex));
    case '^^':
      return piece(current.toUpperCase());
    case ',,':
      return piece(current.toLowerCase());
    case '^':
      return piece(current.charAt(0).toUpperCase() + current.slice(1));
    case ',':
      return piece(current.charAt(0).toLowerCase() + current.slice(1));
  }
  return piece(current);
}

function unset(name: string, ex: ParamExpander): never {
  throw new ExpansionError(
    `${name}: ${ex.dialect === 'bash' ? 'unbound variable' : 'parameter not set'}`,
    'unset',
  );
}

function joinPositional(host: ExpandHost, name: string, inDouble: boolean): string {
  const sep = name === '*' && inDouble ? ifsFirst(host) : ' ';
  return host.positional().join(sep);
}

function ifsFirst(host: ExpandHost): string {
  const ifs = host.lookup('IFS');
  return ifs === undefined ? ' ' : ifs.slice(0, 1);
}

/** `"$@"` is one quoted field per parameter; unquoted `$@` and `$*` split each one further. */
function positionalPieces(host: ExpandHost, name: string, inDouble: boolean): Piece[] {
  const params = host.positional();
  if (inDouble && name === '*')
    return [{ text: params.join(ifsFirst(host)), quoted: true, split: false }];
  const pieces: Piece[] = [];
  params.forEach((param, index) => {
    if (index > 0) pieces.push({ fieldBreak: true });
    pieces.push({ text: param, quoted: inDouble, split: !inDouble });
  });
  return pieces;
}

/** bash's `${x:offset:length}`. */
function substring(value: string, part: ParamPart, ex: ParamExpander): string {
  const arith = (word: Word | undefined): number => {
    if (!word) return 0;
    try {
      return Number(
        evaluateArith(ex.string(word), {
          get: (n) => ex.host.lookup(n),
          set: (n, v) => ex.host.assign(n, v),
        }),
      );
    } catch (error) {
      if (error instanceof ArithError) throw new ExpansionError(error.message, 'arith');
      throw error;
    }
  };
  const chars = [...value];
  let offset = arith(part.arg);
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  let length = part.arg2 ? arith(part.arg2) : chars.length - offset;
  if (length < 0) length = Math.max(0, chars.length - offset + length);
  return chars.slice(offset, offset + length).join('');
}
