/**
 * Utilities the shells build in: echo, printf, test/[, true, false, :. They share their
 * logic with the /bin programs of the same names but speak with the shell's voice in errors
 * (dash: `/bin/sh: 1: [: Illegal number: x`; BusyBox: `sh: bad number`).
 */
import type { Shell } from '../exec/shell';
import { echoText } from '../programs/echo-text';
import { formatPrintf, printfMessage } from '../programs/printf-format';
import { evaluateTest, testMessage } from '../programs/test-expr';

function report(sh: Shell, name: string, message: string): void {
  // BusyBox's builtins print their message with the shell's prefix alone.
  if (sh.dialect === 'ash') sh.error(message);
  else sh.builtinError(name, message);
}

export function echoBuiltin(sh: Shell, argv: string[]): number {
  sh.stdout(
    echoText(
      argv.slice(1),
      sh.dialect === 'dash' ? 'dash' : sh.dialect === 'bash' ? 'bash' : 'busybox',
    ),
  );
  return 0;
}

export function printfBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  const format = args[0];
  if (format === undefined) {
    if (sh.dialect === 'bash')
      sh.builtinError('printf', 'usage: printf [-v var] format [arguments]');
    else
      report(
        sh,
        'printf',
        sh.dialect === 'dash'
          ? 'usage: printf format [arg ...]'
          : 'usage: printf FORMAT [ARGUMENT]...',
      );
    return sh.dialect === 'ash' ? 1 : 2;
  }
  const result = formatPrintf(format, args.slice(1));
  sh.stdout(result.output);
  for (const problem of result.problems) report(sh, 'printf', printfMessage(problem, sh.dialect));
  if (result.fatal) return sh.dialect === 'dash' ? 2 : 1;
  return result.problems.length > 0 ? 1 : 0;
}

export function testBuiltin(sh: Shell, argv: string[]): number {
  const name = argv[0] as string;
  let args = argv.slice(1);
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      report(sh, name, testMessage({ kind: 'bracket' }, sh.dialect));
      return 2;
    }
    args = args.slice(0, -1);
  }
  const result = evaluateTest(args, { fs: sh.fs, cwd: sh.state.cwd, user: sh.state.user });
  if (!result.ok) {
    report(sh, name, testMessage(result.error, sh.dialect));
    return 2;
  }
  return result.value ? 0 : 1;
}

export const trueBuiltin = (): number => 0;
export const falseBuiltin = (): number => 1;
