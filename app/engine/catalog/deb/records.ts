/**
 * Reads the generated Debian package lines (data/debian/deb-<suite>-N.ts): one package a
 * line, "name version installed-KiB download-kB section[flags] depends...". Flags after the
 * section: "." Architecture all, "*" Essential, "!" required, "+" important, "~" standard.
 * A bookworm line whose depends is "=" has the same depends as the trixie package.
 */
export interface DebRecord {
  name: string;
  version: string;
  /** Installed-Size, KiB. */
  kb: number;
  /** Size of the .deb, kB (1000 bytes). */
  downloadKb: number;
  section: string;
  priority: 'required' | 'important' | 'standard' | 'optional';
  essential: boolean;
  archAll: boolean;
  depends: string[];
  /** Virtual package names this one Provides (set from the hand-written Provides lines). */
  provides?: string[];
}

export function parseDebLines(
  text: string,
  inherit?: ReadonlyMap<string, DebRecord>,
): Map<string, DebRecord> {
  const records = new Map<string, DebRecord>();
  for (const line of text.split('\n')) {
    const fields = line.trim().split(' ');
    const [name, version, kb, dl, sectionFlags, ...depends] = fields;
    if (!name || !version || !sectionFlags) continue;
    const section = sectionFlags.replace(/[.*!+~]+$/, '');
    const flags = sectionFlags.slice(section.length);
    const same = depends.length === 1 && depends[0] === '=';
    records.set(name, {
      name,
      version,
      kb: Number(kb) || 0,
      downloadKb: Number(dl) || 0,
      section,
      priority: flags.includes('!')
        ? 'required'
        : flags.includes('+')
          ? 'important'
          : flags.includes('~')
            ? 'standard'
            : 'optional',
      essential: flags.includes('*'),
      archAll: flags.includes('.'),
      depends: same ? [...(inherit?.get(name)?.depends ?? [])] : depends,
    });
  }
  return records;
}

/**
 * Adds Debian's Provides field to `records`: "name virtual..." lines, one package a line (the
 * generated package lines do not carry it). Names the records lack are skipped.
 */
export function applyProvides(records: Map<string, DebRecord>, text: string): void {
  for (const line of text.split('\n')) {
    const [name, ...virtuals] = line.trim().split(' ');
    const record = name ? records.get(name) : undefined;
    if (record && virtuals.length > 0)
      records.set(name as string, { ...record, provides: virtuals });
  }
}

/** "name|summary" lines. */
export function parseSummaries(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const bar = line.indexOf('|');
    if (bar > 0) map.set(line.slice(0, bar), line.slice(bar + 1));
  }
  return map;
}

/** A Debian release's records, by the name an Ubuntu borrowed line gives it. */
export type DebTables = Readonly<Record<string, ReadonlyMap<string, DebRecord>>>;

/**
 * Reads an Ubuntu release's package lines (data/debian/deb-<release>-apps-N.ts and
 * -borrowed-N.ts), where a borrowed package the Debian table holds byte for byte is a
 * reference rather than a copy: "name" is `primary`'s record of that name, "name release"
 * that release's. Full lines are read as `parseDebLines` does. References no table holds are
 * returned in `unresolved` (the generated data should have none).
 */
export function parseUbuntuLines(
  text: string,
  tables: DebTables,
  primary: string,
): { records: Map<string, DebRecord>; unresolved: string[] } {
  const records = new Map<string, DebRecord>();
  const unresolved: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(' ');
    const [name, release] = fields;
    if (!name) continue;
    if (fields.length > 2) {
      for (const [key, record] of parseDebLines(line)) records.set(key, record);
      continue;
    }
    const record = tables[release ?? primary]?.get(name);
    if (record) records.set(name, { ...record, depends: [...record.depends] });
    else unresolved.push(line.trim());
  }
  return { records, unresolved };
}
