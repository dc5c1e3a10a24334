/**
 * `npm prune` (`--omit=dev`, or under NODE_ENV=production): removes from node_modules what the
 * project no longer needs, as node_modules/.package-lock.json records it: packages marked
 * dev when dev dependencies are omitted, and their .bin links. The summary is an install's
 * ("removed 14 packages, and audited 73 packages in 1s"). fly.io's Node Dockerfiles build
 * with dev dependencies, then `npm prune --omit=dev` before the final stage copies /app.
 */
import type { ProgramIO } from '../../shell/program';
import { listDir, removeTree, writeText } from '../common/fs-helpers';
import { npmDuration } from '../common/sizes';
import { formatJson, readJson, type Lockfile } from './project';

export function prune(io: ProgramIO, omitDev: boolean): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const hiddenPath = `${root}/node_modules/.package-lock.json`;
  const hidden = readJson<Lockfile>(io.fs, hiddenPath);
  const entries = hidden.ok ? hidden.value.packages : {};
  const drop = omitDev
    ? Object.keys(entries).filter((k) => entries[k]?.dev === true && k.startsWith('node_modules/'))
    : [];
  const dropped = new Set(drop.map((k) => k.slice('node_modules/'.length)));
  for (const name of dropped) removeTree(io.fs, `${root}/node_modules/${name}`);
  const bin = `${root}/node_modules/.bin`;
  for (const command of listDir(io.fs, bin)) {
    const link = io.fs.lstat(`${bin}/${command}`);
    if (!link.ok || link.value.node.kind !== 'symlink') continue;
    const target = link.value.node.target.replace(/^\.\.\//, '');
    if ([...dropped].some((name) => target.startsWith(`${name}/`)))
      io.fs.remove(`${bin}/${command}`);
  }
  const kept = Object.fromEntries(Object.entries(entries).filter(([k]) => !drop.includes(k)));
  if (hidden.ok) writeText(io.fs, hiddenPath, formatJson({ ...hidden.value, packages: kept }));
  const audited = Object.keys(kept).length + 1;
  const ms = 500 + dropped.size * 20;
  io.spend(ms);
  io.stdout(
    dropped.size > 0
      ? `\nremoved ${dropped.size} package${dropped.size === 1 ? '' : 's'}, and audited ${audited} package${audited === 1 ? '' : 's'} in ${npmDuration(ms)}\n`
      : `\nup to date, audited ${audited} package${audited === 1 ? '' : 's'} in ${npmDuration(ms)}\n`,
  );
  io.stdout('\nfound 0 vulnerabilities\n');
  return 0;
}
