/**
 * The files nginx reads as its configuration: the main file (`-c`, /etc/nginx/nginx.conf by
 * default) and every file an `include` names, in the order nginx parses them: where the
 * directive stands, a pattern's matches sorted as glob(3) returns them, a relative path taken
 * from the main file's folder (nginx's conf prefix). `nginx -T` dumps them; a named file that
 * cannot be opened is the `[emerg]` that stops `-t` and the server. The directives themselves
 * are not checked (an unknown directive or a missing `;` passes).
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import { globPaths } from '../../shell/expand/glob';
import { hasGlobChars } from '../../shell/expand/pattern';

export interface ConfigFile {
  path: string;
  text: string;
}

export type ConfigFiles =
  | { ok: true; files: ConfigFile[] }
  /** nginx's `[emerg]` text: `open() "/etc/nginx/x.conf" failed (2: ...) in FILE:LINE`. */
  | { ok: false; error: string };

/** nginx's include depth is bounded by its own stack; this stops an include cycle. */
const MAX_DEPTH = 32;

const INCLUDE = /^\s*include\s+(?:"([^"]+)"|'([^']+)'|([^\s;]+))\s*;/;

function openFailed(fs: FileSystem, path: string): string {
  const reason = fs.stat(path).ok ? '13: Permission denied' : '2: No such file or directory';
  return `open() "${path}" failed (${reason})`;
}

export function nginxConfigFiles(fs: FileSystem, confPath: string): ConfigFiles {
  const prefix = confPath.slice(0, confPath.lastIndexOf('/') + 1) || '/';
  const files: ConfigFile[] = [];
  const seen = new Set<string>();
  let error: string | undefined;

  const read = (path: string, from: string | undefined, depth: number): void => {
    const content = fs.readFile(path);
    if (!content.ok) {
      error = openFailed(fs, path) + (from ? ` in ${from}` : '');
      return;
    }
    const text = content.value.text ?? '';
    // nginx dumps a file once, however often it is included.
    if (!seen.has(path)) files.push({ path, text });
    seen.add(path);
    if (depth >= MAX_DEPTH) return;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && error === undefined; i++) {
      const m = INCLUDE.exec((lines[i] as string).replace(/#.*/, ''));
      if (!m) continue;
      const named = resolvePath(prefix, (m[1] ?? m[2] ?? m[3]) as string);
      const at = `${path}:${i + 1}`;
      if (!hasGlobChars(named)) read(named, at, depth + 1);
      else
        for (const match of globPaths(fs, '/', named))
          if (error === undefined) read(match, at, depth + 1);
    }
  };

  read(confPath, undefined, 0);
  return error === undefined ? { ok: true, files } : { ok: false, error };
}
