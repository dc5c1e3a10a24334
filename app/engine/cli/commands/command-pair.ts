/**
 * Most commands exist twice: `docker ps` and `docker container ls`, `docker pull` and
 * `docker image pull`, `docker info` and `docker system info`... Each spelling is its own
 * command in docker's CLI, with its own usage line in --help, the same flags and the same
 * behaviour.
 */
import type { CommandSpec, FlagSpec } from '../args/spec';
import type { DockerCommand, DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';

export interface PairOptions {
  /** The management command the long spelling sits under (default `container`). */
  group?: 'container' | 'image' | 'system';
  /** The top-level name (`ps`), or undefined for a command that only exists under the group. */
  top?: string;
  /** The name under the group: `ls` of `docker container ls`. */
  sub: string;
  /** Usage after the command name: `[OPTIONS] CONTAINER [CONTAINER...]`. */
  usage: string;
  short: string;
  /** A longer description for --help (the short one otherwise). */
  long?: string;
  /** Other names under the group (`list`, `ps`). */
  subAliases?: string[];
  /** Whether --help lists aliases (inspect and prune do not). */
  showAliases?: boolean;
  flags: readonly FlagSpec[];
  minArgs?: number;
  maxArgs?: number;
  /** run, create and exec stop reading flags at the first argument. */
  interspersed?: boolean;
  run(ctx: DockerContext, parsed: ParsedArgs, name: string): number;
}

/** The group's spelling first, then the top-level one when there is one. */
export function commandPair(options: PairOptions & { top: string }): [DockerCommand, DockerCommand];
export function commandPair(options: PairOptions): DockerCommand[];
export function commandPair(options: PairOptions): DockerCommand[] {
  const group = options.group ?? 'container';
  const aliasList = [
    `docker ${group} ${options.sub}`,
    ...(options.subAliases ?? []).map((a) => `docker ${group} ${a}`),
    ...(options.top ? [`docker ${options.top}`] : []),
  ];
  const spec = (name: string): CommandSpec => ({
    name,
    usage: `docker ${name} ${options.usage}`.trimEnd(),
    short: options.short,
    ...(options.long ? { long: options.long } : {}),
    ...(options.showAliases === false ? {} : { aliases: aliasList }),
    ...(options.minArgs !== undefined ? { minArgs: options.minArgs } : {}),
    ...(options.maxArgs !== undefined ? { maxArgs: options.maxArgs } : {}),
    interspersed: options.interspersed ?? true,
    flags: options.flags,
  });
  const commands: DockerCommand[] = [
    {
      path: [group, options.sub],
      aliases: (options.subAliases ?? []).map((a) => [group, a]),
      spec: spec(`${group} ${options.sub}`),
      run: (ctx, parsed) => options.run(ctx, parsed, `${group} ${options.sub}`),
    },
  ];
  if (options.top) {
    const top = options.top;
    commands.push({
      path: [top],
      spec: spec(top),
      run: (ctx, parsed) => options.run(ctx, parsed, top),
    });
  }
  return commands;
}
