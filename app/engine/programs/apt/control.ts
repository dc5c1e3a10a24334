/**
 * Debian control-file paragraphs (RFC 822 style), as in /var/lib/dpkg/status and
 * /var/lib/apt/extended_states: "Field: value" lines, continuation lines starting with a
 * space, paragraphs separated by blank lines. Field order is kept so a rewrite changes only
 * what changed.
 */

export type Paragraph = [field: string, value: string][];

export function parseParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    if (/^[ \t]/.test(line)) {
      const last = current[current.length - 1];
      if (last) last[1] += `\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

export function formatParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.map(([k, v]) => `${k}: ${v}\n`).join('') + '\n').join('');
}

export function field(paragraph: Paragraph, name: string): string | undefined {
  const lower = name.toLowerCase();
  return paragraph.find(([k]) => k.toLowerCase() === lower)?.[1];
}

export function withField(paragraph: Paragraph, name: string, value: string): Paragraph {
  const index = paragraph.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
  if (index === -1) return [...paragraph, [name, value]];
  return paragraph.map((entry, i) => (i === index ? [entry[0], value] : entry));
}

/** Package names in a Depends/Pre-Depends field: versions, architectures and alternatives dropped. */
export function dependencyNames(value: string | undefined): string[][] {
  if (!value) return [];
  return value
    .split(',')
    .map((group) =>
      group
        .split('|')
        .map((alt) => alt.trim().split(/[\s(:]/)[0] ?? '')
        .filter((name) => name !== ''),
    )
    .filter((alts) => alts.length > 0);
}
