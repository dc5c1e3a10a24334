/**
 * tsc, TypeScript's compiler as `npm run build` runs it: `--version`, `-p <project>`,
 * `-b [projects...]` (following `references`), and the tsconfig options that decide what is
 * written: files/include/exclude, rootDir, outDir, noEmit, declaration, sourceMap. Each .ts
 * or .tsx source becomes a .js under outDir (beside the source without one). Type checking
 * is not modelled: a successful tsc prints nothing, so neither does this one.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { dirname, resolvePath } from '../../fs/path';
import { isDir, isFile, listDir, readText, writeText } from '../common/fs-helpers';
import { installedVersion, readLooseJson } from './installed-tool';

interface Options {
  outDir?: string;
  rootDir?: string;
  noEmit?: boolean;
  declaration?: boolean;
  sourceMap?: boolean;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;

export const tscProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const version = installedVersion(io.fs, io.cwd, 'typescript') ?? '5.9.3';
  if (args.includes('--version') || args.includes('-v')) {
    io.stdout(`Version ${version}\n`);
    return 0;
  }
  const cli: Options = {};
  const at = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const outDir = at('--outDir');
  if (outDir) cli.outDir = resolvePath(io.cwd, outDir);
  if (args.includes('--noEmit')) cli.noEmit = true;
  const build = args.includes('-b') || args.includes('--build');
  const project = at('-p') ?? at('--project');
  const targets = build
    ? args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--outDir')
    : [project ?? '.'];
  let written = 0;
  for (const target of targets.length > 0 ? targets : ['.']) {
    const config = configPath(io, target);
    if (!config) {
      io.stdout(
        `error TS5057: Cannot find a tsconfig.json file at the specified directory: '${target}'.\n`,
      );
      return 1;
    }
    const done = compile(io, config, cli, build, new Set());
    if (done < 0) return 2;
    written += done;
  }
  io.spend(1_500 + written * 40);
  if (written > 0)
    io.note(
      "tsc's output is modelled: each .js holds its TypeScript source (types are not checked or stripped).",
    );
  return 0;
};

function configPath(io: ProgramIO, target: string): string | undefined {
  const path = resolvePath(io.cwd, target);
  if (isFile(io.fs, path)) return path;
  if (isDir(io.fs, path) && isFile(io.fs, `${path}/tsconfig.json`)) return `${path}/tsconfig.json`;
  return undefined;
}

/** Compiles one project (its references first under -b); the number of files written. */
function compile(
  io: ProgramIO,
  config: string,
  cli: Options,
  build: boolean,
  seen: Set<string>,
): number {
  if (seen.has(config)) return 0;
  seen.add(config);
  const json = readLooseJson(readText(io.fs, config) ?? '');
  if (!json) {
    io.stdout(`${config.slice(dirname(config).length + 1)}: error TS1005: '{' expected.\n`);
    return -1;
  }
  const dir = dirname(config);
  let written = 0;
  if (build && Array.isArray(json.references)) {
    for (const ref of json.references as { path?: unknown }[]) {
      if (typeof ref?.path !== 'string') continue;
      const path = resolvePath(dir, ref.path);
      const refConfig = isDir(io.fs, path) ? `${path}/tsconfig.json` : path;
      if (!isFile(io.fs, refConfig)) continue;
      const done = compile(io, refConfig, cli, build, seen);
      if (done < 0) return done;
      written += done;
    }
  }
  const options: Options = { ...configOptions(io, config, json, new Set()), ...cli };
  const sources = inputs(io, dir, json, options);
  if (options.noEmit || sources.length === 0) return written;
  const root = options.rootDir ?? commonDir(sources.map((s) => dirname(s.path)));
  for (const source of sources) {
    const rel = source.path.slice(root === '/' ? 1 : root.length + 1);
    const base = `${options.outDir ?? root}/${rel}`.replace(SOURCE, '');
    const text = readText(io.fs, source.path) ?? '';
    writeText(io.fs, `${base}.js`, `"use strict";\n${text}`);
    if (options.declaration) writeText(io.fs, `${base}.d.ts`, 'export {};\n');
    if (options.sourceMap) writeText(io.fs, `${base}.js.map`, '{"version":3,"mappings":""}\n');
    written++;
  }
  return written;
}

/**
 * compilerOptions with those of the config it `extends` (a relative path) underneath, paths
 * resolved against the file that sets them: Nest's tsconfig.build.json sets none of its own.
 */
function configOptions(
  io: ProgramIO,
  config: string,
  json: Record<string, unknown>,
  seen: Set<string>,
): Options {
  seen.add(config);
  const dir = dirname(config);
  let base: Options = {};
  if (typeof json.extends === 'string' && json.extends.startsWith('.')) {
    const path = resolvePath(dir, json.extends);
    const file = isFile(io.fs, path) ? path : `${path}.json`;
    const parent = readLooseJson(readText(io.fs, file) ?? '');
    if (parent && !seen.has(file)) base = configOptions(io, file, parent, seen);
  }
  const own = (json.compilerOptions ?? {}) as Record<string, unknown>;
  const flag = (name: string): boolean | undefined =>
    typeof own[name] === 'boolean' ? (own[name] as boolean) : undefined;
  const options: Options = { ...base };
  if (typeof own.outDir === 'string') options.outDir = resolvePath(dir, own.outDir);
  if (typeof own.rootDir === 'string') options.rootDir = resolvePath(dir, own.rootDir);
  for (const name of ['noEmit', 'declaration', 'sourceMap'] as const) {
    const value = flag(name);
    if (value !== undefined) options[name] = value;
  }
  return options;
}

/** A tsconfig file's outDir (absolute), following `extends`; used by `nest build`. */
export function tsconfigOutDir(io: ProgramIO, config: string): string | undefined {
  const json = readLooseJson(readText(io.fs, config) ?? '');
  return json ? configOptions(io, config, json, new Set()).outDir : undefined;
}

/** The sources a tsconfig names: `files`, else `include` (default everything), minus excludes. */
function inputs(
  io: ProgramIO,
  dir: string,
  json: Record<string, unknown>,
  options: Options,
): { path: string; size: number }[] {
  if (Array.isArray(json.files)) {
    return (json.files as unknown[])
      .filter((f): f is string => typeof f === 'string')
      .map((f) => resolvePath(dir, f))
      .filter((path) => isFile(io.fs, path) && !path.endsWith('.d.ts'))
      .map((path) => ({ path, size: 0 }));
  }
  const include = Array.isArray(json.include)
    ? (json.include as unknown[]).filter((p): p is string => typeof p === 'string')
    : ['.'];
  const patterns = [
    ...(Array.isArray(json.exclude) ? (json.exclude as unknown[]) : ['node_modules']),
    'node_modules',
  ].filter((p): p is string => typeof p === 'string');
  // "test" or "dist/**" leave out a folder; "**/*spec.ts" leaves out the files it matches.
  const fileGlobs = patterns.filter(
    (p) => /[*?]/.test(p.split('/').pop() ?? '') && !/\*\*?$/.test(p),
  );
  const excluded = patterns
    .filter((p) => !fileGlobs.includes(p))
    .map((p) => resolvePath(dir, leadingDir(p)));
  const skip = fileGlobs.map((p) => globRegExp(resolvePath(dir, p)));
  if (options.outDir) excluded.push(options.outDir);
  const out = new Map<string, { path: string; size: number }>();
  for (const pattern of include) {
    const base = resolvePath(dir, leadingDir(pattern));
    const found = isFile(io.fs, base) ? [base] : sourcesUnder(io, base, new Set(excluded));
    for (const path of found) {
      if (!SOURCE.test(path) || path.endsWith('.d.ts') || skip.some((re) => re.test(path)))
        continue;
      out.set(path, { path, size: 0 });
    }
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Files under `dir`, not descending into excluded folders (node_modules, outDir). */
function sourcesUnder(io: ProgramIO, dir: string, excluded: Set<string>): string[] {
  if (excluded.has(dir)) return [];
  const out: string[] = [];
  for (const name of listDir(io.fs, dir)) {
    const path = `${dir === '/' ? '' : dir}/${name}`;
    if (isDir(io.fs, path)) out.push(...sourcesUnder(io, path, excluded));
    else out.push(path);
  }
  return out;
}

/** A tsconfig glob as a RegExp over absolute paths: ** spans folders, * and ? do not. */
function globRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*\*\/|\*|\?)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${body}$`);
}

/** "src/**\/*.ts" → "src": the part of a pattern before its first wildcard. */
function leadingDir(pattern: string): string {
  const parts = pattern.split('/');
  const fixed = parts.findIndex((p) => /[*?]/.test(p));
  return (fixed < 0 ? parts : parts.slice(0, fixed)).join('/') || '.';
}

function commonDir(dirs: string[]): string {
  let common = dirs[0] ?? '/';
  for (const dir of dirs) {
    while (dir !== common && !dir.startsWith(`${common === '/' ? '' : common}/`))
      common = dirname(common);
  }
  return common;
}
