/**
 * What the front-end build tools (vite, next, react-scripts, astro, ng) share when they
 * write a bundle: walking the sources, content-hashed file names, copying public/ as it is,
 * emptying the output folder first, and the project's dependencies (which set bundle sizes).
 */
import type { ProgramIO } from '../../shell/program';
import {
  fileSize,
  isDir,
  isFile,
  listDir,
  readText,
  removeTree,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { readLooseJson } from './installed-tool';

export interface SourceFile {
  path: string;
  size: number;
}

/** Every file under `dir` (none when it does not exist), depth first. */
export function walk(io: ProgramIO, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of listDir(io.fs, dir)) {
    const path = `${dir}/${name}`;
    if (isDir(io.fs, path)) out.push(...walk(io, path));
    else if (isFile(io.fs, path)) out.push({ path, size: fileSize(io.fs, path) });
  }
  return out;
}

/** Hex digits as the URL-safe base64 that Rollup and Vite put in asset names. */
export function base64Url(hex: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i + 3 <= hex.length; i += 3) {
    const n = Number.parseInt(hex.slice(i, i + 3), 16);
    out += (alphabet[n >> 6] ?? '') + (alphabet[n & 63] ?? '');
  }
  return out;
}

/** A content hash of `length` hex digits (webpack's [contenthash:8], Angular's 8 capitals). */
export function hexHash(seed: string, length = 8): string {
  return sha256Hex(seed).slice(0, length);
}

/** Empties `dir` (keeping the folder itself), as the tools clean their output first. */
export function emptyDir(io: ProgramIO, dir: string): void {
  if (isDir(io.fs, dir))
    for (const name of listDir(io.fs, dir)) removeTree(io.fs, `${dir}/${name}`);
}

/** Copies every file under `from` to the same place under `to` (public/ into the bundle). */
export function copyTree(io: ProgramIO, from: string, to: string): string[] {
  const copied: string[] = [];
  for (const file of walk(io, from)) {
    const rel = file.path.slice(from.length + 1);
    const text = readText(io.fs, file.path);
    if (text !== undefined) writeText(io.fs, `${to}/${rel}`, text);
    else writeBlob(io.fs, `${to}/${rel}`, `copy:${file.path}`, file.size);
    copied.push(rel);
  }
  return copied;
}

/** The names in package.json's dependencies (and devDependencies when asked). */
export function dependencyNames(io: ProgramIO, root: string, dev = false): string[] {
  const json = readLooseJson(readText(io.fs, `${root}/package.json`) ?? '');
  const names: string[] = [];
  for (const field of dev ? ['dependencies', 'devDependencies'] : ['dependencies']) {
    const deps = json?.[field];
    if (deps && typeof deps === 'object') names.push(...Object.keys(deps));
  }
  return names;
}

/** Minified bytes a framework adds to a client bundle (react-dom dominates a React app). */
export const FRAMEWORK_BYTES: Record<string, number> = {
  'react-dom': 136_000,
  react: 7_000,
  vue: 60_000,
  svelte: 8_000,
  'vue-router': 25_000,
  'react-router-dom': 60_000,
};

/** Estimated minified client JavaScript: the app's code shrunk, plus its libraries. */
export function bundleBytes(sources: SourceFile[], deps: string[]): number {
  return (
    Math.round(sources.reduce((sum, s) => sum + s.size, 0) * 0.6) +
    deps.reduce((sum, d) => sum + (FRAMEWORK_BYTES[d] ?? 2_000), 0) +
    1_500
  );
}

/** A rough gzip size for minified JavaScript or CSS. */
export function gzipBytes(bytes: number): number {
  return Math.round(bytes * 0.32) + 20;
}

/** Seconds with the precision the tools print: `850ms`, `2.41s`. */
export function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)}s` : `${ms}ms`;
}
