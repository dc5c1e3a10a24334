/**
 * The contract between the shell and the programs it runs. Builtins (cd, export, ...) live in
 * the shell; tools (cat, mkdir, apt-get, pip, ...) are Programs registered by name. A program
 * is only found if the filesystem has an executable at that name on PATH (so `apt-get` does
 * not exist on alpine, and `pip` appears once python is installed), unless it is marked
 * `always` (a shell builtin-like utility the shell provides itself).
 */
import type { FileSystem } from '../fs/filesystem';

/** Whose tools are these: error wording differs between GNU coreutils and BusyBox. */
export type Userland = 'gnu' | 'busybox';

export interface User {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface ProgramIO {
  fs: FileSystem;
  /** The environment of the process (exported variables). Programs may not change it. */
  env: Readonly<Record<string, string>>;
  cwd: string;
  user: User;
  userland: Userland;
  stdin: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * A note for the learner where the simulation approximates ("pip did not really download
   * anything: the files are modelled from the package catalog").
   */
  note(text: string): void;
  /** Simulated time this program takes, in ms (package installs take seconds). */
  spend(ms: number): void;
  /** Milliseconds since the epoch, from the injected clock. */
  now: number;
  /** Runs another command line in a subshell with this IO (for `sh -c`, `xargs`, `env`, ...). */
  run(argv: string[], stdin?: string): number;
}

/** A program: argv[0] is the name it was called by. Returns the exit status. */
export type Program = (argv: string[], io: ProgramIO) => number;

export interface ProgramEntry {
  run: Program;
  /**
   * Found without an executable on PATH. For utilities every image has in practice (the
   * shell's own builtins such as echo, test, printf), not for anything an image may lack.
   */
  always?: boolean;
}

export type ProgramRegistry = ReadonlyMap<string, ProgramEntry>;
