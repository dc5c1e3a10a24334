/**
 * RUN: the command line, its heredocs, and the RUN-only flags --mount and --network.
 * (--security and --device exist only in BuildKit's labs channel, so they are unknown here.)
 */
import { chompHeredocContent, parseHeredocWord } from '../parser/heredoc-words';
import type { Heredoc, Instruction } from '../types';
import { commandLine } from './command-line';
import { instructionError, type CommandResult } from './errors';
import { BuilderFlags } from './flags';
import { parseMount } from './mounts';
import type { InlineFile, RunCommand } from './types';

export function inlineFile(heredoc: Heredoc): InlineFile {
  const file: InlineFile = {
    name: heredoc.name,
    content: heredoc.chomp ? chompHeredocContent(heredoc.content) : heredoc.content,
    expand: heredoc.expand,
    chomp: heredoc.chomp,
  };
  if (heredoc.fileDescriptor !== undefined) file.fileDescriptor = heredoc.fileDescriptor;
  return file;
}

export function parseRun(instruction: Instruction): CommandResult<RunCommand> {
  const fail = (reason: string): CommandResult<RunCommand> => ({
    ok: false,
    error: instructionError(instruction, reason),
  });
  const flags = new BuilderFlags(instruction.flags).strings('mount').string('network');
  const flagError = flags.parse();
  if (flagError !== undefined) return fail(flagError);
  const network = flags.get('network') ?? 'default';
  if (network !== 'default' && network !== 'none' && network !== 'host') {
    return fail(`unsupported network mode "${network}"`);
  }
  return {
    ok: true,
    value: {
      kind: 'RUN',
      instruction,
      ...commandLine(instruction),
      heredocs: instruction.heredocs.map(inlineFile),
      mounts: flags.list('mount').map(parseMount),
      network,
      flagsUsed: flags.usedNames(),
    },
  };
}

/** How the builder runs a RUN: an exec array, a shell script, or a heredoc file with a shebang. */
export type RunExecution =
  | { kind: 'exec'; argv: string[] }
  | { kind: 'shell'; script: string }
  | { kind: 'shebang-file'; path: string; content: string };

/**
 * What BuildKit executes for a RUN. A RUN that is just `<<EOF` runs the body itself through
 * the shell, or, when the body starts with `#!`, writes it to /dev/pipes/NAME and runs that
 * file. Otherwise the raw heredoc bodies are appended to the command line so that the shell,
 * which understands heredocs (and `<<-`), reads them.
 */
export function runExecution(run: RunCommand): RunExecution {
  if (!run.prependShell) return { kind: 'exec', argv: [...run.cmdLine] };
  const line = run.cmdLine[0] ?? '';
  const raw = run.instruction.heredocs;
  const first = raw[0];
  if (!first) return { kind: 'shell', script: line };
  const opener = parseHeredocWord(line);
  if (opener.ok && opener.value) {
    if (first.content.startsWith('#!')) {
      const content = first.chomp ? chompHeredocContent(first.content) : first.content;
      return { kind: 'shebang-file', path: `/dev/pipes/${first.name}`, content };
    }
    return { kind: 'shell', script: first.content };
  }
  let full = line;
  for (const heredoc of raw) full += '\n' + heredoc.content + heredoc.name;
  return { kind: 'shell', script: full };
}
