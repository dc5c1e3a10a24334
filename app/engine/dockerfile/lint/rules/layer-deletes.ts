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
function createdBy(c: SimpleCommand): string[] {
  const name = commandName(c);
  const paths = [...c.writes];
  if (name === 'mkdir' || name === 'touch') paths.push(...operands(c));
  if (name === 'wget') paths.push(optionValue(c, '-O', '--output-document') ?? '');
  if (name === 'curl') paths.push(optionValue(c, '-o', '--output') ?? '');
  if (name === 'git' && operands(c)[0] === 'clone') {
    const [, url, dir] = operands(c);
    if (url !== undefined) paths.push(dir ?? basename(url).replace(/\.git$/, ''));
  }
  if (isSubcommand(c, ['apt-get', 'apt'], ['update'])) paths.push('/var/lib/apt/lists');
  if (/^pip[0-9.]*$/.test(name) && !c.words.includes('--no-cache-dir')) {
    paths.push('/root/.cache/pip');
  }
  if (name === 'npm' && ['install', 'ci', 'i'].includes(operands(c)[0] ?? '')) {
    paths.push('/root/.npm', 'node_modules');
  }
  return paths.filter((p) => p !== '');
}

function copiedTo(c: Extract<Command, { kind: 'COPY' | 'ADD' }>, workdir: string): string[] {
  const dest = normalize(c.dest, workdir);
  if (dest === undefined) return [];
  const intoDir = c.dest.endsWith('/') || c.sources.length + c.heredocSources.length > 1;
  const paths = [dest];
  if (intoDir) {
    for (const src of c.sources)
      if (!['.', './'].includes(src)) paths.push(`${dest}/${basename(src)}`);
  }
  return paths;
}

function overlaps(target: string, produced: string): boolean {
  return (
    target === produced || produced.startsWith(target + '/') || target.startsWith(produced + '/')
  );
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
        for (const path of copiedTo(c, workdir)) produced.push({ path, line });
      }
      if (c.kind !== 'RUN') continue;
      const commands = runCommands(c);
      const deleted = commands
        .filter((sc) => commandName(sc) === 'rm')
        .flatMap(operands)
        .map((t) => normalize(t.replace(/[*?[].*$/, ''), workdir))
        .filter((t): t is string => t !== undefined && t !== '/');
      const hit = deleted
        .map((t) => ({ t, p: produced.find((p) => overlaps(t, p.path)) }))
        .find((x) => x.p !== undefined);
      if (hit?.p) {
        found.push(
          diagnose(
            c.instruction,
            'warning',
            'LC1002',
            `This deletes ${hit.t}, which line ${hit.p.line} added in an earlier layer; those bytes stay in that layer and the image does not get smaller. ` +
              'Delete it in the same RUN that creates it, or copy only what you need into a later stage of a multi-stage build.',
          ),
        );
      }
      for (const sc of commands) {
        for (const path of createdBy(sc)) {
          const resolved = normalize(path, workdir);
          if (resolved !== undefined) produced.push({ path: resolved, line });
        }
      }
    }
    return found;
  });
