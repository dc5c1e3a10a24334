/** Programs that run another: timeout, nohup, nice, stdbuf (the simulation has no signals or priorities). */
import type { Program, ProgramIO } from '../program';
import { parseDuration } from './system';

function runWrapped(io: ProgramIO, tool: string, command: string[]): number {
  if (command.length === 0) {
    io.stderr(`${tool}: missing operand\nTry '${tool} --help' for more information.\n`);
    return 125;
  }
  const status = io.run(command);
  if (status === 127) {
    io.stderr(`${tool}: failed to run command '${command[0]}': No such file or directory\n`);
    return 127;
  }
  return status;
}

export const timeout: Program = (argv, io) => {
  const args = argv.slice(1);
  while (args[0]?.startsWith('-')) {
    const flag = args.shift() as string;
    if (flag === '-s' || flag === '-k' || flag === '--signal' || flag === '--kill-after')
      args.shift();
  }
  const duration = args.shift();
  if (duration === undefined || parseDuration([duration]) === undefined) {
    io.stderr(`timeout: invalid time interval '${duration ?? ''}'\n`);
    return 125;
  }
  return runWrapped(io, 'timeout', args);
};

export const nohup: Program = (argv, io) => runWrapped(io, 'nohup', argv.slice(1));

export const nice: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '-n') args.splice(0, 2);
  else if (/^-\d+$/.test(args[0] ?? '') || args[0]?.startsWith('--adjustment')) args.shift();
  if (args.length === 0) {
    io.stdout('0\n');
    return 0;
  }
  return runWrapped(io, 'nice', args);
};

export const stdbuf: Program = (argv, io) =>
  runWrapped(
    io,
    'stdbuf',
    argv.slice(1).filter((a) => !/^-[ioe]/.test(a) && !a.startsWith('--')),
  );
