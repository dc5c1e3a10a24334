/**
 * A Django project's settings as manage.py would load them, read from the settings module's
 * text instead of executed: which module (`--settings`, DJANGO_SETTINGS_MODULE, manage.py's
 * `os.environ.setdefault(...)`), star-imports of a split settings package (`from .base import
 * *`), BASE_DIR (`Path(__file__).resolve().parent.parent`, nested `os.path.dirname`), lists of
 * strings (INSTALLED_APPS, also built from other lists) and path expressions (`BASE_DIR /
 * "staticfiles"`, `os.path.join(BASE_DIR, "static")`, `os.environ.get("X", default)`).
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname, resolvePath } from '../../fs/path';
import { isFile, readText } from '../common/fs-helpers';

export interface DjangoSettings {
  /** The settings module's file. */
  file: string;
  /** Top-level assignments (`NAME = expression`), star-imported modules' first. */
  values: Map<string, string>;
}

/** The settings module manage.py selects, or undefined when nothing names one. */
export function settingsModule(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  entrySource: string,
): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--settings=')) return a.slice(11);
    if (a === '--settings') return args[i + 1];
  }
  if (env.DJANGO_SETTINGS_MODULE) return env.DJANGO_SETTINGS_MODULE;
  return /environ\.setdefault\(\s*["']DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(
    entrySource,
  )?.[1];
}

/** A dotted module's file under one of the import roots (`a.b` → a/b.py or a/b/__init__.py). */
export function moduleFile(fs: FileSystem, roots: readonly string[], dotted: string) {
  const rel = dotted.replace(/\./g, '/');
  for (const root of roots)
    for (const candidate of [`${root}/${rel}.py`, `${root}/${rel}/__init__.py`])
      if (isFile(fs, candidate)) return candidate;
  return undefined;
}

/** Top-level `NAME = expression` statements, an expression running on while brackets are open. */
function assignments(source: string): [string, string][] {
  const out: [string, string][] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Z_][A-Z0-9_]*)\s*(?::[^=]+)?=(?!=)\s*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    let expr = m[2]!;
    const open = (t: string) =>
      (t.match(/[[({]/g)?.length ?? 0) - (t.match(/[\])}]/g)?.length ?? 0);
    while (open(expr.replace(/(["'])(?:(?!\1).)*\1/g, '')) > 0 && i + 1 < lines.length)
      expr += `\n${lines[++i]!}`;
    out.push([m[1]!, expr.replace(/#[^\n"']*$/gm, '').trim()]);
  }
  return out;
}

/** Reads the settings module and what it star-imports (relative or absolute). */
export function loadSettings(
  fs: FileSystem,
  roots: readonly string[],
  module: string,
): DjangoSettings | undefined {
  const file = moduleFile(fs, roots, module);
  if (!file) return undefined;
  const values = new Map<string, string>();
  const visit = (path: string, dotted: string, depth: number) => {
    const source = readText(fs, path) ?? '';
    for (const m of source.matchAll(/^from\s+(\.*)([\w.]*)\s+import\s+\*/gm)) {
      const dots = m[1]!.length;
      const base = dotted.split('.');
      const target =
        dots === 0
          ? m[2]!
          : [...base.slice(0, base.length - dots), ...(m[2] ? [m[2]] : [])].join('.');
      const found = moduleFile(fs, roots, target);
      if (found && depth < 4) visit(found, target, depth + 1);
    }
    for (const [name, expr] of assignments(source)) values.set(name, expr);
  };
  // A package's __init__ stands for the package itself in relative imports.
  visit(file, file.endsWith('/__init__.py') ? `${module}.__init__` : module, 0);
  return { file, values };
}

/** The string literals of a list expression, following names of other lists it adds. */
export function stringList(settings: DjangoSettings, name: string, depth = 0): string[] {
  const expr = settings.values.get(name);
  if (expr === undefined || depth > 4) return [];
  const out: string[] = [];
  for (const m of expr.matchAll(/(["'])((?:(?!\1).)*)\1|\b([A-Z_][A-Z0-9_]*)\b/g)) {
    if (m[2] !== undefined) out.push(m[2]);
    else if (m[3] && m[3] !== name) out.push(...stringList(settings, m[3], depth + 1));
  }
  return out;
}

/** BASE_DIR's kind of expression: how many folders up from the settings file. */
function upFrom(file: string, expr: string): string | undefined {
  if (!/__file__/.test(expr)) return undefined;
  const parents =
    (expr.match(/\.parent\b/g)?.length ?? 0) + (expr.match(/os\.path\.dirname\(/g)?.length ?? 0);
  const indexed = /\.parents\[(\d+)\]/.exec(expr);
  let dir = file;
  const steps = indexed ? Number(indexed[1]) + 1 : parents;
  for (let i = 0; i < steps; i++) dir = dirname(dir);
  return dir;
}

/** Splits at a top-level separator character, outside quotes and brackets. */
export function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let part = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === sep && depth === 0) {
      parts.push(part.trim());
      part = '';
      continue;
    }
    part += ch;
  }
  parts.push(part.trim());
  return parts.filter((p) => p !== '');
}

/** Splits a list's items at top-level commas. */
export function listItems(expr: string): string[] {
  return splitTop(expr.trim().replace(/^[[(]|[\])]$/g, ''), ',');
}

const STRING = /^[rbuf]?(["'])((?:(?!\1).)*)\1$/s;

/**
 * A path expression's value: undefined when it is None or beyond this reader (a function call
 * it does not know); `cwd` resolves relative strings as Python's open() would.
 */
export function pathValue(
  settings: DjangoSettings,
  expr: string,
  env: Readonly<Record<string, string>>,
  cwd: string,
  depth = 0,
): string | undefined {
  const e = expr.trim();
  if (depth > 6 || e === '' || e === 'None') return undefined;
  const next = (x: string) => pathValue(settings, x, env, cwd, depth + 1);
  const literal = STRING.exec(e);
  if (literal) return resolvePath(cwd, literal[2]!);
  const envGet =
    /^(?:os\.environ\.get|os\.getenv|env(?:\.str|\.path)?)\(\s*["'](\w+)["']\s*(?:,\s*(?:default\s*=\s*)?(.*))?\)$/s.exec(
      e,
    );
  if (envGet) {
    const set = env[envGet[1]!];
    if (set !== undefined) return resolvePath(cwd, set);
    return envGet[2] ? next(envGet[2]) : undefined;
  }
  const call = /^(os\.path\.join|Path|str|os\.path\.abspath|os\.path\.normpath)\((.*)\)$/s.exec(e);
  const joinpath = /^(.+)\.joinpath\((.*)\)$/s.exec(e);
  const parts = call
    ? listItems(call[2]!)
    : joinpath
      ? [joinpath[1]!, ...listItems(joinpath[2]!)]
      : splitTop(e, '/');
  if (parts.length > 1) {
    const base = next(parts[0]!);
    return parts.slice(1).reduce<string | undefined>((dir, part) => {
      const piece = STRING.exec(part)?.[2];
      return dir === undefined || piece === undefined ? undefined : resolvePath(dir, piece);
    }, base);
  }
  const fromFile = upFrom(settings.file, e);
  if (fromFile) return fromFile;
  if (call) return next(call[2]!);
  if (/^[A-Za-z_]\w*$/.test(e) && settings.values.has(e)) return next(settings.values.get(e)!);
  return undefined;
}

/** A dict literal's `key: value` entries (string keys), values as expressions. */
export function dictEntries(expr: string): Map<string, string> {
  const out = new Map<string, string>();
  const inner = expr.trim().replace(/^\{|\}$/g, '');
  for (const item of splitTop(inner, ',')) {
    const m = /^(["'])((?:(?!\1).)*)\1\s*:\s*([\s\S]*)$/.exec(item);
    if (m) out.set(m[2]!, m[3]!.trim());
  }
  return out;
}
