/**
 * The build context as the editor sees it: the files under the laptop's home folder, read
 * from the world after every command. Text files are editable; files the simulation holds
 * only as a blob (a binary written by a program) are listed with their size.
 */
import { childNames, childOf, type DirNode } from '../engine/fs/node';
import { getAt } from '../engine/fs/tree';
import { splitPath } from '../engine/fs/path';
import { DEFAULT_HOST } from '../engine/host/world';
import type { HostState, World } from '../engine/host/state';

export interface ContextFile {
  /** Relative to the home folder: `Dockerfile`, `src/app.py`. */
  path: string;
  size: number;
  /** The content, or null for a file the simulation holds only as a blob. */
  text: string | null;
}

/** Deep folders and huge trees (a `node_modules` someone made) are cut off: this is a file list. */
const MAX_DEPTH = 6;
const MAX_FILES = 300;

/** The host whose home folder the editor edits: the laptop, whatever `ssh` did. */
export function editorHost(world: World): HostState | undefined {
  return world.hosts[DEFAULT_HOST];
}

export function contextFiles(world: World): ContextFile[] {
  const host = editorHost(world);
  if (!host) return [];
  const home = getAt(host.fs, splitPath(host.home));
  if (!home || home.kind !== 'dir') return [];
  const files: ContextFile[] = [];
  walk(home, '', 0, files);
  return files;
}

function walk(dir: DirNode, prefix: string, depth: number, out: ContextFile[]): void {
  for (const name of childNames(dir)) {
    if (out.length >= MAX_FILES) return;
    const node = childOf(dir, name);
    const path = prefix + name;
    if (!node) continue;
    if (node.kind === 'file') {
      out.push({ path, size: node.size, text: node.text ?? (node.blob ? null : '') });
    } else if (node.kind === 'dir' && depth < MAX_DEPTH) {
      walk(node, path + '/', depth + 1, out);
    }
  }
}

/** The text of one context file, or undefined when it is missing or not text. */
export function fileText(files: readonly ContextFile[], path: string): string | undefined {
  const file = files.find((f) => f.path === path);
  return file?.text ?? undefined;
}

/** Whether the terminal is at the laptop's own prompt (not in a container, not on another host). */
export function atLaptopPrompt(world: World, attachments: readonly unknown[]): boolean {
  return attachments.length === 0 && world.current === DEFAULT_HOST;
}

/** The laptop's working directory and home, for writing paths the way a person would. */
export function laptopDirs(world: World): { cwd: string; home: string } | undefined {
  const host = editorHost(world);
  return host ? { cwd: host.cwd, home: host.home } : undefined;
}
