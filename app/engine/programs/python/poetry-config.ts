/**
 * `poetry config KEY VALUE [--local]` and `poetry config KEY`: settings written as Poetry's
 * tomlkit writes them (`[virtualenvs]\ncreate = false`) into config.toml under
 * POETRY_CONFIG_DIR (~/.config/pypoetry), or with --local into the project's poetry.toml.
 * Boolean settings take true/false/1/0 and are stored as TOML booleans.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { parseToml, type TomlTable, type TomlValue } from '../rust/toml';
import { BOOLEAN_SETTINGS, poetryConfigDir, poetrySetting } from './poetry-env';

const STRING_SETTINGS = new Set([
  'cache-dir',
  'virtualenvs.path',
  'virtualenvs.prompt',
  'installer.max-workers',
  'installer.no-binary',
  'installer.only-binary',
  'data-dir',
  'python.installation-dir',
  'solver.lazy-wheel',
  'keyring.enabled',
  'system-git-client',
  'requests.max-retries',
]);

function render(table: TomlTable): string {
  const out: string[] = [];
  const walk = (t: TomlTable, path: string[]) => {
    const scalars = Object.entries(t).filter(([, v]) => typeof v !== 'object' || Array.isArray(v));
    if (scalars.length > 0) {
      if (path.length > 0) out.push(`${out.length > 0 ? '\n' : ''}[${path.join('.')}]`);
      for (const [k, v] of scalars)
        out.push(`${k} = ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
    }
    for (const [k, v] of Object.entries(t))
      if (typeof v === 'object' && !Array.isArray(v)) walk(v, [...path, k]);
  };
  walk(table, []);
  return out.join('\n') + '\n';
}

function setIn(table: TomlTable, key: string, value: TomlValue): void {
  const parts = key.split('.');
  let t = table;
  for (const part of parts.slice(0, -1)) {
    const next = t[part];
    if (typeof next !== 'object' || Array.isArray(next)) t[part] = {};
    t = t[part] as TomlTable;
  }
  t[parts[parts.length - 1] as string] = value;
}

export function poetryConfig(
  io: ProgramIO,
  operands: string[],
  local: boolean,
  projectDir: string | undefined,
): number {
  const [key, ...values] = operands;
  if (!key) {
    io.note('poetry config without a key (or --list) is not modelled: it printed nothing.');
    return 0;
  }
  if (!BOOLEAN_SETTINGS.has(key) && !STRING_SETTINGS.has(key) && !key.startsWith('repositories.')) {
    io.stderr(`\nThere is no ${key} setting.\n`);
    return 1;
  }
  if (values.length === 0) {
    const value = poetrySetting(io, projectDir, key);
    io.stdout(`${value === undefined ? 'null' : String(value)}\n`);
    return 0;
  }
  const raw = values[0] as string;
  let value: TomlValue = raw;
  if (BOOLEAN_SETTINGS.has(key)) {
    if (!['true', 'false', '1', '0'].includes(raw)) {
      io.stderr(`\n"${raw}" is an invalid value for ${key}\n`);
      return 1;
    }
    value = raw === 'true' || raw === '1';
  }
  if (local && !projectDir) {
    io.stderr(`\nPoetry could not find a pyproject.toml file in ${io.cwd} or its parents\n`);
    return 1;
  }
  const path =
    local && projectDir
      ? `${projectDir === '/' ? '' : projectDir}/poetry.toml`
      : `${poetryConfigDir(io)}/config.toml`;
  const parsed = parseToml(readText(io.fs, path) ?? '');
  const table = parsed.ok ? parsed.value : {};
  setIn(table, key, value);
  if (!writeText(io.fs, path, render(table))) {
    io.stderr(`\n[Errno 13] Permission denied: '${path}'\n`);
    return 1;
  }
  return 0;
}
