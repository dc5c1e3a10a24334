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
  /**
   * The process's supplementary groups when its runtime fixed them: a BuildKit RUN as a uid
   * with no passwd entry gets none. Unset, they come from /etc/group and the primary group.
   */
  groups?: readonly number[];
}

export interface ProgramIO {
  fs: FileSystem;
  /** The environment of the process (exported variables). Programs may not change it. */
  env: Readonly<Record<string, string>>;
  cwd: string;
  user: User;
  userland: Userland;
  /**
   * The filesystem as a setuid-root program sees it, whoever runs it: exec'ing a setuid-root
   * binary makes the effective uid 0, so none of `fs`'s permission checks apply. For the
   * setuid-root tools only (sudo reads /etc/shadow 0640 and /etc/sudoers 0440 with it), and
   * only for what they do as root themselves: the command they run gets its user through
   * `run`'s options. Optional so that test doubles stay valid; without it, use `fs`.
   */
  setuidRootFs?(): FileSystem;
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
  /** The process's file mode creation mask (022 unless `umask` changed it). */
  umask?: number;
  /** stdout is a terminal (`docker run -it`, the host terminal): ls prints columns. */
  tty?: boolean;
  /**
   * Runs another program in a subshell with this IO (for `xargs`, `env`, `find -exec`, ...).
   * Finds programs as the shell does (PATH, `#!` scripts) but not shell functions or builtins.
   * Returns 127 without printing anything when nothing is found (the caller words the
   * error: `env: 'x': No such file or directory`), 126 when the file is not executable.
   */
  run(argv: string[], stdin?: string, options?: RunOptions): number;
  /**
   * Runs shell code in a new shell process: `sh -c`, `bash script.sh`, `su -c`. Provided by
   * the shell interpreter; optional so that simple test doubles of ProgramIO stay valid.
   */
  runScript?(script: string, options: ScriptOptions): number;
  /**
   * In a container's process: the program is a server and keeps running from here, its
   * start-up output printed (puma, `rails server`). Never returns. Absent where nothing can
   * keep running (a build step's RUN): the program then returns as it does today.
   */
  serve?(request: ServeRequest): never;
}

/**
 * How a running process answers `docker stop` and `docker kill`, and what ps shows of it:
 * shared by a server's ServeRequest, a service's outcome and the runtime's stop behaviour.
 */
export interface StopAnswer {
  /**
   * Whether SIGTERM is ignored when it is PID 1 (the kernel drops signals that PID 1 has no
   * handler for: `sleep`, `tail`, a Python or Node script without a handler).
   */
  ignoresSigterm: boolean;
  /** The status after the stop signal (0 for a graceful exit, 143 for death by SIGTERM). */
  termExitCode: number;
  /** How long its graceful shutdown takes, in ms. */
  termDelayMs: number;
  /**
   * Signals besides SIGTERM, SIGINT and SIGQUIT that end it gracefully, with `termExitCode`
   * after `termDelayMs` (Apache stops on SIGWINCH, the php-apache images' STOPSIGNAL).
   */
  gracefulSignals?: readonly number[];
  /** What it prints while a signal stops it gracefully (`docker logs` after `docker stop`). */
  stopLog?: readonly StopLogLine[];
  /** PID 1's title and children, for `docker top`, ps inside and the PIDS of `docker stats`. */
  processes?: ProcessTree;
}

/** How a server that keeps running answers `docker stop` (see ProgramIO.serve). */
export interface ServeRequest extends StopAnswer {
  /** What is running ("puma", "nginx", "sleep"): for notes and `docker top`. */
  name: string;
  /** Its full command line, for `docker top`. */
  commandLine: string;
}

/**
 * One chunk a server prints while it stops. `{time}` in the text is replaced by the stop
 * time in the chunk's `clock` format (the runtime's injected clock; see runtime/stop-log.ts).
 */
export interface StopLogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Only printed when one of these signals stops it (Apache: SIGWINCH vs SIGTERM); else always. */
  signals?: readonly number[];
  /**
   * How `{time}` is written: ISO-8601 with milliseconds (logback; the default), Ruby's
   * `Time#to_s` (puma), Apache's error-log time or Tomcat's JUL one (`30-Nov-2026 03:12:45.123`).
   */
  clock?: StopLogClock;
  /** Printed this long after the signal arrived (its time stamp moves on by it). */
  afterMs?: number;
}

export type StopLogClock = 'iso-ms' | 'ruby' | 'apache' | 'tomcat';

/**
 * The process tree a server sets up under PID 1, as ps shows it: PID 1's title when the
 * program rewrites its argv (nginx, php-fpm, postgres), and the children it forks.
 */
export interface ProcessTree {
  /** PID 1's `args` as ps prints them (what the program was exec'd as, or the title it set). */
  title?: string;
  /** PID 1's `comm`, when not the title's first word (a script run by its interpreter). */
  comm?: string;
  /** PID 1's user when the program switched to it (gosu in postgres's entrypoint). */
  user?: { name: string; uid: number };
  /** Its children, in pid order. */
  children?: readonly ChildProcess[];
  /** The first child's pid inside the container (nginx's 29, after its entrypoint's scripts); 7 by default. */
  firstChildPid?: number;
}

export interface ChildProcess {
  /** `args` as ps prints them ("nginx: worker process"). */
  title: string;
  /** `comm` (ps truncates it to 15 characters); by default the title's first word. */
  comm?: string;
  /** The user it runs as inside the container, when not PID 1's (nginx's workers: nginx, 101). */
  user?: { name: string; uid: number };
  /** How many like it (nginx's `worker_processes auto`: one per CPU); by default 1. */
  count?: number;
}

/** What a program may change for the command it runs (`env A=1 cmd`, `su app -c`, `cd`). */
export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  user?: User;
}

export interface ScriptOptions extends RunOptions {
  /** `$0` and the prefix of the shell's messages: "sh", "/bin/sh", "bash", "./x.sh". */
  argv0: string;
  /** `$1`... */
  args?: string[];
  /** Shell options given on the command line, as `set` takes them: ["-e", "-x", "-o", "pipefail"]. */
  flags?: string[];
  /** The text comes from `sh -c` (true) or from a script file (false): messages differ. */
  commandString: boolean;
  stdin?: string;
  /** Which shell runs it; by default bash when argv0 is bash, else the userland's /bin/sh. */
  dialect?: 'dash' | 'ash' | 'bash';
  /** A login shell: /etc/profile and ~/.profile (bash: ~/.bash_profile first) are read first. */
  login?: boolean;
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
