/**
 * Escape sequences in values given on the command line (`-v x='a\tb'`, `-F '\t'`, operand
 * assignments), processed as in string constants: \n \t \r \\ \" \/ \a \b \f \v and octal
 * \ddd. Any other backslash stays as it is.
 */

export const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

export function unescapeValue(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    const next = text[i + 1] as string;
    out += ESCAPES[next] ?? `\\${next}`;
    i++;
  }
  return out;
}
