/**
 * `bundle config`: `set [--local|--global] KEY VALUE`, `get KEY`, `unset KEY`, the listing,
 * and the deprecated `bundle config KEY VALUE` form (which sets globally, with Bundler's
 * deprecation warning).
 */
import type { ProgramIO } from '../../shell/program';
import { BundleSettings, type Scope } from './bundle-config';
import { findGemfile } from './bundle-project';
import { dirname } from '../../fs/path';
import type { RubyEnv } from './ruby-env';

function where(scope: Scope, settings: BundleSettings, variable: string): string {
  if (scope === 'env') return `Set via ${variable}`;
  return `Set for ${scope === 'local' ? 'your local app' : 'the current user'} (${settings.path(scope)})`;
}

/** Settings Bundler reads as booleans: it shows "1" as true. */
const BOOLEAN_KEYS = new Set([
  'deployment',
  'frozen',
  'silence_root_warning',
  'clean',
  'no_install',
  'no_prune',
  'cache_all',
  'force_ruby_platform',
  'disable_shared_gems',
]);

function show(key: string, value: string): string {
  if (BOOLEAN_KEYS.has(key)) return /^(true|1|yes)$/i.test(value) ? 'true' : 'false';
  return /^(true|false|\d+)$/.test(value) ? value : `"${value}"`;
}

export function bundleConfig(io: ProgramIO, _ruby: RubyEnv, args: string[]): number {
  const gemfile = findGemfile(io.fs, io.env, io.cwd);
  const settings = new BundleSettings(io.fs, io.env, gemfile ? dirname(gemfile) : io.cwd);
  const scopeFlag = args.find((a) => a === '--local' || a === '--global');
  const words = args.filter((a) => a !== '--local' && a !== '--global');
  const [sub, ...rest] = words;
  const scope: 'local' | 'global' = scopeFlag === '--local' ? 'local' : 'global';
  if (sub === undefined || sub === 'list') {
    io.stdout('Settings are listed in order of priority. The top value will be used.\n');
    for (const { key, values } of settings.all()) {
      io.stdout(`${key}\n`);
      for (const v of values)
        io.stdout(`${where(v.scope, settings, v.variable)}: ${show(key, v.value)}\n`);
      io.stdout('\n');
    }
    return 0;
  }
  if (sub === 'get') {
    const key = rest[0];
    if (!key) return 0;
    const found = settings.all().find((s) => s.key === key);
    if (!found || found.values.length === 0) {
      io.stdout(
        `Settings for \`${key}\` in order of priority. The top value will be used\nYou have not configured a value for \`${key}\`\n`,
      );
      return 0;
    }
    io.stdout(`Settings for \`${key}\` in order of priority. The top value will be used\n`);
    for (const v of found.values)
      io.stdout(`${where(v.scope, settings, v.variable)}: ${show(key, v.value)}\n`);
    return 0;
  }
  if (sub === 'unset') {
    const key = rest[0];
    if (key) settings.unset(scope, key);
    return 0;
  }
  if (sub === 'set') {
    const [key, ...value] = rest;
    if (!key || value.length === 0) {
      io.stderr('`bundle config set` requires a key and a value\n');
      return 15;
    }
    io.stdout(settings.set(scope, key, value));
    return 0;
  }
  // The old form: `bundle config KEY VALUE` (or `bundle config KEY` to read it).
  if (rest.length === 0) return bundleConfig(io, _ruby, ['get', sub]);
  const shownScope = scopeFlag ? `${scopeFlag} ` : '';
  io.stderr(
    `[DEPRECATED] Using the \`config\` command without a subcommand [list, get, set, unset] is deprecated and will be removed in the future. Use \`bundle config set ${shownScope}${sub} ${rest.join(' ')}\` instead.\n`,
  );
  io.stdout(settings.set(scope, sub, rest));
  return 0;
}
