/**
 * envsubst (GNU gettext): copies stdin to stdout replacing `$VAR` and `${VAR}` with the
 * environment's values (empty when unset). With a SHELL-FORMAT argument only the variables
 * it names are replaced, as nginx's template script relies on to keep nginx's own `$host`.
 */
import type { Program } from '../../shell/program';

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

function names(format: string): Set<string> {
  return new Set([...format.matchAll(REFERENCE)].map((m) => m[1] ?? m[2] ?? ''));
}

export const envsubstProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '--version' || args[0] === '-V') {
    io.stdout('envsubst (GNU gettext-runtime) 0.23.1\n');
    return 0;
  }
  if (args[0] === '-v' || args[0] === '--variables') {
    if (args[1] === undefined) {
      io.stderr("envsubst: missing arguments\nTry 'envsubst --help' for more information.\n");
      return 1;
    }
    io.stdout([...names(args[1])].map((n) => `${n}\n`).join(''));
    return 0;
  }
  if (args.length > 1) {
    io.stderr("envsubst: too many arguments\nTry 'envsubst --help' for more information.\n");
    return 1;
  }
  const only = args[0] !== undefined ? names(args[0]) : undefined;
  io.stdout(
    io.stdin.replace(REFERENCE, (match, braced: string | undefined, plain: string | undefined) => {
      const name = braced ?? plain ?? '';
      if (only && !only.has(name)) return match;
      return io.env[name] ?? '';
    }),
  );
  return 0;
};
