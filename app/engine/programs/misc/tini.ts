/**
 * tini, the minimal init many images use as their entrypoint (`ENTRYPOINT ["tini", "--"]`):
 * it runs the command as its child, forwards signals and reaps zombies. Here it runs the
 * command and returns its status; `--version` prints tini's.
 */
import type { Program } from '../../shell/program';

const VERSION = 'tini version 0.19.0 - git.de40ad0';

export const tiniProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-p' || arg === '-e') i++;
    else if (!arg.startsWith('-')) break;
  }
  const command = args.slice(i);
  if (command.length === 0) {
    io.stderr(
      `${argv[0] ?? 'tini'} (${VERSION})\nUsage: tini [OPTIONS] PROGRAM -- [ARGS] | --version\n\nExecute a program under the supervision of a valid init process (tini)\n`,
    );
    return 1;
  }
  const status = io.run(command);
  if (status === 127) {
    io.stderr(`[FATAL tini (7)] exec ${command[0]} failed: No such file or directory\n`);
    return 127;
  }
  return status;
};
