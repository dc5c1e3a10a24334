/**
 * What Sprockets 4 precompiles in a Rails app: the link manifest app/assets/config/manifest.js
 * (logical path `manifest.js`, written like any asset: its compiled body is what follows the
 * directive header, empty for the generated one) and, in directive order, what it links:
 * `link_tree DIR [.ext]` (every file under DIR), `link_directory DIR [.ext]` (DIR's own
 * files) and `link LOGICAL_PATH`. A logical path is relative to the asset path holding the
 * file: each directory of app/assets (so app/assets/config/manifest.js is `manifest.js`),
 * app/javascript and vendor/javascript (importmap-rails adds both).
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname, resolvePath } from '../../fs/path';
import { fileSize, isDir, isFile, listDir, readText, walkFiles } from '../common/fs-helpers';

export const LINK_MANIFEST = 'app/assets/config/manifest.js';

export interface SourceFile {
  path: string;
  size: number;
}

/** The asset paths of an app, in Sprockets' search order. */
function assetPaths(fs: FileSystem, root: string): string[] {
  const appAssets = `${root}/app/assets`;
  return [
    ...listDir(fs, appAssets)
      .map((d) => `${appAssets}/${d}`)
      .filter((d) => isDir(fs, d)),
    `${root}/app/javascript`,
    `${root}/vendor/javascript`,
  ];
}

/** The logical path of a file under one of the app's asset paths, or undefined. */
export function logicalPath(fs: FileSystem, root: string, path: string): string | undefined {
  const base = assetPaths(fs, root).find((p) => path.startsWith(`${p}/`));
  return base === undefined ? undefined : path.slice(base.length + 1);
}

/** The size of the manifest's compiled body: its directive and comment header removed. */
export function compiledManifestSize(text: string): number {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => !/^\s*(\/\/.*)?$/.test(l));
  return header < 0 ? 0 : lines.slice(header).join('\n').length;
}

/** The files the link manifest links, in directive order, each once. */
export function linkedFiles(fs: FileSystem, root: string): SourceFile[] {
  const manifest = `${root}/${LINK_MANIFEST}`;
  const out = new Map<string, SourceFile>();
  const add = (files: SourceFile[], ext: string | undefined) => {
    for (const f of files)
      if (f.path !== manifest && (!ext || f.path.endsWith(ext))) out.set(f.path, f);
  };
  for (const line of (readText(fs, manifest) ?? '').split('\n')) {
    const m = /^\s*\/\/=\s*(link_tree|link_directory|link)\s+(\S+)(?:\s+(\S+))?/.exec(line);
    if (!m) continue;
    const [, directive, arg = '', ext] = m;
    if (directive === 'link') {
      const found = assetPaths(fs, root)
        .map((p) => `${p}/${arg}`)
        .find((p) => isFile(fs, p));
      if (found) add([{ path: found, size: fileSize(fs, found) }], undefined);
      continue;
    }
    const dir = resolvePath(dirname(manifest), arg);
    const files = walkFiles(fs, dir);
    add(directive === 'link_tree' ? files : files.filter((f) => dirname(f.path) === dir), ext);
  }
  return [...out.values()];
}
