/**
 * Package-manager caches that end up in layers: pip without --no-cache-dir (DL3042) and
 * apk add without --no-cache (DL3019). A cache mount on the cache directory is fine too.
 */
import type { Command, RunCommand } from '../../commands/types';
import { diagnose, hadolintUrl, runsOf, type Rule } from '../context';
import { commandName, runCommands, type SimpleCommand } from '../shell-commands';

function hasCacheMount(run: RunCommand, path: string): boolean {
  return run.mounts.some((m) => m.mount?.type === 'cache' && m.mount.target?.startsWith(path));
}

function isPipInstall(c: SimpleCommand): boolean {
  const name = commandName(c);
  const args = c.words.slice(1);
  if (/^pip[0-9.]*$/.test(name)) return args.find((w) => !w.startsWith('-')) === 'install';
  // python -m pip install
  if (/^python[0-9.]*$/.test(name)) {
    const m = args.indexOf('-m');
    return m >= 0 && args[m + 1] === 'pip' && args[m + 2] === 'install';
  }
  return false;
}

function pipCacheDisabledByEnv(commands: Command[]): boolean {
  return commands.some(
    (c) => c.kind === 'ENV' && c.pairs.some((p) => p.key === 'PIP_NO_CACHE_DIR'),
  );
}

export const pipNoCacheDir: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ stage, run }) => {
    if (pipCacheDisabledByEnv(stage.commands) || hasCacheMount(run, '/root/.cache')) return [];
    const missing = runCommands(run).some(
      (c) => isPipInstall(c) && !c.words.includes('--no-cache-dir'),
    );
    if (!missing) return [];
    return [
      diagnose(
        run.instruction,
        'warning',
        'DL3042',
        'pip keeps a copy of every downloaded package in its cache, and that cache is saved in this layer. ' +
          'Add --no-cache-dir to pip install (or use RUN --mount=type=cache,target=/root/.cache/pip).',
        hadolintUrl('DL3042'),
      ),
    ];
  });

export const apkNoCache: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ run }) => {
    if (hasCacheMount(run, '/var/cache/apk')) return [];
    const missing = runCommands(run).some(
      (c) =>
        commandName(c) === 'apk' &&
        c.words.slice(1).find((w) => !w.startsWith('-')) === 'add' &&
        !c.words.includes('--no-cache'),
    );
    if (!missing) return [];
    return [
      diagnose(
        run.instruction,
        'warning',
        'DL3019',
        'apk add saves the package index in /var/cache/apk, which then stays in this layer. ' +
          'Use "apk add --no-cache ..." so nothing is left behind.',
        hadolintUrl('DL3019'),
      ),
    ];
  });
