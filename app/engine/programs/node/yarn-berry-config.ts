/**
 * Yarn Berry's settings as a Docker build sets them: the project's `.yarnrc.yml`, the home
 * folder's `~/.yarnrc.yml` and `YARN_*` variables (variables win, then the project's file),
 * with Yarn's defaults where nothing is set. Yarn 4 defaults to the global cache
 * (`~/.yarn/berry/cache`); Yarn 3 to the project's `.yarn/cache`. Only the settings the
 * install, the linkers and the version switch read are modelled.
 */
import type { ProgramIO } from '../../shell/program';
import { readText } from '../common/fs-helpers';

export type NodeLinker = 'pnp' | 'node-modules' | 'pnpm';

export interface BerryConfig {
  nodeLinker: NodeLinker;
  enableGlobalCache: boolean;
  /** Where the zip archives go: `<global folder>/cache` or the project's cache folder. */
  cacheDir: string;
  enableImmutableInstalls: boolean;
  /** The plugins `.yarnrc.yml` lists (paths and specs, as written). */
  plugins: string[];
}

/** The top-level `key: value` pairs of a .yarnrc.yml (quotes removed) and its plugin list. */
export function parseYarnrc(text: string): { values: Map<string, string>; plugins: string[] } {
  const values = new Map<string, string>();
  const plugins: string[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const top = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (top) {
      section = top[1] as string;
      if (top[2] !== '') values.set(section, unquote(top[2] as string));
      continue;
    }
    const item = /^\s+(?:-\s+)?(?:(?:path|spec)\s*:\s*)?(.+?)\s*$/.exec(line);
    if (section === 'plugins' && item && !/^\s+checksum\s*:/.test(line))
      plugins.push(unquote(item[1] as string));
  }
  return { values, plugins };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? (m[2] as string) : value.replace(/\s+#.*$/, '');
}

/** The folder whose package.json is nearest to cwd (the project Yarn acts on), else cwd. */
export function projectDir(io: ProgramIO): string {
  for (let dir = io.cwd; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    if (io.fs.stat(`${dir === '/' ? '' : dir}/package.json`).ok) return dir;
    if (dir === '/') return io.cwd;
  }
}

function home(io: ProgramIO): string {
  return io.env.HOME ?? io.user.home;
}

/** A setting from YARN_<NAME> (camelCase to SCREAMING_SNAKE), the project's rc or the home rc. */
export function yarnSetting(io: ProgramIO, project: string, key: string): string | undefined {
  const envKey = `YARN_${key.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
  const dir = project === '/' ? '' : project;
  return (
    io.env[envKey] ??
    parseYarnrc(readText(io.fs, `${dir}/.yarnrc.yml`) ?? '').values.get(key) ??
    parseYarnrc(readText(io.fs, `${home(io)}/.yarnrc.yml`) ?? '').values.get(key)
  );
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === 'true' || value === '1';
}

function isCi(io: ProgramIO): boolean {
  const ci = io.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function berryConfig(io: ProgramIO, project: string, major: number): BerryConfig {
  const get = (key: string) => yarnSetting(io, project, key);
  const linker = get('nodeLinker');
  const enableGlobalCache = bool(get('enableGlobalCache'), major >= 4);
  const globalFolder = get('globalFolder') ?? `${home(io)}/.yarn/berry`;
  const local = get('cacheFolder') ?? './.yarn/cache';
  const dir = project === '/' ? '' : project;
  const cacheDir = enableGlobalCache
    ? `${globalFolder}/cache`
    : local.startsWith('/')
      ? local
      : `${dir}/${local.replace(/^\.\//, '')}`;
  const rcText = readText(io.fs, `${dir}/.yarnrc.yml`) ?? '';
  return {
    nodeLinker: linker === 'node-modules' || linker === 'pnpm' ? linker : 'pnp',
    enableGlobalCache,
    cacheDir,
    enableImmutableInstalls: bool(get('enableImmutableInstalls'), isCi(io)),
    plugins: parseYarnrc(rcText).plugins,
  };
}

/** Replaces (or adds) one top-level key of .yarnrc.yml, keeping the rest as written. */
export function setYarnrcValue(text: string, key: string, value: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const at = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  const entry = `${key}: ${value}`;
  if (at >= 0) lines[at] = entry;
  else lines.push(entry);
  const entries = lines.filter((l) => l.trim() !== '');
  // Yarn writes the file with its keys sorted and a blank line between top-level entries;
  // a file with nested sections is only appended to (its layout is the author's).
  if (!entries.every((l) => /^[A-Za-z]/.test(l))) return `${lines.join('\n')}\n`;
  return `${[...entries].sort().join('\n\n')}\n`;
}
