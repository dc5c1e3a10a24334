/**
 * Test support: runs a Program against a filesystem and records what it printed, noted and
 * spent. Commands a program runs through `io.run` are recorded and answered by `onRun`.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { Program, ProgramIO, User, Userland } from '../../shell/program';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  user?: User;
  userland?: Userland;
  stdin?: string;
  now?: number;
  onRun?: (argv: string[], io: ProgramIO) => number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  notes: string[];
  spentMs: number;
  runs: string[][];
}

export const ROOT: User = { name: 'root', uid: 0, gid: 0, home: '/root' };

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function runProgram(
  program: Program,
  argv: string[],
  fs: FileSystem,
  options: RunOptions = {},
): RunResult {
  const result: RunResult = { code: 0, stdout: '', stderr: '', notes: [], spentMs: 0, runs: [] };
  const io: ProgramIO = {
    fs,
    env: { PATH: DEFAULT_PATH, HOME: options.user?.home ?? '/root', ...options.env },
    cwd: options.cwd ?? '/',
    user: options.user ?? ROOT,
    userland: options.userland ?? 'gnu',
    stdin: options.stdin ?? '',
    stdout: (text) => {
      result.stdout += text;
    },
    stderr: (text) => {
      result.stderr += text;
    },
    note: (text) => {
      result.notes.push(text);
    },
    spend: (ms) => {
      result.spentMs += ms;
    },
    now: options.now ?? Date.UTC(2026, 0, 15, 9, 0, 0),
    run: (runArgv) => {
      result.runs.push(runArgv);
      return options.onRun ? options.onRun(runArgv, io) : 0;
    },
  };
  result.code = program(argv, io);
  return result;
}
