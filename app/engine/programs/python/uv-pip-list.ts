/**
 * `uv pip list` and `uv pip freeze`: what the target environment holds, read from its
 * dist-info folders, sorted by name; list prints pip's two-column table, freeze name==version.
 */
import type { ProgramIO } from '../../shell/program';
import type { PythonEnv } from './env';
import { canonical, installedDists } from './site';

export function uvPipList(io: ProgramIO, env: PythonEnv, freeze: boolean): number {
  const dists = installedDists(io.fs, [env.sitePackages]).sort((a, b) =>
    canonical(a.name) < canonical(b.name) ? -1 : 1,
  );
  if (freeze) {
    io.stdout(dists.map((d) => `${d.name}==${d.version}\n`).join(''));
    return 0;
  }
  if (dists.length === 0) return 0;
  const nw = Math.max(7, ...dists.map((d) => d.name.length));
  const vw = Math.max(7, ...dists.map((d) => d.version.length));
  io.stdout(
    `${'Package'.padEnd(nw)} ${'Version'.padEnd(vw)}\n${'-'.repeat(nw)} ${'-'.repeat(vw)}\n`,
  );
  for (const d of dists) io.stdout(`${d.name.padEnd(nw)} ${d.version}\n`);
  return 0;
}
