/**
 * git, as Dockerfiles use it: `--version`, `clone`, `init`, `config`, `rev-parse`,
 * `checkout`/`switch`, `submodule`, `remote`, `fetch`, with the global options `-C <dir>` and `-c name=value`.
 * It exists only where the image has it on PATH (the `git` package of apt or apk, or a base
 * that ships it, such as buildpack-deps). Other git commands are noted, not run.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { findOnPath } from '../../shell/exec/lookup';
import { absolute, isDir } from '../common/fs-helpers';
import { checkoutCommand } from './checkout';
import { cloneCommand } from './clone';
import { configCommand, type GitContext } from './config';
import { initCommand } from './init';
import { fetchCommand, remoteCommand } from './remote';
import { revParseCommand } from './rev-parse';
import { submoduleCommand } from './submodule';
import { gitVersion, parseVersion } from './version';

/** git's commands this model does not run: they are noted instead of being called unknown. */
const UNMODELLED = new Set(
  'add am apply archive bisect blame branch bundle cat-file cherry-pick clean commit describe diff for-each-ref gc grep log ls-files ls-remote ls-tree merge mv notes pull push rebase reflog reset restore revert rm shortlog show show-ref sparse-checkout stash status tag worktree'.split(
    ' ',
  ),
);

const USAGE =
  'usage: git [--version] [--help] [-C <path>] [-c <name>=<value>]\n' +
  '           <command> [<args>]\n';

export function gitProgram(catalog: Catalog, distro: Distro | undefined): Program {
  return (argv, io) => git(argv.slice(1), io, catalog, distro);
}

function git(args: string[], io: ProgramIO, catalog: Catalog, distro: Distro | undefined): number {
  const version = gitVersion(io, catalog, distro);
  let cwd = io.cwd;
  const overrides: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-C' || arg === '-c') {
      const value = args[++i];
      if (value === undefined) {
        io.stderr(
          arg === '-C'
            ? `error: no directory given for '-C' option\n\n${USAGE}`
            : `error: -c expects a configuration string\n\n${USAGE}`,
        );
        return 129;
      }
      if (arg === '-c') overrides.push(value);
      else if (value !== '') {
        cwd = absolute(cwd, value);
        if (!isDir(io.fs, cwd)) {
          io.stderr(`fatal: cannot change to '${value}': No such file or directory\n`);
          return 128;
        }
      }
    } else if (arg === '--no-pager' || arg === '-P' || arg === '-p' || arg === '--paginate')
      continue;
    else break;
  }
  const [command, ...rest] = args.slice(i);
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout(`git version ${version}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    io.note("git's full help (the list of its commands) is not modelled.");
    return command === undefined ? 1 : 0;
  }
  const ctx: GitContext = { io, cwd, overrides };
  const v = parseVersion(version);
  switch (command) {
    case 'clone':
      return cloneCommand(ctx, rest, v);
    case 'init':
      return initCommand(ctx, rest, v);
    case 'config':
      return configCommand(ctx, rest);
    case 'rev-parse':
      return revParseCommand(ctx, rest, v);
    case 'checkout':
      return checkoutCommand(ctx, rest, v, false);
    case 'switch':
      return checkoutCommand(ctx, rest, v, true);
    case 'submodule':
      return submoduleCommand(ctx, rest, v);
    case 'remote':
      return remoteCommand(ctx, rest, v);
    case 'fetch':
      return fetchCommand(ctx, rest, v);
  }
  if (command.startsWith('-')) {
    io.stderr(`unknown option: ${command}\n${USAGE}`);
    return 129;
  }
  if (UNMODELLED.has(command)) {
    io.note(
      `git ${command} is not modelled in Layercake: it did nothing here (the repository's content is not simulated).`,
    );
    return 0;
  }
  // Like git, run `git-<command>` from PATH (git-lfs, git-flow): here only noted.
  if (findOnPath(io.fs, `git-${command}`, io.env.PATH, io.cwd)) {
    io.note(
      `git ${command} runs git-${command}, which Layercake does not model: it did nothing here.`,
    );
    return 0;
  }
  io.stderr(`git: '${command}' is not a git command. See 'git --help'.\n`);
  return 1;
}
