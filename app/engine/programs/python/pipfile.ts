/**
 * A Pipfile as Pipenv reads it: found in the working directory or up to PIPENV_MAX_DEPTH (3)
 * levels above it (or at PIPENV_PIPFILE); `[[source]]`, `[packages]`, `[dev-packages]` and
 * custom categories, `[requires] python_version`, `[scripts]`. Its hash (what Pipfile.lock's
 * `_meta.hash.sha256` records) is plette's `Pipfile.get_hash()`: the sha256 of Python's
 * `json.dumps(data, sort_keys=True, separators=(",", ":"))` of `{"_meta": {"sources",
 * "requires"}, "default": packages, "develop": dev-packages, <custom categories>}`, with
 * plette's default source put in when the file has none. The project's virtualenv is named
 * `<directory name>-<first 8 characters of the urlsafe base64 of the first 6 bytes of the
 * sha256 of the Pipfile's path>`.
 */
import type { FileSystem } from '../../fs/filesystem';
import { absolute, readText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex } from '../common/hash';
import { parseToml, tomlString, tomlTable, tomlTables, type TomlTable } from '../rust/toml';
import type { PoetryDependency } from './poetry-project';
import { pythonJson } from './poetry-hash';
import { parseSpecifiers } from './requirements';

export const DEFAULT_SOURCE_TOML =
  '[[source]]\nname = "pypi"\nurl = "https://pypi.org/simple"\nverify_ssl = true\n';

/** Sections that are no package categories (plette's PIPFILE_SECTIONS and Pipenv's own). */
const NOT_CATEGORIES = new Set(['source', 'requires', 'scripts', 'pipfile', 'pipenv']);

export interface Pipfile {
  /** The Pipfile's path ("/app/Pipfile") and the project directory. */
  path: string;
  dir: string;
  text: string;
  toml: TomlTable;
  /** Package categories in file order ("packages", "dev-packages", custom ones). */
  categories: Map<string, PoetryDependency[]>;
  /** Entries Pipenv installs that the simulation does not (paths, VCS): named in a note. */
  unmodelled: string[];
  pythonVersion?: string;
  scripts: Record<string, string>;
  sources: TomlTable[];
}

export type PipfileRead = { ok: true; pipfile: Pipfile } | { ok: false; error: string };

/** Where Pipenv finds the Pipfile: PIPENV_PIPFILE, else cwd and up to 3 parents. */
export function locatePipfile(
  fs: FileSystem,
  cwd: string,
  env: Readonly<Record<string, string>>,
): string | undefined {
  if (env.PIPENV_PIPFILE) {
    const path = absolute(cwd, env.PIPENV_PIPFILE);
    return readText(fs, path) !== undefined ? path : undefined;
  }
  const depth = Number(env.PIPENV_MAX_DEPTH ?? '3') || 3;
  const parts = cwd.split('/').filter(Boolean);
  for (let up = 0; up <= depth && up <= parts.length; up++) {
    const dir = parts.slice(0, parts.length - up).join('/');
    const path = `${dir ? `/${dir}` : ''}/Pipfile`;
    if (readText(fs, path) !== undefined) return path;
  }
  return undefined;
}

function entryOf(name: string, value: unknown): PoetryDependency | undefined {
  const specText = (v: unknown) => (typeof v === 'string' && v.trim() !== '*' ? v : '');
  if (typeof value === 'string') {
    const spec = specText(value);
    return { name, constraint: value, specs: parseSpecifiers(spec), optional: false };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const table = value as TomlTable;
  if (['path', 'file', 'git', 'hg', 'svn', 'bzr'].some((k) => k in table)) return undefined;
  const version = tomlString(table, 'version') ?? '*';
  const markers = tomlString(table, 'markers');
  return {
    name,
    constraint: version,
    specs: parseSpecifiers(specText(version)),
    optional: false,
    ...(markers ? { markers } : {}),
  };
}

export function readPipfile(fs: FileSystem, path: string): PipfileRead {
  const text = readText(fs, path);
  if (text === undefined) return { ok: false, error: `${path} not found!` };
  return parsePipfile(path, text);
}

/** A Pipfile's text, as if it were at `path`. */
export function parsePipfile(path: string, text: string): PipfileRead {
  const parsed = parseToml(text);
  if (!parsed.ok)
    return { ok: false, error: `Failed to parse Pipfile: line ${parsed.line}: ${parsed.error}` };
  const toml = parsed.value;
  const categories = new Map<string, PoetryDependency[]>();
  const unmodelled: string[] = [];
  for (const [section, value] of Object.entries(toml)) {
    if (NOT_CATEGORIES.has(section) || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries: PoetryDependency[] = [];
    for (const [name, spec] of Object.entries(value)) {
      const entry = entryOf(name, spec);
      if (entry) entries.push(entry);
      else unmodelled.push(name);
    }
    categories.set(section, entries);
  }
  const scripts: Record<string, string> = {};
  for (const [key, value] of Object.entries(tomlTable(toml, 'scripts') ?? {}))
    if (typeof value === 'string') scripts[key] = value;
  const requires = tomlTable(toml, 'requires');
  const pythonVersion =
    tomlString(requires, 'python_full_version') ?? tomlString(requires, 'python_version');
  const sources = tomlTables(toml, 'source');
  return {
    ok: true,
    pipfile: {
      path,
      dir: path.slice(0, path.lastIndexOf('/')) || '/',
      text,
      toml,
      categories,
      unmodelled,
      ...(pythonVersion && pythonVersion !== '*' ? { pythonVersion } : {}),
      scripts,
      sources: sources.length > 0 ? sources : defaultSources(),
    },
  };
}

function defaultSources(): TomlTable[] {
  const parsed = parseToml(DEFAULT_SOURCE_TOML);
  return parsed.ok ? tomlTables(parsed.value, 'source') : [];
}

/** Pipfile.lock's `_meta.hash.sha256` for this Pipfile (plette's get_hash). */
export function pipfileHash(toml: TomlTable): string {
  const data: TomlTable = {
    _meta: {
      sources: toml.source ?? defaultSources(),
      requires: toml.requires ?? {},
    },
    default: toml.packages ?? {},
    develop: toml['dev-packages'] ?? {},
  };
  for (const [key, value] of Object.entries(toml))
    if (
      !NOT_CATEGORIES.has(key) &&
      !['packages', 'dev-packages', 'default', 'develop'].includes(key)
    )
      data[key] = value;
  return sha256Hex(pythonJson(data, [',', ':']));
}

/** `app-4PlAip0Q`: the virtualenv's name for the project whose Pipfile is at `path`. */
export function virtualenvName(path: string): string {
  const dir = path.slice(0, path.lastIndexOf('/'));
  const name = (dir.split('/').pop() || '').replace(/[ &$`!*@"()[\]\\\r\n\t]/g, '_').slice(0, 42);
  const hash = base64OfHex(sha256Hex(path).slice(0, 12))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .slice(0, 8);
  return `${name}-${hash}`;
}

/** The lock's section for a Pipfile category ("packages" → "default"). */
export function lockSection(category: string): string {
  return category === 'packages' ? 'default' : category === 'dev-packages' ? 'develop' : category;
}

/** The Pipfile `pipenv install` writes when there is none. */
export function newPipfileText(pythonMinor: string): string {
  return `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\n\n[dev-packages]\n\n[requires]\npython_version = "${pythonMinor}"\n`;
}

/**
 * The Pipfile's text with `name = "spec"` in `[category]` (replacing an entry of that name),
 * as `pipenv install NAME` writes it; the section is added at the end when missing.
 */
export function withPackage(text: string, category: string, name: string, spec: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.trim() === `[${category}]`);
  const entry = `${name} = "${spec}"`;
  if (header < 0) return `${text.replace(/\n*$/, '\n')}\n[${category}]\n${entry}\n`;
  let end = header + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end] as string)) end++;
  const key = (l: string) => l.split('=')[0]?.trim().toLowerCase().replace(/_/g, '-');
  const existing = lines.slice(header + 1, end).findIndex((l) => key(l) === key(entry));
  if (existing >= 0) lines[header + 1 + existing] = entry;
  else {
    let last = end;
    while (last > header + 1 && (lines[last - 1] as string).trim() === '') last--;
    lines.splice(last, 0, entry);
  }
  return lines.join('\n');
}
