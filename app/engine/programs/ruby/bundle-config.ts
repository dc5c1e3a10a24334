/**
 * Bundler's settings, from where Bundler reads them, highest priority first: the local
 * config (`$BUNDLE_APP_CONFIG/config`, else `<app>/.bundle/config`), BUNDLE_* environment
 * variables, the global config (`~/.bundle/config`). Files are Bundler's small YAML:
 * `BUNDLE_WITHOUT: "development:test"`.
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import { readText, writeText } from '../common/fs-helpers';

export type Scope = 'local' | 'env' | 'global';

/** Settings whose values are lists, stored joined with ":" ("development test" → "development:test"). */
const LIST_KEYS = new Set(['without', 'with']);

/** "deployment" → "BUNDLE_DEPLOYMENT"; "build.pg" → "BUNDLE_BUILD__PG". */
export function settingVariable(key: string): string {
  return `BUNDLE_${key.toUpperCase().replace(/\./g, '__').replace(/-/g, '___')}`;
}

function keyOfVariable(variable: string): string {
  return variable
    .replace(/^BUNDLE_/, '')
    .replace(/___/g, '-')
    .replace(/__/g, '.')
    .toLowerCase();
}

function parseConfig(text: string | undefined): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    const m = /^(BUNDLE_[A-Z0-9_]+):\s*(.*)$/.exec(line.trim());
    if (m) values.set(m[1] as string, (m[2] as string).replace(/^"(.*)"$/, '$1'));
  }
  return values;
}

function formatConfig(values: Map<string, string>): string {
  return `---\n${[...values].map(([k, v]) => `${k}: "${v}"`).join('\n')}\n`;
}

export class BundleSettings {
  private readonly files: Record<'local' | 'global', Map<string, string>>;

  constructor(
    private readonly fs: FileSystem,
    private readonly env: Readonly<Record<string, string>>,
    /** The app's root: the Gemfile's folder (or the working directory without one). */
    readonly root: string,
  ) {
    this.files = {
      local: parseConfig(readText(fs, this.path('local'))),
      global: parseConfig(readText(fs, this.path('global'))),
    };
  }

  path(scope: 'local' | 'global'): string {
    if (scope === 'local') {
      const app = this.env.BUNDLE_APP_CONFIG;
      return `${app ? resolvePath(this.root, app) : `${this.root === '/' ? '' : this.root}/.bundle`}/config`;
    }
    return this.env.BUNDLE_USER_CONFIG || `${this.env.HOME || '/root'}/.bundle/config`;
  }

  /** The effective value and where it comes from. */
  lookup(key: string): { value: string; scope: Scope } | undefined {
    const variable = settingVariable(key);
    const local = this.files.local.get(variable);
    if (local !== undefined) return { value: local, scope: 'local' };
    const fromEnv = this.env[variable];
    if (fromEnv !== undefined) return { value: fromEnv, scope: 'env' };
    const global = this.files.global.get(variable);
    if (global !== undefined) return { value: global, scope: 'global' };
    return undefined;
  }

  get(key: string): string | undefined {
    return this.lookup(key)?.value;
  }

  /** A boolean setting: "true"/"1" are true. */
  flag(key: string): boolean {
    const value = this.get(key);
    return value !== undefined && /^(true|1|yes)$/i.test(value.trim());
  }

  list(key: string): string[] {
    return (this.get(key) ?? '').split(/[:\s]+/).filter(Boolean);
  }

  /**
   * `bundle config set [--local|--global] key value`: writes the file and returns what
   * Bundler prints about values it replaces or that a higher-priority source overrides.
   */
  set(scope: 'local' | 'global', key: string, words: string[]): string {
    const variable = settingVariable(key);
    const value = LIST_KEYS.has(key) ? words.join(':') : words.join(' ');
    let message = '';
    const previous = this.files[scope].get(variable);
    if (previous !== undefined && previous !== value)
      message += `You are replacing the current ${scope} value of ${key}, which is currently "${previous}"\n`;
    const effective = this.lookup(key);
    if (scope === 'global' && effective && effective.scope !== 'global') {
      const where = effective.scope === 'local' ? 'application' : 'environment';
      message += `Your ${where} has set ${key} to "${effective.value}". This will override the global value you are currently setting\n`;
    }
    this.files[scope].set(variable, value);
    const path = this.path(scope);
    writeText(this.fs, path, formatConfig(this.files[scope]));
    return message;
  }

  unset(scope: 'local' | 'global', key: string): void {
    if (this.files[scope].delete(settingVariable(key)))
      writeText(this.fs, this.path(scope), formatConfig(this.files[scope]));
  }

  /** Every setting from every source, for `bundle config` (list). */
  all(): { key: string; values: { scope: Scope; value: string; variable: string }[] }[] {
    const keys = new Set<string>();
    for (const scope of ['local', 'global'] as const)
      for (const variable of this.files[scope].keys()) keys.add(keyOfVariable(variable));
    for (const variable of Object.keys(this.env))
      if (/^BUNDLE_[A-Z0-9_]+$/.test(variable)) keys.add(keyOfVariable(variable));
    return [...keys].sort().map((key) => {
      const variable = settingVariable(key);
      const values: { scope: Scope; value: string; variable: string }[] = [];
      const local = this.files.local.get(variable);
      if (local !== undefined) values.push({ scope: 'local', value: local, variable });
      const fromEnv = this.env[variable];
      if (fromEnv !== undefined) values.push({ scope: 'env', value: fromEnv, variable });
      const global = this.files.global.get(variable);
      if (global !== undefined) values.push({ scope: 'global', value: global, variable });
      return { key, values };
    });
  }
}
