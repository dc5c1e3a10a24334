/**
 * Typed instructions, one variant per Dockerfile keyword, as BuildKit's instructions package
 * builds them from the parse tree. Values are NOT expanded yet: `$VAR` stays as written,
 * because expansion depends on build args and ENV at build time (see expand.ts).
 */
import type { Instruction } from '../types';
import type { RunMount } from './mounts';

export interface CommandBase {
  /** The instruction it came from (lines, column, original text). */
  instruction: Instruction;
}

export interface KeyValue {
  key: string;
  value: string;
  /** `ENV key value` / `LABEL key value`: the legacy form without `=`. */
  legacy: boolean;
}

/** A heredoc as a command sees it: `<<-` tabs already stripped from `content`. */
export interface InlineFile {
  name: string;
  content: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor?: number;
}

export interface FromCommand extends CommandBase {
  kind: 'FROM';
  image: string;
  /** `AS name`, lower-cased as BuildKit stores it. */
  stageName?: string;
  /** The stage name as written (for the StageNameCasing check). */
  stageNameAsWritten?: string;
  platform?: string;
}

/** RUN, CMD and ENTRYPOINT: a shell-form string or an exec-form array. */
export interface CommandLine {
  /** True for the shell form: the builder prepends the SHELL (default `/bin/sh -c`). */
  prependShell: boolean;
  /** BuildKit's CmdLine: the exec array, or the shell-form text as a single item. */
  cmdLine: string[];
}

export interface RunCommand extends CommandBase, CommandLine {
  kind: 'RUN';
  heredocs: InlineFile[];
  /** Every --mount value as written, and what we understood of it. */
  mounts: RunMount[];
  /** --network value: 'default', 'none' or 'host'. */
  network: 'default' | 'none' | 'host';
  /** Names of the flags that were given (BuildKit's FlagsUsed). */
  flagsUsed: string[];
}

export interface SourcesAndDest {
  /** Paths (or URLs for ADD) to copy from. */
  sources: string[];
  /** `COPY <<EOF /dest`: heredoc bodies used as source files. */
  heredocSources: InlineFile[];
  dest: string;
  json: boolean;
  chown?: string;
  chmod?: string;
  link: boolean;
  excludes: string[];
}

export interface CopyCommand extends CommandBase, SourcesAndDest {
  kind: 'COPY';
  from?: string;
  parents: boolean;
}

export interface AddCommand extends CommandBase, SourcesAndDest {
  kind: 'ADD';
  checksum?: string;
  keepGitDir: boolean;
}

export interface WorkdirCommand extends CommandBase {
  kind: 'WORKDIR';
  path: string;
}

export interface EnvCommand extends CommandBase {
  kind: 'ENV';
  pairs: KeyValue[];
}

export interface LabelCommand extends CommandBase {
  kind: 'LABEL';
  pairs: KeyValue[];
}

export interface ArgCommand extends CommandBase {
  kind: 'ARG';
  args: { name: string; defaultValue?: string }[];
}

export interface ExposeCommand extends CommandBase {
  kind: 'EXPOSE';
  /** Port specs as written (`80`, `80/tcp`, `$PORT`), sorted as BuildKit sorts them. */
  ports: string[];
}

export interface UserCommand extends CommandBase {
  kind: 'USER';
  user: string;
}

export interface VolumeCommand extends CommandBase {
  kind: 'VOLUME';
  volumes: string[];
  json: boolean;
}

export interface CmdCommand extends CommandBase, CommandLine {
  kind: 'CMD';
}

export interface EntrypointCommand extends CommandBase, CommandLine {
  kind: 'ENTRYPOINT';
}

export interface HealthcheckCommand extends CommandBase {
  kind: 'HEALTHCHECK';
  /** Docker's Healthcheck.Test: ['NONE'], ['CMD', ...exec] or ['CMD-SHELL', text]. */
  test: string[];
  /** Durations in nanoseconds (as `docker inspect` shows them); 0 means "use the default". */
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

export interface ShellCommand extends CommandBase {
  kind: 'SHELL';
  shell: string[];
}

export interface StopsignalCommand extends CommandBase {
  kind: 'STOPSIGNAL';
  signal: string;
}

export interface MaintainerCommand extends CommandBase {
  kind: 'MAINTAINER';
  maintainer: string;
}

export interface OnbuildCommand extends CommandBase {
  kind: 'ONBUILD';
  /** The trigger text stored in the image config (heredoc bodies appended). */
  expression: string;
  /** The trigger as a command; BuildKit itself only parses it in the child build. */
  trigger?: Command;
  /** Why the trigger would fail in the child build, if it would. */
  triggerError?: string;
}

export type Command =
  | FromCommand
  | RunCommand
  | CopyCommand
  | AddCommand
  | WorkdirCommand
  | EnvCommand
  | LabelCommand
  | ArgCommand
  | ExposeCommand
  | UserCommand
  | VolumeCommand
  | CmdCommand
  | EntrypointCommand
  | HealthcheckCommand
  | ShellCommand
  | StopsignalCommand
  | MaintainerCommand
  | OnbuildCommand;

export type CommandKind = Command['kind'];
