/**
 * Where and how Puma says it serves: `-e/--environment`, `-p/--port` and `-b/--bind` on its
 * command line win over its config file (`-C FILE`, else config/puma.rb when present: the
 * `port`, `bind` and `environment` lines, with `ENV.fetch("PORT", 4567)` or
 * `ENV.fetch("PORT") { 3000 }` read against the environment), which wins over the
 * environment (APP_ENV, RACK_ENV, RAILS_ENV; PORT) and Puma's defaults (development, 9292).
 */
import type { ProgramIO } from '../../shell/program';
import { resolvePath } from '../../fs/path';
import { readText } from '../common/fs-helpers';

export interface PumaSettings {
  environment: string;
  /** "0.0.0.0:9292" as Puma prints it after http://. */
  listen: string;
}

export function pumaSettings(io: ProgramIO, args: readonly string[]): PumaSettings {
  const flag = (...names: string[]) => {
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      for (const name of names) {
        if (arg === name) return args[i + 1];
        if (name.startsWith('--') && arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      }
    }
    return undefined;
  };
  const configPath = flag('-C', '--config') ?? 'config/puma.rb';
  const config = readText(io.fs, resolvePath(io.cwd, configPath)) ?? '';
  const value = (expr: string | undefined): string | undefined => {
    if (!expr) return undefined;
    const fetched =
      /ENV\.fetch\(\s*["'](\w+)["']\s*(?:,\s*["']?([^"')]+)["']?\s*\)|\)\s*\{\s*["']?([^"'}]+?)["']?\s*\})/.exec(
        expr,
      );
    if (fetched) return io.env[fetched[1] ?? ''] ?? (fetched[2] ?? fetched[3])?.trim();
    const env = /ENV\[\s*["'](\w+)["']\s*\]/.exec(expr);
    if (env) return io.env[env[1] ?? ''];
    return /^["']?([^"'\s]+)["']?$/.exec(expr.trim())?.[1];
  };
  const line = (keyword: string) => {
    const m = new RegExp(`^\\s*${keyword}[\\s(]+(.+?)\\s*$`, 'm').exec(config);
    let expr = m?.[1];
    // `port(3000)`: the call's own closing parenthesis is not part of the value.
    if (expr && (expr.match(/\)/g) ?? []).length > (expr.match(/\(/g) ?? []).length)
      expr = expr.replace(/\)\s*$/, '');
    return value(expr);
  };
  const environment =
    flag('-e', '--environment') ??
    line('environment') ??
    (io.env.APP_ENV || io.env.RACK_ENV || io.env.RAILS_ENV || 'development');
  const bind = flag('-b', '--bind') ?? line('bind');
  const port = flag('-p', '--port') ?? line('port') ?? io.env.PORT ?? '9292';
  const fromBind = bind && /^tcp:\/\/([^/?]+)/.exec(bind)?.[1];
  return {
    environment,
    listen: flag('-p', '--port') || !fromBind ? `0.0.0.0:${port}` : fromBind,
  };
}
