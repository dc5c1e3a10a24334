/**
 * The parsed form of a Dockerfile. It mirrors BuildKit's parse tree (one node per
 * instruction, arguments as BuildKit's node values) so that the dump matches BuildKit's, and
 * adds what an explainer needs: exact line ranges and the column of each keyword.
 */

export interface Diagnostic {
  severity: 'error' | 'warning' | 'hint';
  /** For errors: the text Docker prints after "ERROR: failed to solve: ". */
  message: string;
  /** 1-based line and column where the problem starts, and where it ends (inclusive line). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A rule id (hadolint's DLxxxx, BuildKit's check name, our LCxxxx) or an error kind. */
  code?: string;
  url?: string;
  /** For errors: the bare reason without Docker's "dockerfile parse error on line N: " prefix. */
  reason?: string;
}

export interface Heredoc {
  /** The delimiter word, quotes removed: `EOF` for `<<'EOF'`. */
  name: string;
  /** The body exactly as written, line endings kept, leading tabs NOT stripped (see chomp). */
  content: string;
  /** False when any part of the delimiter was quoted: the body is then taken literally. */
  expand: boolean;
  /** `<<-EOF`: leading tabs of the body and of the terminator line are stripped. */
  chomp: boolean;
  /** `2<<EOF` gives 2; absent when no number was written. */
  fileDescriptor?: number;
}

export interface Instruction {
  /** Upper-case keyword, e.g. 'RUN' (what BuildKit dispatches on). */
  keyword: string;
  /** The keyword as written ('run', 'Run'), which some build checks look at. */
  rawKeyword: string;
  /** BuildKit's node values; for the JSON form the array items. */
  args: string[];
  /** Builder flags in order, quotes removed: ['--from=build', '--chown=1000']. */
  flags: string[];
  /** Exec (JSON array) form. */
  json: boolean;
  heredocs: Heredoc[];
  /** The instruction text with continuations joined as BuildKit joins them. */
  original: string;
  /** 1-based, inclusive; continuation lines and heredoc bodies included. */
  startLine: number;
  endLine: number;
  /** 1-based column of the keyword on startLine. */
  column: number;
  /** 1-based column just past the last character of endLine. */
  endColumn: number;
  /** ONBUILD's wrapped instruction. */
  next?: Instruction;
}

export interface ParsedDockerfile {
  instructions: Instruction[];
  escapeToken: '\\' | '`';
  /** Parser directives found at the top: escape, syntax, check (lower-case names). */
  directives: Record<string, string>;
  /** What BuildKit's parser warns about (empty continuation lines). */
  warnings: Diagnostic[];
}

export type ParseResult =
  | { ok: true; value: ParsedDockerfile }
  | { ok: false; errors: Diagnostic[]; partial?: ParsedDockerfile };
