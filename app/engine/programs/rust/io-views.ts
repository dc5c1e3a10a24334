/**
 * Views of cargo's IO. cargo's "Finished ... in 12.34s" counts from the start of the command (resolving and
 * downloading included): a view of the program's IO that adds up the time it spends.
 */
import type { ProgramIO } from '../../shell/program';

export interface Stopwatch {
  io: ProgramIO;
  elapsed(): number;
}

export function stopwatch(io: ProgramIO): Stopwatch {
  let spent = 0;
  // The other fields (some are getters) are read through the prototype, unchanged.
  const timed = Object.create(io, {
    spend: {
      value: (ms: number) => {
        spent += ms;
        io.spend(ms);
      },
    },
  }) as ProgramIO;
  return { io: timed, elapsed: () => spent };
}

/**
 * `-q`/`--quiet`: cargo prints no status lines ("Compiling", "Finished", ...); errors,
 * warnings and what programs print still show.
 */
const STATUS =
  /^ {0,11}(Updating|Locking|Adding|Downloading|Downloaded|Compiling|Checking|Finished|Running|Installing|Installed|Replacing|Replaced|Removing|Removed|Creating|Ignored) /;

export function quiet(io: ProgramIO): ProgramIO {
  return Object.create(io, {
    stderr: {
      value: (text: string) => {
        const kept = text
          .split(/(?<=\n)/)
          .filter((line) => !STATUS.test(line))
          .join('');
        if (kept) io.stderr(kept);
      },
    },
  }) as ProgramIO;
}
