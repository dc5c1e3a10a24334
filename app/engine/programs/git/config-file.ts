/**
 * git's configuration files (.git/config, ~/.gitconfig, /etc/gitconfig) in git's own ini
 * format: `[section]` or `[section "subsection"]` headers and tab-indented `name = value`
 * lines. Edits keep the rest of the file as it was, as git's config writer does.
 */

export interface ConfigKey {
  /** Lower-cased, as git compares it. */
  section: string;
  /** Case-sensitive; undefined for `[section]`. */
  subsection?: string;
  /** As the user spelled it (git writes it so); compared case-insensitively. */
  name: string;
}

export interface ConfigEntry {
  key: ConfigKey;
  value: string;
}

export type KeyError = { error: string; code: number };

/** `url.https://github.com/.insteadOf` → section url, subsection "https://github.com/", name insteadOf. */
export function parseKey(key: string): ConfigKey | KeyError {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first === -1) return { error: `error: key does not contain a section: ${key}\n`, code: 2 };
  if (last === key.length - 1)
    return { error: `error: key does not contain variable name: ${key}\n`, code: 2 };
  const section = key.slice(0, first);
  const name = key.slice(last + 1);
  if (!/^[A-Za-z0-9-]+$/.test(section) || !/^[A-Za-z][A-Za-z0-9-]*$/.test(name))
    return { error: `error: invalid key: ${key}\n`, code: 1 };
  const subsection = first === last ? undefined : key.slice(first + 1, last);
  return {
    section: section.toLowerCase(),
    name,
    ...(subsection === undefined ? {} : { subsection }),
  };
}

/** The canonical spelling `git config --list` prints: section and name lower-cased. */
export function keyText(key: ConfigKey): string {
  const sub = key.subsection === undefined ? '' : `.${key.subsection}`;
  return `${key.section}${sub}.${key.name.toLowerCase()}`;
}

function sameSection(a: ConfigKey, section: string, subsection: string | undefined): boolean {
  return a.section === section && a.subsection === subsection;
}

function sameKey(a: ConfigKey, b: ConfigKey): boolean {
  return sameSection(a, b.section, b.subsection) && a.name.toLowerCase() === b.name.toLowerCase();
}

interface Line {
  text: string;
  header?: { section: string; subsection?: string };
  entry?: ConfigEntry;
}

const HEADER = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/;
const VARIABLE = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/;

function parseLines(text: string): Line[] {
  const lines: Line[] = [];
  let section = '';
  let subsection: string | undefined;
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      const [, name = '', quoted] = header;
      const dot = name.indexOf('.');
      // The old `[section.subsection]` form: the subsection is lower-cased.
      section = (dot === -1 ? name : name.slice(0, dot)).toLowerCase();
      subsection =
        quoted !== undefined
          ? quoted.replace(/\\(.)/g, '$1')
          : dot === -1
            ? undefined
            : name.slice(dot + 1).toLowerCase();
      lines.push({
        text: line,
        header: { section, ...(subsection === undefined ? {} : { subsection }) },
      });
      continue;
    }
    const variable = section ? VARIABLE.exec(line) : null;
    if (variable) {
      const [, name = '', raw] = variable;
      const key = { section, name, ...(subsection === undefined ? {} : { subsection }) };
      lines.push({ text: line, entry: { key, value: raw === undefined ? 'true' : unquote(raw) } });
      continue;
    }
    lines.push({ text: line });
  }
  return lines;
}

/** A value as git reads it: quotes removed, escapes resolved, an unquoted comment dropped. */
function unquote(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '"') quoted = !quoted;
    else if (c === '\\') {
      const next = raw[++i] ?? '';
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'b' ? '\b' : next;
    } else if (!quoted && (c === '#' || c === ';')) break;
    else out += c;
  }
  return quoted ? out : out.trimEnd();
}

/** A value as git writes it: quoted when spaces at its ends or a comment character would be lost. */
function quote(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return /^\s|\s$|[#;]/.test(value) ? `"${escaped}"` : escaped;
}

export function configEntries(text: string): ConfigEntry[] {
  return parseLines(text).flatMap((l) => (l.entry ? [l.entry] : []));
}

export function valuesOf(text: string, key: ConfigKey): string[] {
  return configEntries(text)
    .filter((e) => sameKey(e.key, key))
    .map((e) => e.value);
}

function headerText(key: ConfigKey): string {
  if (key.subsection === undefined) return `[${key.section}]`;
  return `[${key.section} "${key.subsection.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
}

/**
 * The file with `key = value` set: the existing line replaced (`add` false), or a new line
 * at the end of the key's section, or a new section at the end of the file.
 */
export function withValue(text: string, key: ConfigKey, value: string, add: boolean): string {
  const lines = parseLines(text);
  const line = `\t${key.name} = ${quote(value)}`;
  const existing = lines.findIndex((l) => l.entry && sameKey(l.entry.key, key));
  if (!add && existing !== -1) {
    lines[existing] = { text: line };
    return lines.map((l) => l.text).join('\n');
  }
  let end = -1;
  let inSection = false;
  lines.forEach((l, i) => {
    if (l.header) inSection = sameSection(key, l.header.section, l.header.subsection);
    if (inSection && l.text.trim() !== '') end = i;
  });
  const body = lines.map((l) => l.text);
  if (end !== -1) {
    body.splice(end + 1, 0, line);
    return body.join('\n');
  }
  const start = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${start}${headerText(key)}\n${line}\n`;
}

/** The file without any `key` line (how many were removed alongside). */
export function withoutKey(text: string, key: ConfigKey): { text: string; removed: number } {
  const lines = parseLines(text);
  const kept = lines.filter((l) => !(l.entry && sameKey(l.entry.key, key)));
  return { text: kept.map((l) => l.text).join('\n'), removed: lines.length - kept.length };
}

/** The file without a whole `[section "subsection"]` and its lines (`git remote remove`). */
export function withoutSection(text: string, section: string, subsection: string): string {
  let inside = false;
  return parseLines(text)
    .filter((l) => {
      if (l.header) inside = l.header.section === section && l.header.subsection === subsection;
      return !inside;
    })
    .map((l) => l.text)
    .join('\n');
}
