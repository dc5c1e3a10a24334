/**
 * COPY and ADD: sources and a destination (the last argument), in shell or JSON form.
 * A source may be a heredoc (`COPY <<EOF /app/config`), whose body becomes a file; the
 * destination may not.
 */
import { parseHeredocWord } from '../parser/heredoc-words';
import type { Instruction } from '../types';
import { errNoDestination, instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import { inlineFile } from './run';
import type { AddCommand, CopyCommand, InlineFile, SourcesAndDest } from './types';

function isHeredocWord(word: string): boolean {
  const parsed = parseHeredocWord(word);
  return parsed.ok && parsed.value !== undefined;
}

function sourcesAndDest(
  instruction: Instruction,
  name: string,
  flags: BuilderFlags,
): SourcesAndDest | string {
  const args = instruction.args;
  const dest = args[args.length - 1] as string;
  if (isHeredocWord(dest)) return `${name} cannot accept a heredoc as a destination`;
  const sources: string[] = [];
  const heredocSources: InlineFile[] = [];
  for (const src of args.slice(0, -1)) {
    const opener = parseHeredocWord(src);
    if (opener.ok && opener.value) {
      const openerName = opener.value.name;
      const body = instruction.heredocs.findLast((h) => h.name === openerName);
      // BuildKit takes the chomp and expand settings from the word, the body by name.
      heredocSources.push(
        inlineFile({
          name: openerName,
          content: body?.content ?? '',
          expand: opener.value.expand,
          chomp: opener.value.chomp,
        }),
      );
    } else {
      sources.push(src);
    }
  }
  const result: SourcesAndDest = {
    sources,
    heredocSources,
    dest,
    json: instruction.json,
    link: flags.isTrue('link'),
    excludes: flags.list('exclude'),
  };
  const chown = flags.get('chown');
  if (chown !== undefined) result.chown = chown;
  const chmod = flags.get('chmod');
  if (chmod !== undefined) result.chmod = chmod;
  return result;
}

export function parseCopy(instruction: Instruction): CommandResult<CopyCommand> {
  const fail = (reason: string): CommandResult<CopyCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  if (instruction.args.length < 2) return fail(errNoDestination('COPY'));
  const flags = new BuilderFlags(instruction.flags)
    .strings('exclude')
    .bool('parents')
    .string('chown')
    .string('from')
    .string('chmod')
    .bool('link');
  const flagError = flags.parse();
  if (flagError !== undefined) return fail(flagError);
  const base = sourcesAndDest(instruction, 'COPY', flags);
  if (typeof base === 'string') return fail(base);
  const command: CopyCommand = {
    kind: 'COPY',
    instruction,
    ...base,
    parents: flags.isTrue('parents'),
  };
  const from = flags.get('from');
  if (from !== undefined) command.from = from;
  return { ok: true, value: command };
}

export function parseAdd(instruction: Instruction): CommandResult<AddCommand> {
  const fail = (reason: string): CommandResult<AddCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  if (instruction.args.length < 2) return fail(errNoDestination('ADD'));
  const flags = new BuilderFlags(instruction.flags)
    .strings('exclude')
    .string('chown')
    .string('chmod')
    .bool('link')
    .bool('keep-git-dir')
    .string('checksum');
  const flagError = flags.parse();
  if (flagError !== undefined) return fail(flagError);
  const base = sourcesAndDest(instruction, 'ADD', flags);
  if (typeof base === 'string') return fail(base);
  const command: AddCommand = {
    kind: 'ADD',
    instruction,
    ...base,
    keepGitDir: flags.isTrue('keep-git-dir'),
  };
  const checksum = flags.get('checksum');
  if (checksum !== undefined) command.checksum = checksum;
  return { ok: true, value: command };
}
