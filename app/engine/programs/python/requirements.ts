/**
 * Requirement specifiers as pip reads them, from the command line and from requirements
 * files: `flask`, `flask==3.1.2`, `Flask[async]>=3,<4 ; python_version >= "3.9"`, comments,
 * nested `-r other.txt`, options lines (`--index-url ...`) and local or VCS requirements
 * (`-e .`, `git+https://...`), which the simulation accepts with a note.
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import { readText } from '../common/fs-helpers';

export interface Requirement {
  name: string;
  /** The text as written, for messages ("flask>=3"). */
  text: string;
  specs: { op: string; version: string }[];
  /** Where pip says it came from: "-r requirements.txt (line 2)". */
  comesFrom?: string;
  /** The extras asked for, lower-cased as packaging normalises them: `fastapi[standard]`. */
  extras?: string[];
  /** The environment marker as written after `;` (`extra == "standard"`), for pip's chains. */
  marker?: string;
  /** A wheel file named on the command line (`pip install /wheels/x-1.0-py3-none-any.whl`). */
  wheelFile?: string;
}

/**
 * The requirement as pip prints it (packaging's str(Requirement)): name, extras, then the
 * specifiers sorted as text — `fastapi<0.114.0,>=0.113.0` for `fastapi>=0.113.0,<0.114.0`.
 */
export function pipRequirementText(req: Requirement): string {
  const head = /^[^<>=!~]*/.exec(req.text)?.[0] ?? req.name;
  return (
    head +
    req.specs
      .map((s) => `${s.op}${s.version}`)
      .sort()
      .join(',')
  );
}

export type RequirementsResult =
  | {
      ok: true;
      requirements: Requirement[];
      /** What `-c FILE` lines bring in: they limit versions and install nothing themselves. */
      constraints: Requirement[];
      skipped: string[];
    }
  | { ok: false; error: string };

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
  const extras = (match[2] ?? '')
    .slice(1, -1)
    .split(',')
    .map((e) =>
      e
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-'),
    )
    .filter(Boolean);
  const marker = text.split(';').slice(1).join(';').trim();
  return {
    name: match[1] as string,
    text: clean.replace(/\s+/g, ''),
    specs,
    ...(extras.length > 0 ? { extras } : {}),
    ...(marker ? { marker } : {}),
  };
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
  const constraints: Requirement[] = [];
  const skipped: string[] = [];
  // pip numbers a line continued with a backslash by its first physical line.
  const physical = text.split('\n');
  for (let n = 0; n < physical.length; n++) {
    const start = n;
    let raw = physical[n] ?? '';
    while (raw.endsWith('\\') && n + 1 < physical.length)
      raw = `${raw.slice(0, -1)} ${physical[++n]}`;
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const include = /^(-r|--requirement|-c|--constraint)\s*=?\s*(.+)$/.exec(line);
    if (include) {
      if (depth > 5) continue;
      const name = include[2] as string;
      const shown =
        name.startsWith('/') || !file.includes('/')
          ? name
          : `${file.slice(0, file.lastIndexOf('/'))}/${name}`;
      const nested = readRequirementsFile(fs, cwd, shown, depth + 1);
      if (!nested.ok) return nested;
      const constraint = include[1] === '-c' || include[1] === '--constraint';
      (constraint ? constraints : requirements).push(...nested.requirements);
      constraints.push(...nested.constraints);
      skipped.push(...nested.skipped);
      continue;
    }
    if (line.startsWith('-')) {
      if (/^(-e|--editable)\b/.test(line)) skipped.push(line);
      continue;
    }
    const requirement = parseRequirement(line);
    if (requirement)
      requirements.push({ ...requirement, comesFrom: `-r ${file} (line ${start + 1})` });
    else skipped.push(line);
  }
  return { ok: true, requirements, constraints, skipped };
}

/**
 * PEP 440, simplified: release segments compared in order (missing ones are 0), then
 * pre-releases (a < b < rc) before the release, post-releases after it, dev releases before
 * whatever they precede. Local labels (+cpu) are ignored.
 */
export function compareVersions(a: string, b: string): number {
  const ka = versionKey(a);
  const kb = versionKey(b);
  for (let i = 0; i < Math.max(ka.release.length, kb.release.length); i++) {
    const diff = (ka.release[i] ?? 0) - (kb.release[i] ?? 0);
    if (diff !== 0) return diff;
  }
  for (const part of ['pre', 'preNum', 'post', 'dev'] as const) {
    // Infinity (no dev segment) on both sides is equal, not NaN.
    if (ka[part] !== kb[part]) return ka[part] < kb[part] ? -1 : 1;
  }
  return 0;
}

const PRE_RANK: Record<string, number> = { a: -3, alpha: -3, b: -2, beta: -2, c: -1, rc: -1 };

interface VersionKey {
  release: number[];
  /** -4 for a dev release of the final, -3..-1 for a, b, rc; 0 for none. */
  pre: number;
  preNum: number;
  /** -1 without a post-release. */
  post: number;
  /** Infinity without a dev segment (a dev release sorts before its version). */
  dev: number;
}

function versionKey(version: string): VersionKey {
  const text = version.toLowerCase().replace(/^v/, '').split('+')[0] ?? '';
  const match =
    /^(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$/.exec(
      text,
    );
  if (!match)
    return {
      release: text.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0),
      pre: 0,
      preNum: 0,
      post: -1,
      dev: Infinity,
    };
  const [, release, pre, preNum, post, dev] = match;
  const hasPost = post !== undefined;
  const isDev = dev !== undefined;
  return {
    release: (release ?? '0').split('.').map(Number),
    pre: pre ? (PRE_RANK[pre] ?? 0) : isDev && !hasPost ? -4 : 0,
    preNum: Number(preNum || 0),
    post: hasPost ? Number(post || 0) : -1,
    dev: isDev ? Number(dev || 0) : Infinity,
  };
}

/** A pre-release or dev release (pip skips them unless nothing else matches). */
export function isPrerelease(version: string): boolean {
  const key = versionKey(version);
  return key.pre < 0 || key.dev !== Infinity;
}

/** A specifier set as Requires-Python writes it: ">=2.7, !=3.0.*". */
export function parseSpecifiers(text: string): Requirement['specs'] {
  const specs: Requirement['specs'] = [];
  for (const part of text.split(',')) {
    const spec = /^\s*(===|==|!=|~=|>=|<=|>|<)\s*([^\s,]+)\s*$/.exec(part);
    if (spec) specs.push({ op: spec[1] as string, version: spec[2] as string });
  }
  return specs;
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
