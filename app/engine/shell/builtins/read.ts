/**
 * `read [-r] [-p prompt] [name...]`: one line of stdin, split on IFS into the names (the last
 * takes the rest). Without -r, a backslash escapes the next character and joins lines.
 * Returns 1 at end of input, after assigning what it got.
 */
import { readLine } from '../exec/io';
import type { Shell } from '../exec/shell';

export function readBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  let raw = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-r') raw = true;
    else if (arg === '-p' || arg === '-t' || arg === '-n' || arg === '-d' || arg === '-u') {
      if (arg === '-p') sh.stderr(args[i + 1] ?? '');
      i++;
    } else if (/^-[rs]+$/.test(arg)) raw ||= arg.includes('r');
    else if (arg !== '--') names.push(arg);
  }
  if (names.length === 0) names.push('REPLY');
  const source = sh.fds.get(0)?.source;
  let line = '';
  let complete = false;
  for (;;) {
    const got = readLine(source);
    if (!got) break;
    complete = got.complete;
    if (!raw && got.line.endsWith('\\') && !got.line.endsWith('\\\\') && got.complete) {
      line += got.line.slice(0, -1);
      continue;
    }
    line += got.line;
    break;
  }
  const ifs = sh.state.get('IFS') ?? ' \t\n';
  const values = splitFields(raw ? line : line, names.length, ifs, raw);
  names.forEach((name, index) => sh.assign(name, values[index] ?? ''));
  return complete ? 0 : 1;
}

/** Splits a read line into `count` values; the last one keeps the rest of the line. */
function splitFields(line: string, count: number, ifs: string, raw: boolean): string[] {
  const isWhite = (ch: string): boolean => ifs.includes(ch) && ' \t\n'.includes(ch);
  const isSep = (ch: string): boolean => ifs.includes(ch);
  const chars = [...line];
  const escaped: boolean[] = [];
  const text: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!raw && chars[i] === '\\' && i + 1 < chars.length) {
      text.push(chars[++i] as string);
      escaped.push(true);
    } else {
      text.push(chars[i] as string);
      escaped.push(false);
    }
  }
  const values: string[] = [];
  let i = 0;
  while (i < text.length && isWhite(text[i] as string) && !escaped[i]) i++;
  while (values.length < count - 1 && i < text.length) {
    let value = '';
    while (i < text.length && (escaped[i] || !isSep(text[i] as string))) value += text[i++];
    values.push(value);
    while (i < text.length && isWhite(text[i] as string) && !escaped[i]) i++;
    if (i < text.length && isSep(text[i] as string) && !escaped[i]) {
      i++;
      while (i < text.length && isWhite(text[i] as string) && !escaped[i]) i++;
    }
  }
  let end = text.length;
  while (end > i && isWhite(text[end - 1] as string) && !escaped[end - 1]) end--;
  values.push(text.slice(i, end).join(''));
  return values;
}
