/**
 * apt's sources, as apt reads them: /etc/apt/sources.list and /etc/apt/sources.list.d/*.list
 * in the one-line format (`deb [signed-by=...] https://nginx.org/packages/mainline/debian/
 * trixie nginx`), and /etc/apt/sources.list.d/*.sources in the deb822 format Debian's images
 * use (`Types:`, `URIs:`, `Suites:`, `Components:`, `Enabled:`). Files are read in name order,
 * sources.list first; `deb-src` entries and disabled ones are skipped.
 */
import type { FileSystem } from '../../fs/filesystem';
import { listDir, readText } from '../common/fs-helpers';

export interface SourceEntry {
  /** The URI without a trailing slash, as apt prints it. */
  url: string;
  suite: string;
  /** Empty for a flat repository (`deb file:/srv/debs ./`). */
  components: string[];
  /** The file that named it. */
  file: string;
}

const DIR = '/etc/apt/sources.list.d';

function trimUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** One-line entries: "deb [options] uri suite [component...]"; comments and deb-src skipped. */
export function parseOneLine(text: string, file: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const [, url = '', suite = '', rest = ''] = match;
    entries.push({ url: trimUrl(url), suite, components: rest.split(/\s+/).filter(Boolean), file });
  }
  return entries;
}

/** deb822 paragraphs; a field may continue on lines that start with a space. */
export function parseDeb822(text: string, file: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let key = '';
    for (const line of paragraph.split('\n')) {
      if (line.startsWith('#')) continue;
      if (/^\s/.test(line) && key) {
        fields.set(key, `${fields.get(key) ?? ''} ${line.trim()}`);
        continue;
      }
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      key = line.slice(0, colon).trim().toLowerCase();
      fields.set(key, line.slice(colon + 1).trim());
    }
    const words = (name: string) => (fields.get(name) ?? '').split(/\s+/).filter(Boolean);
    if (!words('types').includes('deb')) continue;
    if (/^(no|false|0)$/i.test(fields.get('enabled') ?? '')) continue;
    for (const url of words('uris'))
      for (const suite of words('suites'))
        entries.push({ url: trimUrl(url), suite, components: words('components'), file });
  }
  return entries;
}

export function readSources(fs: FileSystem): SourceEntry[] {
  const entries: SourceEntry[] = [];
  const main = readText(fs, '/etc/apt/sources.list');
  if (main !== undefined) entries.push(...parseOneLine(main, '/etc/apt/sources.list'));
  for (const name of [...listDir(fs, DIR)].sort()) {
    const path = `${DIR}/${name}`;
    const text = readText(fs, path);
    if (text === undefined) continue;
    if (name.endsWith('.list')) entries.push(...parseOneLine(text, path));
    else if (name.endsWith('.sources')) entries.push(...parseDeb822(text, path));
  }
  return entries;
}
