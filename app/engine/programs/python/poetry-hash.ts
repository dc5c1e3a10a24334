/**
 * poetry.lock's `content-hash`: the sha256 of Python's `json.dumps(relevant, sort_keys=True)`
 * of the parts of pyproject.toml that decide the lock. Poetry 1.x hashes `[tool.poetry]`'s
 * dependencies, source, extras, dev-dependencies (null when absent) and group; Poetry 2 adds
 * `[project]`'s requires-python, dependencies and optional-dependencies, and when those are
 * there nests both under "project" and "tool.poetry". A lock whose hash differs is stale:
 * Poetry refuses to install from it. Computing the real hash keeps real locks fresh here.
 */
import { sha256Hex } from '../common/hash';
import type { TomlTable, TomlValue } from '../rust/toml';

type JsonValue = TomlValue | null;

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A JSON string as Python writes it (ensure_ascii: \uXXXX per UTF-16 unit beyond ASCII). */
function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Python's json.dumps(value, sort_keys=True), with its default separators (", ", ": ") or
 * others (Pipenv hashes with the compact (",", ":")).
 */
export function pythonJson(value: JsonValue, separators: [string, string] = [', ', ': ']): string {
  const [item, key] = separators;
  if (value === null) return 'null';
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => pythonJson(v, separators)).join(item)}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${jsonString(k)}${key}${pythonJson(value[k] as TomlValue, separators)}`).join(item)}}`;
}

const LEGACY = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const RELEVANT = [...LEGACY, 'group'];
const PROJECT = ['requires-python', 'dependencies', 'optional-dependencies'];

function table(value: TomlValue | undefined): TomlTable | undefined {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value)
    ? value
    : undefined;
}

/** The content-hash Poetry `major` (1 or 2) writes for this pyproject.toml. */
export function contentHash(pyproject: TomlTable, major: number): string {
  const poetry = table(table(pyproject.tool)?.poetry) ?? {};
  const project = major >= 2 ? (table(pyproject.project) ?? {}) : {};
  const relevantProject: Record<string, JsonValue> = {};
  for (const key of PROJECT) if (project[key] !== undefined) relevantProject[key] = project[key];
  const hasProject = Object.keys(relevantProject).length > 0;
  const relevantPoetry: Record<string, JsonValue> = {};
  for (const key of RELEVANT) {
    const data = poetry[key];
    if (data === undefined && (!LEGACY.includes(key) || hasProject)) continue;
    relevantPoetry[key] = data ?? null;
  }
  const relevant = hasProject
    ? { project: relevantProject, tool: { poetry: relevantPoetry } }
    : relevantPoetry;
  return sha256Hex(pythonJson(relevant as unknown as JsonValue));
}
