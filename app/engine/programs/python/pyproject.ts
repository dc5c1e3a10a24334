/**
 * A project's pyproject.toml as uv and pip's build step read it: PEP 621 `[project]` (name,
 * version, dependencies, scripts), the development dependencies (PEP 735
 * `[dependency-groups] dev`, or uv's older `[tool.uv] dev-dependencies`) and
 * `[build-system]` (whose presence makes the project a package uv installs).
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';
import { parseToml, tomlString, tomlStrings, tomlTable, type TomlTable } from '../rust/toml';

export interface PyProject {
  name: string;
  version: string;
  dependencies: string[];
  dev: string[];
  /** `[project.scripts]`: console script name to `module:function`. */
  scripts: Record<string, string>;
  buildRequires: string[];
  buildBackend?: string;
  requiresPython?: string;
}

export type PyProjectRead =
  | { ok: true; project: PyProject }
  | { ok: false; missing: true }
  | { ok: false; missing: false; error: string };

export function readPyProject(fs: FileSystem, dir: string): PyProjectRead {
  const path = `${dir === '/' ? '' : dir}/pyproject.toml`;
  const text = readText(fs, path);
  if (text === undefined) return { ok: false, missing: true };
  const parsed = parseToml(text);
  if (!parsed.ok)
    return {
      ok: false,
      missing: false,
      error: `Failed to parse: \`${path}\`\n  Caused by: TOML parse error at line ${parsed.line}: ${parsed.error}`,
    };
  const root: TomlTable = parsed.value;
  const project = tomlTable(root, 'project');
  const build = tomlTable(root, 'build-system');
  const scripts: Record<string, string> = {};
  for (const [key, value] of Object.entries(tomlTable(project, 'scripts') ?? {}))
    if (typeof value === 'string') scripts[key] = value;
  const requiresPython = tomlString(project, 'requires-python');
  return {
    ok: true,
    project: {
      name: tomlString(project, 'name') ?? dir.split('/').filter(Boolean).pop() ?? 'project',
      version: tomlString(project, 'version') ?? '0.0.0',
      dependencies: tomlStrings(project, 'dependencies'),
      dev: [
        ...tomlStrings(tomlTable(root, 'dependency-groups'), 'dev'),
        ...tomlStrings(tomlTable(tomlTable(root, 'tool'), 'uv'), 'dev-dependencies'),
      ],
      scripts,
      buildRequires: build ? tomlStrings(build, 'requires') : [],
      ...(build && tomlString(build, 'build-backend')
        ? { buildBackend: tomlString(build, 'build-backend') as string }
        : {}),
      ...(requiresPython ? { requiresPython } : {}),
    },
  };
}

/** Whether a `[build-system]` table is there: uv installs only such projects into the venv. */
export function isPackage(fs: FileSystem, dir: string): boolean {
  const text = readText(fs, `${dir === '/' ? '' : dir}/pyproject.toml`) ?? '';
  return /^\s*\[build-system\]/m.test(text);
}
