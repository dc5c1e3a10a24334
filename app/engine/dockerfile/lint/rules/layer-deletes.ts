/**
 * LC1002: a RUN that deletes a path an earlier instruction of the same stage created. Each
 * instruction is its own layer, so the deleted bytes stay in the earlier layer and the image
 * does not shrink: the delete only hides them (a whiteout). Clean up in the same RUN, or
 * use a multi-stage build.
 */
import type { Command } from '../../commands/types';
import { diagnose, type Rule } from '../context';
import { commandName, isSubcommand, runCommands, type SimpleCommand } from '../shell-commands';

interface Produced {
  path: string;
  line: number;
  /** 'tree': everything under the path came from that instruction (COPY . dir, git clone). */
  extent: 'exact' | 'tree';
  by: 'copy' | 'run';
}

function normalize(path: string, workdir: string): string | undefined {
  if (path === '' || path.includes('$')) return undefined;
  const absolute = path.startsWith('/') ? path : `${workdir}/${path}`;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function operands(c: SimpleCommand): string[] {
  return c.words.slice(1).filter((w) => !w.startsWith('-'));
}

function optionValue(c: SimpleCommand, short: string, long: string): string | undefined {
  for (let i = 1; i < c.words.length; i++) {
    const w = c.words[i] as string;
    if (w === short || w === long) return c.words[i + 1];
    if (w.startsWith(long + '=')) return w.slice(long.length + 1);
  }
  return undefined;
}

/** Paths a shell command creates, as far as a quick look can tell. */
function createdBy(c: SimpleCommand): { path: string; extent: 'exact' | 'tree' }[] {
  const name = commandName(c);
  const exact = [...c.writes];
  const tree: string[] = [];
  if (name === 'mkdir' || name === 'touch') exact.push(...operands(c));
  if (name === 'wget') exact.push(optionValue(c, '-O', '--output-document') ?? '');
  if (name === 'curl') exact.push(optionValue(c, '-o', '--output') ?? '');
  if (name === 'git' && operands(c)[0] === 'clone') {
    const [, url, dir] = operands(c);
    if (url !== undefined) tree.push(dir ?? basename(url).replace(/\.git$/, ''));
  }
  if (isSubcommand(c, ['apt-get', 'apt'], ['update'])) tree.push('/var/lib/apt/lists');
  if (/^pip[0-9.]*$/.test(name) && !c.words.includes('--no-cache-dir')) {
    tree.push('/root/.cache/pip');
  }
  if (name === 'npm' && ['install', 'ci', 'i'].includes(operands(c)[0] ?? '')) {
    tree.push('/root/.npm', 'node_modules');
  }
  return [
    ...exact.filter((p) => p !== '').map((path) => ({ path, extent: 'exact' as const })),
    ...tree.map((path) => ({ path, extent: 'tree' as const })),
  ];
}

/**
 * What a COPY or ADD puts in place. Copying the whole context makes the destination a tree
 * of copied files; otherwise we only know the file names (a copied directory's contents land
 * in the destination next to whatever the base image had there).
 */
function copiedTo(
  c: Extract<Command, { kind: 'COPY' | 'ADD' }>,
  workdir: string,
): { path: string; extent: 'exact' | 'tree' }[] {
  const dest = normalize(c.dest, workdir);
  if (dest === undefined) return [];
  const whole = c.sources.some((s) => s === '.' || s === './');
  if (whole) return [{ path: dest, extent: 'tree' }];
  const intoDir = c.dest.endsWith('/') || c.sources.length + c.heredocSources.length > 1;
  if (!intoDir) return [{ path: dest, extent: 'exact' }];
  const names = [...c.sources.map(basename), ...c.heredocSources.map((h) => h.name)];
  return names.map((name) => ({ path: `${dest}/${name}`, extent: 'exact' }));
}

function overlaps(target: string, produced: Produced): boolean {
  if (target === produced.path || produced.path.startsWith(target + '/')) return true;
  return produced.extent === 'tree' && target.startsWith(produced.path + '/');
}

export const deleteInLaterLayer: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const produced: Produced[] = [];
    let workdir = '/';
    const found = [];
    for (const c of stage.commands) {
      const line = c.instruction.startLine;
      if (c.kind === 'WORKDIR') workdir = normalize(c.path, workdir) ?? workdir;
      if (c.kind === 'COPY' || c.kind === 'ADD') {
        for (const p of copiedTo(c, workdir)) produced.push({ ...p, line, by: 'copy' });
      }
      if (c.kind !== 'RUN') continue;
      const commands = runCommands(c);
      const deleted = commands
        .filter((sc) => commandName(sc) === 'rm')
        .flatMap(operands)
        .map((t) => normalize(t.replace(/[*?[].*$/, ''), workdir))
        .filter((t): t is string => t !== undefined && t !== '/');
      const hit = deleted
        .map((t) => ({ t, p: produced.find((p) => overlaps(t, p)) }))
        .find((x) => x.p !== undefined);
      if (hit?.p) {
        found.push(
          diagnose(
            c.instruction,
            'warning',
            'LC1002',
            `This deletes ${hit.t}, which line ${hit.p.line} added in an earlier layer; those bytes stay in that layer and the image does not get smaller. ` +
              (hit.p.by === 'copy'
                ? 'Leave it out of the copy instead (for example with a .dockerignore file).'
                : 'Delete it in the same RUN that creates it, or use a multi-stage build.'),
          ),
        );
      }
      for (const sc of commands) {
        for (const created of createdBy(sc)) {
          const resolved = normalize(created.path, workdir);
          if (resolved !== undefined) {
            produced.push({ path: resolved, extent: created.extent, line, by: 'run' });
          }
        }
      }
    }
    return found;
  });
