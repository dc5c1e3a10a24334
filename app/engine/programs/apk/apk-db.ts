/**
 * apk's database: /lib/apk/db/installed (one block per package: P: name, V: version,
 * I: installed size, D: dependencies, F:/R: directories and files), /etc/apk/world (what
 * was asked for) and the index cache in /var/cache/apk that `--no-cache` avoids.
 */
import type { Package } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { readText, writeText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex } from '../common/hash';

export const INSTALLED = '/lib/apk/db/installed';
export const WORLD = '/etc/apk/world';

export interface ApkEntry {
  name: string;
  version: string;
  installedSize: number;
  depends: string[];
  /** Absolute paths of files (and symlinks). */
  files: string[];
  block: string;
}

export function readInstalled(fs: FileSystem): Map<string, ApkEntry> {
  const entries = new Map<string, ApkEntry>();
  for (const block of (readText(fs, INSTALLED) ?? '').split(/\n\n+/)) {
    const lines = block.split('\n').filter(Boolean);
    const get = (key: string) => lines.find((l) => l.startsWith(`${key}:`))?.slice(2);
    const name = get('P');
    if (!name) continue;
    const files: string[] = [];
    let dir = '';
    for (const line of lines) {
      if (line.startsWith('F:')) dir = line.slice(2);
      else if (line.startsWith('R:')) files.push(`/${dir ? `${dir}/` : ''}${line.slice(2)}`);
    }
    entries.set(name, {
      name,
      version: get('V') ?? '',
      installedSize: Number(get('I') ?? '0') || 0,
      // so:/cmd:/pc: names stay: apk.ts resolves them to the installed package with that file.
      depends: (get('D') ?? '').split(' ').filter(Boolean),
      files,
      block: `${lines.join('\n')}\n`,
    });
  }
  return entries;
}

export function writeInstalled(fs: FileSystem, entries: Map<string, ApkEntry>): void {
  writeText(fs, INSTALLED, [...entries.values()].map((e) => e.block).join('\n') + '\n');
}

export function entryFor(
  pkg: Package,
  files: readonly string[],
  now: number,
  virtual = false,
): ApkEntry {
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = dirname(file).slice(1);
    byDir.set(dir, [...(byDir.get(dir) ?? []), file.slice(file.lastIndexOf('/') + 1)]);
  }
  const lines = [
    `C:Q1${base64OfHex(sha256Hex(`${pkg.name}-${pkg.version}`).slice(0, 40))}`,
    `P:${pkg.name}`,
    `V:${pkg.version}`,
    `A:${virtual ? 'noarch' : 'x86_64'}`,
    `S:${pkg.downloadSize}`,
    `I:${pkg.installedSize}`,
    `T:${pkg.summary}`,
    `t:${Math.floor(now / 1000)}`,
    ...(pkg.depends.length > 0 ? [`D:${pkg.depends.join(' ')}`] : []),
  ];
  for (const [dir, names] of [...byDir.entries()].sort()) {
    lines.push(`F:${dir}`);
    for (const name of names.sort()) lines.push(`R:${name}`);
  }
  return {
    name: pkg.name,
    version: pkg.version,
    installedSize: pkg.installedSize,
    depends: pkg.depends,
    files: [...files],
    block: `${lines.join('\n')}\n`,
  };
}

export function readWorld(fs: FileSystem): string[] {
  return (readText(fs, WORLD) ?? '').split(/\s+/).filter(Boolean);
}

export function writeWorld(fs: FileSystem, world: readonly string[]): void {
  writeText(fs, WORLD, [...new Set(world)].sort().join('\n') + '\n');
}
