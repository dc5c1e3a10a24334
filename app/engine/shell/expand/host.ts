/** What expansion needs from the running shell, kept narrow so expansion is testable alone. */
import type { FileSystem } from '../../fs/filesystem';
import type { Script } from '../ast';

export interface ExpandHost {
  readonly fs: FileSystem;
  readonly cwd: string;
  /** A variable, a positional parameter ("1") or a special parameter ("?", "#", "$", ...). */
  lookup(name: string): string | undefined;
  positional(): readonly string[];
  /** `${x:=y}` and arithmetic assignments; throws ExpansionError for a readonly variable. */
  assign(name: string, value: string): void;
  /** Runs a command substitution and returns everything it wrote to stdout. */
  commandSub(script: Script): string;
  /** The home directory of a user, for `~name` (from /etc/passwd). */
  homeOf(user: string): string | undefined;
  readonly nounset: boolean;
  readonly noglob: boolean;
}

/**
 * An expansion that stops the shell: `${x?}`, an unset variable under `set -u`, bad
 * arithmetic. `message` is what follows the shell's "sh: 1: " prefix.
 */
export class ExpansionError extends Error {
  constructor(
    message: string,
    readonly reason: 'unset' | 'arith' | 'substitution' | 'readonly',
  ) {
    super(message);
  }
}
