/**
 * BuildKit's UndefinedVar check: while it expands an instruction's words (ENV, LABEL, COPY,
 * ADD, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL; never RUN, CMD or ENTRYPOINT, which the
 * shell expands), a variable that is neither in the stage's environment nor a declared ARG
 * is reported: `Usage of undefined variable '$BRAND' (did you mean $BRANCH?)`. A reference
 * with a default or alternative (`${X:-d}`, `${X:+a}`) is not: it says what to do when X is
 * unset.
 */
import { expandWordReportingUnset } from '../dockerfile';
import type { Command } from '../dockerfile/commands/types';
import { suggest } from '../dockerfile/suggest';
import type { BuildCheck } from '../dockerfile/build-checks';
import { envMap, type StageState } from './stage-state';

/** The words of a command that the builder expands. */
function expandedWords(command: Command): string[] {
  switch (command.kind) {
    case 'ENV':
    case 'LABEL':
      return command.pairs.flatMap((p) => [p.key, p.value]);
    case 'EXPOSE':
      return command.ports;
    case 'VOLUME':
      return command.json ? [] : command.volumes;
    case 'USER':
      return [command.user];
    case 'STOPSIGNAL':
      return [command.signal];
    case 'WORKDIR':
      return [command.path];
    case 'COPY':
    case 'ADD':
      return [
        ...(command.json ? [] : command.sources),
        command.dest,
        ...(command.chown !== undefined ? [command.chown] : []),
        ...(command.kind === 'COPY' && command.from !== undefined ? [command.from] : []),
      ];
    case 'ARG':
      return command.args.flatMap((a) => (a.defaultValue !== undefined ? [a.defaultValue] : []));
    default:
      return [];
  }
}

/** Whether `name` is used plainly (`$X`, `${X}`) somewhere in the word. */
function usedPlainly(word: string, name: string): boolean {
  const escaped = name.replace(/[^A-Za-z0-9_]/g, '\\$&');
  return new RegExp(`\\$\\{${escaped}\\}|\\$${escaped}(?![A-Za-z0-9_])`).test(word);
}

export function undefinedVars(
  command: Command,
  state: StageState,
  escapeToken: string,
): BuildCheck[] {
  const env = envMap(state.config);
  const lookup = (name: string): string | undefined => env.get(name) ?? state.args.get(name);
  const found: string[] = [];
  for (const word of expandedWords(command)) {
    if (!word.includes('$')) continue;
    const result = expandWordReportingUnset(word, lookup, { escapeToken });
    if (!result.ok) continue;
    for (const name of result.value.unset) {
      if (state.args.has(name) || found.includes(name) || !usedPlainly(word, name)) continue;
      found.push(name);
    }
  }
  const options = [...env.keys()].sort();
  return found.map((name) => {
    const match = suggest(name, options, true);
    return {
      rule: 'UndefinedVar',
      message: `Usage of undefined variable '$${name}'${match ? ` (did you mean $${match}?)` : ''}`,
      line: command.instruction.startLine,
    };
  });
}
