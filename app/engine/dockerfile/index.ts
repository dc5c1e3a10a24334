/**
 * The Dockerfile front end of the engine: a parser that behaves as BuildKit's (same tree,
 * same quirks, same errors), a typed command layer, variable expansion and lint hints.
 */
import { parseDockerfileText } from './parser/parse';
import type { ParseResult } from './types';

export type { Diagnostic, Heredoc, Instruction, ParsedDockerfile, ParseResult } from './types';
export { dumpBuildkit, dumpInstruction } from './dump';
export {
  expandWord,
  expandWords,
  expandWordReportingUnset,
  displayInstruction,
  ENV_REPLACEMENT_INSTRUCTIONS,
  supportsEnvReplacement,
} from './expand';
export type { DisplayMode, EnvLookup, ExpandOptions, ExpandResult } from './expand';
export { chompHeredocContent } from './parser/heredoc-words';
export { toCommand, toCommands, INSTRUCTION_NAMES } from './commands/index';
export { runExecution, type RunExecution } from './commands/run';
export { splitPortSpec } from './commands/single-value';
export { parseGoDuration } from './commands/duration';
export type * from './commands/types';
export type { Mount, MountType, RunMount } from './commands/mounts';
export { lintDockerfile, LINT_RULES } from './lint/index';

/** Parses Dockerfile text; never throws. */
export function parseDockerfile(text: string): ParseResult {
  try {
    return parseDockerfileText(text);
  } catch (err) {
    // A bug of ours must not take the app down: report it as a parse error.
    const message = `internal parser error: ${err instanceof Error ? err.message : String(err)}`;
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          message,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          code: 'internal',
        },
      ],
    };
  }
}
