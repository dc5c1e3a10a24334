/**
 * Splits a scenario script into the units a person would type at the prompt: one command
 * line, together with its continuation lines (trailing backslash, an open quote) and the
 * bodies of its here-documents. Blank lines and comment lines between commands are dropped.
 */

const HEREDOC = /<<(-?)\s*(?:'([^']*)'|"([^"]*)"|\\?([A-Za-z0-9_.-]+))/g;

interface Scan {
  /** Quote still open at the end of the text: `'` or `"`, else ''. */
  openQuote: string;
  /** Here-document delimiters opened on this line, in order, with `<<-` noted. */
  heredocs: { word: string; strip: boolean }[];
}

/** Finds open quotes and heredoc operators outside quotes (a tokenizer's view, not a parser's). */
function scanLine(text: string, openQuote: string): Scan {
  let quote = openQuote;
  const heredocs: Scan['heredocs'] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) break;
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m && m.index === i) {
        heredocs.push({ word: m[2] ?? m[3] ?? m[4] ?? '', strip: m[1] === '-' });
        i = HEREDOC.lastIndex - 1;
      }
    }
  }
  return { openQuote: quote, heredocs };
}

export function splitScript(script: string): string[] {
  const lines = script.replace(/\r\n/g, '\n').split('\n');
  const units: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as string;
    if (first.trim() === '' || first.trim().startsWith('#')) {
      i++;
      continue;
    }
    const unit: string[] = [];
    let openQuote = '';
    const pending: Scan['heredocs'] = [];
    for (;;) {
      const line = lines[i] ?? '';
      unit.push(line);
      i++;
      const scan = scanLine(line, openQuote);
      openQuote = scan.openQuote;
      pending.push(...scan.heredocs);
      const continues =
        openQuote !== '' || /(^|[^\\])(\\\\)*\\$/.test(line) || /(\|\||&&|\|)\s*$/.test(line);
      if (continues && i < lines.length) continue;
      // Here-document bodies follow the command line they were opened on.
      for (const doc of pending) {
        while (i < lines.length) {
          const body = lines[i] as string;
          unit.push(body);
          i++;
          if ((doc.strip ? body.replace(/^\t+/, '') : body) === doc.word) break;
        }
      }
      break;
    }
    units.push(unit.join('\n'));
  }
  return units;
}
