/**
 * pnpm settings a Dockerfile sets: `pnpm config set store-dir /pnpm/store` (written to the
 * global rc file, $XDG_CONFIG_HOME/pnpm/rc or ~/.config/pnpm/rc), a project's .npmrc
 * (`store-dir=...`) and npm_config_* variables, in that priority order (variables first).
 */
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';

export function globalRc(io: ProgramIO): string {
  const home = io.env.HOME ?? io.user.home;
  return `${io.env.XDG_CONFIG_HOME ?? `${home}/.config`}/pnpm/rc`;
}

function iniValue(text: string | undefined, key: string): string | undefined {
  for (const line of (text ?? '').split('\n')) {
    const m = /^\s*([^=#;\s]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && m[1] === key) return m[2];
  }
  return undefined;
}

export function pnpmSetting(io: ProgramIO, key: string): string | undefined {
  const envKey = key.replace(/-/g, '_');
  const dir = io.cwd === '/' ? '' : io.cwd;
  return (
    io.env[`npm_config_${envKey}`] ??
    io.env[`pnpm_config_${envKey}`] ??
    iniValue(readText(io.fs, `${dir}/.npmrc`), key) ??
    iniValue(readText(io.fs, globalRc(io)), key)
  );
}

/** `pnpm config set|get|delete`; returns the exit code. */
export function pnpmConfig(io: ProgramIO, args: string[]): number {
  const [verb, key, value] = args.filter((a) => !a.startsWith('-'));
  const path = globalRc(io);
  const lines = (readText(io.fs, path) ?? '').split('\n').filter((l) => l.trim() !== '');
  const others = lines.filter((l) => iniValue(l, key ?? '') === undefined);
  if (verb === 'set' && key !== undefined) {
    const [k, v] = value === undefined && key.includes('=') ? key.split('=', 2) : [key, value];
    writeText(
      io.fs,
      path,
      `${[...others.filter((l) => iniValue(l, k ?? '') === undefined), `${k}=${v ?? ''}`].join('\n')}\n`,
    );
    return 0;
  }
  if (verb === 'get' && key !== undefined) {
    io.stdout(`${pnpmSetting(io, key) ?? 'undefined'}\n`);
    return 0;
  }
  if (verb === 'delete' && key !== undefined) {
    writeText(io.fs, path, others.length > 0 ? `${others.join('\n')}\n` : '');
    return 0;
  }
  io.note(`pnpm config ${args.join(' ')}: only set, get and delete are modelled.`);
  return 0;
}
