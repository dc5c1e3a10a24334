/**
 * Turns one joined instruction line into BuildKit's node values. Each keyword has its own
 * rule (BuildKit's dispatch table): JSON-or-shell for RUN/CMD/ENTRYPOINT/SHELL, JSON-or-list
 * for COPY/ADD/VOLUME, key/value for ENV and LABEL, quote-keeping words for ARG, whitespace
 * lists for FROM and EXPOSE, the whole text for USER/WORKDIR/STOPSIGNAL/MAINTAINER, a nested
 * instruction for ONBUILD. Unknown keywords parse to one empty value: the error comes later,
 * when the instruction is turned into a command, exactly as in BuildKit.
 */
import { goQuote, isAsciiSpace } from '../go-text';
import { NOT_STRING_ARRAY, parseJsonArray } from './json-form';
import { splitCommand } from './split-command';
import { parseWords } from './words';

export interface ParsedLine {
  rawKeyword: string;
  flags: string[];
  args: string[];
  json: boolean;
  /** ONBUILD's wrapped instruction. */
  inner?: ParsedLine;
}

type LineResult = { ok: true; value: ParsedLine } | { ok: false; error: string };
type ArgsResult =
  { ok: true; args: string[]; json: boolean; inner?: ParsedLine } | { ok: false; error: string };

const WHITESPACE = /[\t\v\f\r ]+/;

function whitespaceList(rest: string): string[] {
  return rest === '' ? [] : rest.split(WHITESPACE);
}

function maybeJson(rest: string): ArgsResult {
  if (rest === '') return { ok: true, args: [], json: false };
  const parsed = parseJsonArray(rest);
  if (parsed.kind === 'array') return { ok: true, args: parsed.items, json: true };
  if (parsed.kind === 'not-strings') return { ok: false, error: NOT_STRING_ARRAY };
  return { ok: true, args: [rest], json: false };
}

function maybeJsonToList(rest: string): ArgsResult {
  const parsed = parseJsonArray(rest);
  if (parsed.kind === 'array') return { ok: true, args: parsed.items, json: true };
  if (parsed.kind === 'not-strings') return { ok: false, error: NOT_STRING_ARRAY };
  return { ok: true, args: whitespaceList(rest), json: false };
}

/**
 * ENV and LABEL: `KEY value with spaces` (legacy, when the first word has no `=`) or
 * `k=v k2=v2`. Each pair becomes three values: key, value and the separator ('' or '=').
 */
function nameValue(rest: string, keyword: string, escapeToken: string): ArgsResult {
  const words = parseWords(rest, escapeToken);
  const first = words[0];
  if (first === undefined) return { ok: true, args: [], json: false };
  if (!first.includes('=')) {
    const match = WHITESPACE.exec(rest);
    if (!match) return { ok: false, error: `${keyword} must have two arguments` };
    const key = rest.slice(0, match.index);
    const value = rest.slice(match.index + match[0].length);
    return { ok: true, args: [key, value, ''], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      return {
        ok: false,
        error: `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`,
      };
    }
    args.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return { ok: true, args, json: false };
}

function healthConfig(rest: string): ArgsResult {
  let sep = 0;
  while (sep < rest.length && !isAsciiSpace(rest.charAt(sep))) sep++;
  let next = sep;
  while (next < rest.length && isAsciiSpace(rest.charAt(next))) next++;
  if (sep === 0) return { ok: true, args: [], json: false };
  const command = maybeJson(rest.slice(next));
  if (!command.ok) return command;
  return { ok: true, args: [rest.slice(0, sep), ...command.args], json: command.json };
}

function dispatch(keyword: string, rest: string, escapeToken: string): ArgsResult {
  switch (keyword) {
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJsonToList(rest);
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return maybeJson(rest);
    case 'arg':
      return { ok: true, args: parseWords(rest, escapeToken), json: false };
    case 'env':
      return nameValue(rest, 'ENV', escapeToken);
    case 'label':
      return nameValue(rest, 'LABEL', escapeToken);
    case 'expose':
    case 'from':
      return { ok: true, args: whitespaceList(rest), json: false };
    case 'healthcheck':
      return healthConfig(rest);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { ok: true, args: rest === '' ? [] : [rest], json: false };
    case 'onbuild': {
      if (rest === '') return { ok: true, args: [], json: false };
      const inner = parseInstructionLine(rest, escapeToken);
      if (!inner.ok) return inner;
      return {
        ok: true,
        args: [inner.value.rawKeyword, ...inner.value.args],
        json: false,
        inner: inner.value,
      };
    }
    default:
      // BuildKit keeps unknown instructions with one empty value and rejects them later.
      return { ok: true, args: [''], json: false };
  }
}

export function parseInstructionLine(line: string, escapeToken: string): LineResult {
  const { keyword, flags, rest } = splitCommand(line);
  const parsed = dispatch(keyword.toLowerCase(), rest, escapeToken);
  if (!parsed.ok) return parsed;
  const value: ParsedLine = { rawKeyword: keyword, flags, args: parsed.args, json: parsed.json };
  if (parsed.inner) value.inner = parsed.inner;
  return { ok: true, value };
}
