/**
 * Requirement specifiers as pip reads them, from the command line and from requirements
 * files: `flask`, `flask==3.1.2`, `Flask[async]>=3,<4 ; python_version >= "3.9"`, comments,
 * nested `-r other.txt`, options lines (`--index-url ...`) and local or VCS requirements
 * (`-e .`, `git+https://...`), which the simulation accepts with a note.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname, resolvePath } from '../../fs/path';
import { readText } from '../common/fs-helpers';

export interface Requirement {
  name: string;
  /** The text as written, for messages ("flask>=3"). */
  text: string;
  specs: { op: string; version: string }[];
}

export type RequirementsResult =
  { ok: true; requirements: Requirement[]; skipped: string[] } | { ok: false; error: string };

export function parseRequirement(text: string): Requirement | undefined {
  const clean = text.split(';')[0]?.trim() ?? '';
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(clean);
  if (!match) return undefined;
  const specs: { op: string; version: string }[] = [];
  for (const part of (match[3] ?? '').split(',')) {
    const spec = /^\s*(===|==|!=|~=|>=|<=|>|<)\s*([^\s,]+)\s*$/.exec(part);
    if (spec) specs.push({ op: spec[1] as string, version: spec[2] as string });
    else if (part.trim() !== '') return undefined;
  }
  return { name: match[1] as string, text: clean.replace(/\s+/g, ''), specs };
}

/** Reads a requirements file (and the files it includes) relative to `cwd`. */
export function readRequirementsFile(
  fs: FileSystem,
  cwd: string,
  file: string,
  depth = 0,
): RequirementsResult {
  const path = resolvePath(cwd, file);
  const read = fs.readFile(path);
  if (!read.ok) {
    const reason =
      read.error === 'EISDIR' ? '[Errno 21] Is a directory' : '[Errno 2] No such file or directory';
    return { ok: false, error: `ERROR: Could not open requirements file: ${reason}: '${file}'` };
  }
  const text = readText(fs, path) ?? '';
  const requirements: Requirement[] = [];
  const skipped: string[] = [];
  for (const raw of text.replace(/\\\n/g, ' ').split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const include = /^(-r|--requirement|-c|--constraint)\s*=?\s*(.+)$/.exec(line);
    if (include) {
      if (include[1] === '-c' || include[1] === '--constraint' || depth > 5) continue;
      const nested = readRequirementsFile(fs, dirname(path), include[2] as string, depth + 1);
      if (!nested.ok) return nested;
      requirements.push(...nested.requirements);
      skipped.push(...nested.skipped);
      continue;
    }
    if (line.startsWith('-')) {
      if (/^(-e|--editable)\b/.test(line)) skipped.push(line);
      continue;
    }
    const requirement = parseRequirement(line);
    if (requirement) requirements.push(requirement);
    else skipped.push(line);
  }
  return { ok: true, requirements, skipped };
}

/** PEP 440, simplified: numeric release segments compared in order. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => v.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function satisfies(version: string, specs: Requirement['specs']): boolean {
  return specs.every(({ op, version: wanted }) => {
    if (wanted.endsWith('.*')) {
      const prefix = wanted.slice(0, -2);
      const hit = version === prefix || version.startsWith(`${prefix}.`);
      return op === '!=' ? !hit : hit;
    }
    const c = compareVersions(version, wanted);
    switch (op) {
      case '==':
      case '===':
        return c === 0;
      case '!=':
        return c !== 0;
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      case '~=': {
        const parts = wanted.split('.');
        const prefix = parts.slice(0, Math.max(1, parts.length - 1)).join('.');
        return c >= 0 && (version === prefix || version.startsWith(`${prefix}.`));
      }
      default:
        return true;
    }
  });
}

/** The version a pin names (`==3.1.2`, `~=2.0` → 2.0, `<=1.5` → 1.5), if any. */
export function pinnedVersion(specs: Requirement['specs']): string | undefined {
  const pin = specs.find((s) => s.op === '==' || s.op === '===' || s.op === '~=' || s.op === '<=');
  return pin && !pin.version.endsWith('.*') ? pin.version : undefined;
}
