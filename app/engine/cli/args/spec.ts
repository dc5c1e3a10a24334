// A docker command described as data: what the parser accepts and what --help shows.

export type FlagType = 'bool' | 'string' | 'stringArray' | 'int' | 'duration';

export interface FlagSpec {
  /** Long name without dashes: 'detach'. */
  long: string;
  /** One-character shorthand: 'd'. */
  short?: string;
  type: FlagType;
  /** Help text; may hold newlines (docker's --format text does). */
  help: string;
  /** Parsed default value (bool false, '' , 0, [] when absent). Durations in milliseconds. */
  default?: boolean | string | number | readonly string[];
  /**
   * The "(default …)" text in --help, when docker shows one pflag would not derive from
   * `default` (e.g. "0s", "[]", "map[]"). null hides it.
   */
  defaultText?: string | null;
  /** The value placeholder in --help ("list", "filter", "bytes"…); derived from the type. */
  valueName?: string;
  hidden?: boolean;
  /** Marks the flag deprecated: hidden from help, and a warning when used. */
  deprecated?: string;
  /** Extra validation of each value; returns an error message, or null when valid. */
  validate?: (value: string) => string | null;
}

export interface CommandSpec {
  /** The command path after "docker": 'ps', 'volume create'. */
  name: string;
  /** The usage line: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]'. */
  usage: string;
  short: string;
  long?: string;
  /** Full alias commands as docker lists them: ['docker container ls', 'docker ps']. */
  aliases?: readonly string[];
  example?: string;
  minArgs?: number;
  maxArgs?: number;
  /** false for run/exec/create: flags stop at the first positional argument. */
  interspersed: boolean;
  flags: readonly FlagSpec[];
}

export type FlagValue = boolean | string | number | string[];

export type ParseResult =
  | {
      ok: true;
      help: false;
      /** Every flag by long name: the value given, or its default. */
      flags: Record<string, FlagValue>;
      /** Long names of the flags given on the command line. */
      changed: string[];
      args: string[];
      /** How many positional arguments came before a `--`, or null without one. */
      dashAt: number | null;
      /** Warnings docker prints to stderr (deprecated flags), each ending in a newline. */
      stderr: string;
    }
  | {
      ok: true;
      help: true;
      /** What docker prints to stdout for --help (exit status 0). */
      stdout: string;
    }
  | {
      ok: false;
      /** What docker prints to stderr, without the final newline. */
      error: string;
      /** 125 for flag errors, 1 for a wrong number of arguments. */
      exitCode: number;
    };
