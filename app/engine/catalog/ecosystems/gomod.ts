/**
 * Go modules as `go mod download` stores them under GOMODCACHE: the extracted module at
 * `<module>@<version>/` (read-only, as Go leaves it) and the download cache's .info, .mod,
 * .zip and .ziphash under `cache/download/<module>/@v/`.
 */
import { utf8Length } from '../../fs/node';
import type { Package, PackageFile } from '../types';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';

export interface GoRecord {
  name: string;
  version: string;
  kb: number;
  depends: string[];
  files: string[];
}

export function parseGoLines(text: string): Map<string, GoRecord> {
  const records = new Map<string, GoRecord>();
  for (const line of text.split('\n')) {
    const [head, files] = line.split('|');
    const [name, version, kb, ...depends] = (head ?? '').trim().split(' ');
    if (!name || !version) continue;
    records.set(name, {
      name,
      version,
      kb: Number(kb) || 0,
      depends,
      files: (files ?? '').split(' ').filter(Boolean),
    });
  }
  return records;
}

/** Module paths escape capitals in the cache ("github.com/BurntSushi" → "github.com/!burnt!sushi"). */
export function escapeModulePath(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

export function expandGo(record: GoRecord): Package {
  const dir = `${escapeModulePath(record.name)}@${record.version}`;
  const cache = `cache/download/${escapeModulePath(record.name)}/@v/${record.version}`;
  const gomod = `module ${record.name}\n\ngo 1.23\n`;
  const info = `{"Version":"${record.version}","Time":"2025-11-04T16:20:00Z"}`;
  const total = record.kb * 1024;
  const sizes = splitBytes(
    total,
    record.files.map((f) => jitter(f)),
  );
  const files: PackageFile[] = record.files.map((f, i) => ({
    path: `${dir}/${f}`,
    size: sizes[i] ?? 0,
    mode: 0o444,
  }));
  files.push(
    { path: `${cache}.info`, size: utf8Length(info), text: info },
    { path: `${cache}.mod`, size: utf8Length(gomod), text: gomod },
    { path: `${cache}.zip`, size: Math.round(total * 0.3) },
    { path: `${cache}.ziphash`, size: 47 },
  );
  return {
    ecosystem: 'go',
    name: record.name,
    version: record.version,
    depends: record.depends,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: Math.round(total * 0.3),
    files,
    summary: `Go module ${record.name}`,
  };
}
