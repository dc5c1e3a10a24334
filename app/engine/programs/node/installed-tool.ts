/**
 * Where a project's build tool (typescript, vite) is installed and at which version: Node
 * resolves `node_modules/<name>` from the working directory upwards, then the global prefix.
 * Also a lenient tsconfig reader, since tsconfig.json allows comments and trailing commas.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { readText } from '../common/fs-helpers';

/** The installed package's version, or undefined when Node would not find it from `cwd`. */
export function installedVersion(fs: FileSystem, cwd: string, name: string): string | undefined {
  const dirs: string[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    dirs.push(`${dir === '/' ? '' : dir}/node_modules`);
    if (dir === '/' || dir === '') break;
  }
  dirs.push('/usr/local/lib/node_modules');
  for (const dir of dirs) {
    const text = readText(fs, `${dir}/${name}/package.json`);
    if (text === undefined) continue;
    try {
      const version = (JSON.parse(text) as { version?: unknown }).version;
      if (typeof version === 'string') return version;
    } catch {
      // An unreadable package.json: Node would fail to load it; keep looking is harmless.
    }
  }
  return undefined;
}

/** JSON with // and /* comments and trailing commas, as tsconfig.json is written. */
export function readLooseJson(text: string): Record<string, unknown> | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  try {
    const value: unknown = JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
