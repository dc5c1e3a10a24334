/**
 * `git config`: reads and writes the system (/etc/gitconfig), global (~/.gitconfig, or
 * $GIT_CONFIG_GLOBAL) and repository (.git/config) files, in that order of precedence
 * (later wins), with `-c name=value` from the command line on top. Covers what Dockerfiles
 * run: set, `--add`, `--get`, `--get-all`, `--unset`, `--list`, `--file`.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, readText, writeText } from '../common/fs-helpers';
import { hasOption, optionValues, parseArgs } from '../common/args';
import {
  configEntries,
  keyText,
  parseKey,
  valuesOf,
  withValue,
  withoutKey,
  type ConfigKey,
} from './config-file';
import { trustedRepo } from './safe-directory';

export interface GitContext {
  io: ProgramIO;
  /** The directory git works in (after -C). */
  cwd: string;
  /** `-c name=value` pairs given before the subcommand. */
  overrides: readonly string[];
}

export function globalConfigPath(io: ProgramIO): string {
  return io.env.GIT_CONFIG_GLOBAL ?? `${io.env.HOME ?? io.user.home}/.gitconfig`;
}

export const SYSTEM_CONFIG = '/etc/gitconfig';

/** Every configuration file git reads here, lowest precedence first. */
function configFiles(ctx: GitContext): string[] {
  const files = [SYSTEM_CONFIG, globalConfigPath(ctx.io)];
  const repo = trustedRepo(ctx);
  if (repo) files.push(`${repo.gitDir}/config`);
  return files;
}

/** The last value of `key` git would use, or undefined. */
export function configValue(ctx: GitContext, key: string): string | undefined {
  const parsed = parseKey(key);
  if ('error' in parsed) return undefined;
  return allValues(ctx, parsed, configFiles(ctx)).pop();
}

/**
 * A key's values from the files a repository cannot change (system, global, command line):
 * where git looks for safe.directory.
 */
export function protectedValues(ctx: GitContext, key: string): string[] {
  const parsed = parseKey(key);
  if ('error' in parsed) return [];
  return allValues(ctx, parsed, [SYSTEM_CONFIG, globalConfigPath(ctx.io)]);
}

function allValues(ctx: GitContext, key: ConfigKey, files: string[]): string[] {
  const values = files.flatMap((f) => valuesOf(readText(ctx.io.fs, f) ?? '', key));
  for (const pair of ctx.overrides) {
    const eq = pair.indexOf('=');
    const k = parseKey(eq === -1 ? pair : pair.slice(0, eq));
    if (!('error' in k) && keyText(k) === keyText(key))
      values.push(eq === -1 ? 'true' : pair.slice(eq + 1));
  }
  return values;
}

const USAGE = 'usage: git config [<options>]\n';

export function configCommand(ctx: GitContext, args: string[]): number {
  const { io } = ctx;
  const parsed = parseArgs(args, {
    short: { l: 'list', f: 'file', e: 'edit' },
    takesValue: ['file', 'default', 'type', 'blob'],
  });
  const scopes = ['global', 'system', 'local', 'file'].filter((s) => hasOption(parsed, s));
  if (scopes.length > 1) {
    io.stderr('error: only one config file at a time\n\n' + USAGE);
    return 129;
  }
  const target = writeTarget(ctx, scopes[0], optionValues(parsed, 'file')[0]);
  if (typeof target === 'number') return target;
  const readFrom = scopes.length ? [target] : configFiles(ctx);
  const words = parsed.operands;
  if (hasOption(parsed, 'list')) {
    for (const file of readFrom)
      for (const e of configEntries(readText(io.fs, file) ?? ''))
        io.stdout(`${keyText(e.key)}=${e.value}\n`);
    return 0;
  }
  const get = hasOption(parsed, 'get', 'get-all');
  const unset = hasOption(parsed, 'unset', 'unset-all');
  const [name, value, ...rest] = words;
  if (name === undefined || rest.length > 0 || (value !== undefined && (get || unset))) {
    io.stderr('error: wrong number of arguments, should be from 1 to 2\n' + USAGE);
    return 129;
  }
  const key = parseKey(name);
  if ('error' in key) {
    io.stderr(key.error);
    return key.code;
  }
  if (unset) return unsetKey(io, target, key, hasOption(parsed, 'unset-all'));
  if (value === undefined) {
    const values = allValues(ctx, key, readFrom);
    if (values.length === 0) return 1;
    io.stdout((hasOption(parsed, 'get-all') ? values : values.slice(-1)).join('\n') + '\n');
    return 0;
  }
  return setKey(io, target, key, value, name, hasOption(parsed, 'add'));
}

/** The file a write goes to: --global, --system, --file, or the repository's config. */
function writeTarget(
  ctx: GitContext,
  scope: string | undefined,
  file: string | undefined,
): string | number {
  if (scope === 'global') return globalConfigPath(ctx.io);
  if (scope === 'system') return SYSTEM_CONFIG;
  if (scope === 'file' && file !== undefined) return absolute(ctx.cwd, file);
  const repo = trustedRepo(ctx);
  if (repo) return `${repo.gitDir}/config`;
  if (scope !== 'local') return ''; // reading is fine outside a repository; writing is not
  ctx.io.stderr('fatal: --local can only be used inside a git repository\n');
  return 128;
}

function setKey(
  io: ProgramIO,
  file: string,
  key: ConfigKey,
  value: string,
  name: string,
  add: boolean,
): number {
  if (file === '') {
    io.stderr('fatal: not in a git directory\n');
    return 128;
  }
  const text = readText(io.fs, file) ?? '';
  if (!add && valuesOf(text, key).length > 1) {
    io.stderr(
      `warning: ${name} has multiple values\nerror: cannot overwrite multiple values with a single value\n       Use a regexp, --add or --replace-all to change ${name}.\n`,
    );
    return 5;
  }
  if (!writeText(io.fs, file, withValue(text, key, value, add))) {
    io.stderr(`error: could not lock config file ${file}: Permission denied\n`);
    return 255;
  }
  return 0;
}

function unsetKey(io: ProgramIO, file: string, key: ConfigKey, all: boolean): number {
  if (file === '') {
    io.stderr('fatal: not in a git directory\n');
    return 128;
  }
  const text = readText(io.fs, file) ?? '';
  const count = valuesOf(text, key).length;
  if (count === 0) return 5;
  if (count > 1 && !all) {
    io.stderr(`warning: ${keyText(key)} has multiple values\n`);
    return 5;
  }
  writeText(io.fs, file, withoutKey(text, key).text);
  return 0;
}
