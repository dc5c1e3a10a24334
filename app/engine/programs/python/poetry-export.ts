/**
 * `poetry export -f requirements.txt [--output FILE] [--without-hashes]`, which the
 * poetry-plugin-export provides: bundled with Poetry 1.x (which warns that it will not be in
 * a future version), absent from Poetry 2 unless installed beside it. The lines are the
 * locked packages of the chosen groups, sorted, each `name==version ; <marker>` where the
 * marker is the project's Python range (and the dependency's own marker), then its hashes.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, readText, writeText } from '../common/fs-helpers';
import { contentHash } from './poetry-hash';
import { staleLockMessage, type PoetryContext } from './poetry-install';
import { readPoetryLock, type PoetryLocked } from './poetry-lock';
import { pythonMarkerOf } from './poetry-project';
import { canonical } from './site';

export const EXPORT_WARNING =
  'Warning: poetry-plugin-export will not be installed by default in a future version of Poetry.\n' +
  'In order to avoid a breaking change and make your automation forward-compatible, please install poetry-plugin-export explicitly. See https://python-poetry.org/docs/plugins/#using-plugins for details on how to install a plugin.\n' +
  "To disable this warning run 'poetry config warnings.export false'.\n";

export interface ExportOptions {
  format: string;
  output?: string;
  withoutHashes: boolean;
  groups: Set<string>;
}

/** Every locked package the groups reach (all platforms: markers travel into the file). */
function reached(
  packages: readonly PoetryLocked[],
  roots: { name: string; markers?: string }[],
): Map<string, string | undefined> {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const out = new Map<string, string | undefined>();
  const queue = roots.map((r) => ({ name: canonical(r.name), markers: r.markers }));
  while (queue.length > 0) {
    const { name, markers } = queue.shift() as { name: string; markers?: string };
    const pkg = byName.get(name);
    if (!pkg || out.has(name)) continue;
    out.set(name, markers);
    for (const dep of pkg.dependencies) queue.push({ name: dep.name, markers: dep.markers });
  }
  return out;
}

export function poetryExport(ctx: PoetryContext, options: ExportOptions): number {
  const { io, project, major } = ctx;
  if (options.format !== 'requirements.txt' && options.format !== 'constraints.txt') {
    io.stderr(`\nInvalid export format: ${options.format}\n`);
    return 1;
  }
  const path = `${project.dir === '/' ? '' : project.dir}/poetry.lock`;
  const text = readText(io.fs, path);
  const lock = text === undefined ? undefined : readPoetryLock(text);
  if (!lock) {
    io.stderr('\nThe lock file does not exist. Locking.\n');
    io.note(
      'poetry export without a poetry.lock: Layercake does not lock for export; run `poetry lock` first (and commit poetry.lock).',
    );
    return 1;
  }
  if (lock.contentHash !== contentHash(project.toml, major)) {
    io.stderr(`\n${staleLockMessage(major)}\n`);
    return 1;
  }
  const roots = [...options.groups].flatMap((g) =>
    (project.groups.get(g)?.dependencies ?? []).filter((d) => !d.optional),
  );
  const markers = reached(lock.packages, roots);
  const python = project.python ? pythonMarkerOf(project.python) : '';
  const lines: string[] = [];
  for (const pkg of [...lock.packages].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!markers.has(pkg.name)) continue;
    const own = markers.get(pkg.name)?.replace(/'/g, '"');
    const marker = [python, own ? (/\bor\b/.test(own) ? `(${own})` : own) : '']
      .filter(Boolean)
      .join(' and ');
    const head = `${pkg.name}==${pkg.version}${marker ? ` ; ${marker}` : ''}`;
    if (options.withoutHashes) lines.push(head);
    else {
      const hashes = hashesOf(text ?? '', pkg.name);
      lines.push([head, ...hashes.map((h) => `    --hash=${h}`)].join(' \\\n'));
    }
  }
  const out = lines.map((l) => `${l}\n`).join('');
  if (options.output) writeText(io.fs, absolute(io.cwd, options.output), out);
  else io.stdout(out);
  return 0;
}

/** The file hashes a lock lists for a package (in the lock's order). */
function hashesOf(lockText: string, name: string): string[] {
  const start = lockText.search(new RegExp(`\\[\\[package\\]\\]\\nname = "${name}"\\n`, 'i'));
  if (start < 0) return [];
  const end = lockText.indexOf('[[package]]', start + 11);
  const block = lockText.slice(start, end < 0 ? undefined : end);
  return [...block.matchAll(/hash = "(sha256:[0-9a-f]+)"/g)].map((m) => m[1] as string);
}

/** Whether the export plugin is installed beside Poetry (Poetry 2 needs it added). */
export function exportPluginPresent(io: ProgramIO, site: string): boolean {
  const entries = io.fs.readdir(site);
  return entries.ok && entries.value.some((e) => /^poetry_plugin_export-.*\.dist-info$/.test(e));
}
