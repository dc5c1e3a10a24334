/**
 * dumb-init, Yelp's minimal init (`ENTRYPOINT ["dumb-init", "--"]`): it runs the command as
 * its child, forwards signals to the child's process group and exits with the child's status.
 * Its messages all go to stderr: the version (`dumb-init v1.2.5`), the help, and the
 * `[dumb-init] cmd: No such file or directory` of a command it cannot exec, which exits 2.
 */
import type { Program } from '../../shell/program';

const VERSION = '1.2.5';

function help(argv0: string): string {
  return [
    `dumb-init v${VERSION}`,
    `Usage: ${argv0} [option] command [[arg] ...]`,
    '',
    'dumb-init is a simple process supervisor that forwards signals to children.',
    'It is designed to run as PID1 in minimal container environments.',
    '',
    'Optional arguments:',
    '   -c, --single-child   Run in single-child mode.',
    '                        In this mode, signals are only proxied to the',
    '                        direct child and not any of its descendants.',
    '   -r, --rewrite s:r    Rewrite received signal s to new signal r before proxying.',
    '                        To ignore (not proxy) a signal, rewrite it to 0.',
    '                        This option can be specified multiple times.',
    '   -v, --verbose        Print debugging information to stderr.',
    '   -h, --help           Print this help message and exit.',
    '   -V, --version        Print the current version and exit.',
    '',
    'Full help is available online at https://github.com/Yelp/dumb-init',
    '',
  ].join('\n');
}

const REWRITE_HELP =
  'Usage: -r option takes <signum>:<signum>, where <signum> is between 1 and 31.\n' +
  'This option can be specified multiple times.\nUse --help for full usage.\n';

/** `s:r` with s in 1..31 and r in 0..31, as the -r option takes it. */
function validRewrite(spec: string): boolean {
  const match = /^\s*([+-]?\d+):([+-]?\d+)/.exec(spec);
  if (!match) return false;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from >= 1 && from <= 31 && to >= 0 && to <= 31;
}

const LONG: Record<string, string> = {
  '--help': '-h',
  '--single-child': '-c',
  '--rewrite': '-r',
  '--verbose': '-v',
  '--version': '-V',
};

export const dumbInitProgram: Program = (argv, io) => {
  const argv0 = argv[0] ?? 'dumb-init';
  const args = argv.slice(1);
  let i = 0;
  // getopt with "+": options stop at the first word that is not one, or after `--`.
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    i++;
    let letters: string[];
    let attached: string | undefined;
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.split(/=(.*)/s, 2);
      const short = LONG[name];
      if (!short) {
        io.stderr(`${argv0}: unrecognized option '${arg}'\n`);
        return 1;
      }
      letters = [short.slice(1)];
      attached = value;
    } else letters = [...arg.slice(1)];
    for (let k = 0; k < letters.length; k++) {
      const letter = letters[k] as string;
      if (letter === 'h') {
        io.stderr(help(argv0));
        return 0;
      }
      if (letter === 'V') {
        io.stderr(`dumb-init v${VERSION}\n`);
        return 0;
      }
      if (letter === 'r') {
        const rest = arg.startsWith('--') ? attached : letters.slice(k + 1).join('');
        const spec = rest || args[i++];
        if (spec === undefined) {
          io.stderr(`${argv0}: option requires an argument -- 'r'\n`);
          return 1;
        }
        if (!validRewrite(spec)) {
          io.stderr(REWRITE_HELP);
          return 1;
        }
        break;
      }
      if (letter !== 'c' && letter !== 'v') {
        io.stderr(`${argv0}: invalid option -- '${letter}'\n`);
        return 1;
      }
    }
  }
  const command = args.slice(i);
  if (command.length === 0) {
    io.stderr(`Usage: ${argv0} [option] program [args]\nTry ${argv0} --help for full usage.\n`);
    return 1;
  }
  const status = io.run(command);
  // The child's exec failed: dumb-init's child reports it and exits 2.
  if (status === 127) {
    io.stderr(`[dumb-init] ${command[0]}: No such file or directory\n`);
    return 2;
  }
  if (status === 126) {
    io.stderr(`[dumb-init] ${command[0]}: Permission denied\n`);
    return 2;
  }
  return status;
};
