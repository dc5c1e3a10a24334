/** /bin/echo, /usr/bin/printf, /usr/bin/test and [, true, false as programs (env, xargs, find -exec reach them). */
import { basename } from '../../fs/path';
import type { Program } from '../program';
import { echoText } from './echo-text';
import { formatPrintf, printfMessage } from './printf-format';
import { evaluateTest, testMessage } from './test-expr';

export const echo: Program = (argv, io) => {
  io.stdout(echoText(argv.slice(1), io.userland === 'busybox' ? 'busybox' : 'gnu'));
  return 0;
};

export const printf: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  const format = args[0];
  if (format === undefined) {
    io.stderr(
      io.userland === 'busybox'
        ? 'Usage: printf FORMAT [ARG]...\n'
        : "printf: missing operand\nTry 'printf --help' for more information.\n",
    );
    return 1;
  }
  const result = formatPrintf(format, args.slice(1));
  io.stdout(result.output);
  // GNU names itself as invoked (/usr/bin/printf); BusyBox by its applet name.
  const name = io.userland === 'gnu' ? (argv[0] ?? 'printf') : 'printf';
  for (const problem of result.problems)
    io.stderr(`${name}: ${printfMessage(problem, io.userland)}\n`);
  return result.problems.length > 0 ? 1 : 0;
};

export const test: Program = (argv, io) => {
  const name = argv[0] ?? 'test';
  const flavor = io.userland === 'busybox' ? 'busybox' : 'gnu';
  let args = argv.slice(1);
  if (basename(name) === '[') {
    if (args[args.length - 1] !== ']') {
      io.stderr(`${name}: ${testMessage({ kind: 'bracket' }, flavor)}\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  const result = evaluateTest(args, io);
  if (!result.ok) {
    io.stderr(
      `${flavor === 'busybox' ? basename(name) : name}: ${testMessage(result.error, flavor)}\n`,
    );
    return 2;
  }
  return result.value ? 0 : 1;
};

export const trueProgram: Program = () => 0;
export const falseProgram: Program = () => 1;
