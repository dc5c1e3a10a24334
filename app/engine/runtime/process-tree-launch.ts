/**
 * The processes a container's command line leaves running above the program that does the
 * work: `--init`'s docker-init, tini and dumb-init (they stay PID 1 and run the command as
 * their child), npm (it runs a package script through `sh -c`), and a `sh -c` that does not
 * exec its last command. Observed on a Docker 20.10 daemon with busybox:
 *
 * - `--init sleep 1000` → `/sbin/docker-init -- sleep 1000` (PID 1), `sleep 1000` under it.
 * - BusyBox sh -c execs the script's last simple command: `sh -c "sleep 1000"`,
 *   `"true; sleep 1000"`, `"echo hi && sleep 1000"` all leave `sleep 1000` as PID 1; it
 *   stays when more follows (`"sleep 1000; true"`), in a loop or behind `&`.
 * - bash 5 does the same; dash (Debian's and Ubuntu's /bin/sh) never does: `dash -c
 *   "sleep 3"` stays, with sleep as its child (checked with dash 0.5.12 and bash 5.2).
 * - An explicit `exec` replaces the shell in all of them.
 *
 * npm 7+ sets its title to `npm <command>` and runs the script with `sh -c <script>`. The
 * official images' entrypoint scripts end with `exec "$@"`: the command takes their place.
 * su-exec and gosu exec their command too, as the user they switch to.
 */
import { basename } from '../fs/path';
import type { Word, WordPart, Script, Command, AndOr } from '../shell/ast';
import { builtinFor } from '../shell/builtins/registry';
import { parseShell, type Dialect } from '../shell/index';
import { setprivCommand } from '../shell/programs/runuser';

/** Which shell `sh` is: the shell's own dialects (BusyBox's ash, dash, bash). */
export type ShellFlavour = Dialect;

/** One process of the chain, as ps shows it. */
export interface LaunchedProcess {
  args: string;
  comm: string;
  /** Its argv, for what it does with a signal (a shell's `-c` script and its traps). */
  argv: readonly string[];
  /**
   * It was exec'd after a step that may switch users (su-exec, gosu, an official entrypoint
   * script, which may run gosu): it runs as the user the program ended up as, not as started.
   */
  afterSwitch?: true;
}

export interface LaunchOptions {
  /** What `sh` is in the image (BusyBox's ash on Alpine and BusyBox, dash on Debian). */
  shell: ShellFlavour;
  /** The container's environment (`KEY=value`), for `$VAR` in a `sh -c` script. */
  env?: readonly string[];
  /** A package.json script by name, when the caller can read the image's files. */
  packageScript?: (name: string) => string | undefined;
  /** A script of the image's that execs its arguments (hand-over-scripts.ts), by argv[0]. */
  handsOver?: (name: string) => boolean;
}

/**
 * The chain from PID 1 down to the program that does the work, each the parent of the next;
 * the last is that program (a server's declared tree hangs under it).
 */
export function launchChain(
  argv: readonly string[],
  init: boolean,
  options: LaunchOptions,
): LaunchedProcess[] {
  const chain: LaunchedProcess[] = [];
  if (init) chain.push(proc(['/sbin/docker-init', '--', ...argv], 'docker-init'));
  let current: readonly string[] | undefined = argv;
  let switched = false;
  // Each step unwraps one layer; a bound keeps a pathological command line finite.
  for (let depth = 0; current && current.length > 0 && depth < 8; depth++) {
    const step = unwrap(current, options);
    if (step.stays)
      chain.push({
        ...proc(current, step.comm),
        ...(switched ? { afterSwitch: true as const } : {}),
      });
    if (step.switches) switched = true;
    current = step.child;
    if (!step.child) break;
  }
  return chain;
}

interface Step {
  /** The process itself stays (a wrapper that forks) rather than being replaced. */
  stays: boolean;
  /** What runs next (as its child if it stays, in its place if not). */
  child?: readonly string[];
  comm?: string;
  /** What follows may run as another user (su-exec, gosu, an official entrypoint). */
  switches?: boolean;
}

function proc(argv: readonly string[], comm?: string): LaunchedProcess {
  // ps shows the argv joined by spaces; a newline in a `sh -c` script shows as a space.
  const args = argv.join(' ').replace(/\n/g, ' ');
  return { args, comm: (comm ?? basename(argv[0] ?? '')).slice(0, 15), argv };
}

/** Entrypoint scripts of official images (nginx, node, postgres, redis, php...). */
const OFFICIAL_ENTRYPOINTS = new Set(['docker-entrypoint.sh', 'docker-php-entrypoint']);

/** `su-exec USER CMD...`, `gosu USER CMD...`: both exec the command as USER (no fork). */
const USER_SWITCHERS = new Set(['su-exec', 'gosu']);

/** Options that take a value, by wrapper. */
const TINI_VALUED = new Set(['-p', '-e']);
const DUMB_INIT_VALUED = new Set(['-r', '--rewrite']);

/** The command after a wrapper's own options (and an optional `--`). */
function afterOptions(args: readonly string[], valued: ReadonlySet<string>): string[] {
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === '--') return args.slice(i + 1);
    if (!arg.startsWith('-')) break;
    i += valued.has(arg) ? 2 : 1;
  }
  return args.slice(i);
}

function unwrap(argv: readonly string[], options: LaunchOptions): Step {
  const name = basename(argv[0] ?? '');
  const rest = argv.slice(1);
  if (/^tini(-static)?(-[a-z0-9]+)?$/.test(name)) {
    const child = afterOptions(rest, TINI_VALUED);
    return { stays: true, comm: 'tini', ...(child.length ? { child } : {}) };
  }
  if (name === 'dumb-init') {
    const child = afterOptions(rest, DUMB_INIT_VALUED);
    return { stays: true, ...(child.length ? { child } : {}) };
  }
  if (name === 'npm') return npmStep(rest, options);
  // The official images' entrypoint scripts set things up and end with `exec "$@"` (postgres's
  // and redis's through gosu when started as root).
  if ((OFFICIAL_ENTRYPOINTS.has(name) || options.handsOver?.(argv[0] ?? '')) && rest.length > 0)
    return { stays: false, child: rest, switches: true };
  if (USER_SWITCHERS.has(name) && rest.length > 1)
    return { stays: false, child: rest.slice(1), switches: true };
  if (name === 'su') return suStep(rest, options);
  if (name === 'runuser') return runuserStep(rest, options);
  // setpriv changes its ids and execs the program (util-linux setpriv.c).
  if (name === 'setpriv') {
    const child = setprivCommand(rest);
    return { stays: false, switches: true, ...(child.length ? { child } : {}) };
  }
  const flavour = shellFlavourOf(name, options.shell);
  if (flavour) return shellStep(rest, flavour, options);
  return { stays: true };
}

function shellFlavourOf(name: string, sh: ShellFlavour): ShellFlavour | undefined {
  if (name === 'sh') return sh;
  if (name === 'bash' || name === 'dash' || name === 'ash') return name;
  return undefined;
}

/** `npm start`, `npm test`, `npm run[-script] NAME`: npm stays, the script runs in `sh -c`. */
function npmStep(args: readonly string[], options: LaunchOptions): Step {
  const words = args.filter((a) => !a.startsWith('-'));
  const [command, named] = words;
  const title = `npm ${args.join(' ')}`.trimEnd();
  const script =
    command === 'start' || command === 'test' || command === 't' || command === 'restart'
      ? (options.packageScript?.(command === 't' ? 'test' : command) ??
        // npm's documented default: `start` runs `node server.js` when package.json has none.
        (command === 'start' ? 'node server.js' : undefined))
      : (command === 'run' || command === 'run-script') && named
        ? options.packageScript?.(named)
        : undefined;
  // Node's process.title rewrites both the args and the comm (libuv's prctl) of npm.
  return {
    stays: true,
    comm: title,
    ...(script !== undefined ? { child: ['sh', '-c', script] } : {}),
  };
}

/** su's options that take a value, and the long forms written `--opt=value`. */
const SU_VALUED = new Set([
  '-c',
  '--command',
  '-s',
  '--shell',
  '-g',
  '--group',
  '-G',
  '--supp-group',
  '-w',
  '--whitelist-environment',
  '--session-command',
]);

/**
 * `su [options] USER -c CMD`: the user's shell runs CMD. BusyBox su (Alpine, BusyBox) execs
 * that shell (recorded: `su nobody -s /bin/sh -c 'exec sleep 3600'` leaves sleep as PID 1);
 * util-linux su (Debian, Ubuntu, RHEL) forks it and stays as its parent until it ends, to
 * close its PAM session and pass signals on (su(1), SIGNALS), as root.
 */
function suStep(args: readonly string[], options: LaunchOptions): Step {
  let command: string | undefined;
  let shell = 'sh';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [key, value] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!SU_VALUED.has(key)) continue;
    const given = value ?? args[++i];
    if (key === '-c' || key === '--command' || key === '--session-command') command = given;
    if ((key === '-s' || key === '--shell') && given) shell = given;
  }
  // Both name the shell by its basename (argv[0] `sh`, not `/bin/sh`).
  const child = command === undefined ? [basename(shell)] : [basename(shell), '-c', command];
  return { stays: options.shell !== 'ash', child, switches: true };
}

/**
 * `runuser -u USER [--] COMMAND` runs the command, without -u it is su's `-c`: either way
 * util-linux forks it and stays as its root parent, as su does (su-common.c).
 */
function runuserStep(args: readonly string[], options: LaunchOptions): Step {
  const u = args.findIndex((a) => a === '-u' || a === '--user' || a.startsWith('--user='));
  if (u < 0) return { ...suStep(args, options), stays: true };
  let i = u + (args[u]!.includes('=') ? 1 : 2);
  if (args[i] === '--') i++;
  const child = args.slice(i);
  return { stays: true, switches: true, ...(child.length ? { child } : {}) };
}

/** `sh [-e...] -c SCRIPT [NAME ARGS...]`: the shell stays unless it execs what runs last. */
function shellStep(args: readonly string[], flavour: ShellFlavour, options: LaunchOptions): Step {
  let i = 0;
  let hasC = false;
  while (i < args.length && /^[-+][a-zA-Z]+$/.test(args[i]!)) {
    if (args[i]!.startsWith('-') && args[i]!.includes('c')) hasC = true;
    i++;
  }
  const script = args[i];
  // A script file (`sh /entrypoint.sh`) is not read here: the shell alone stays.
  if (!hasC || script === undefined) return { stays: true };
  const parsed = parseShell(script, flavour);
  if (!parsed.ok) return { stays: true };
  const running = runningCommand(parsed.ast, flavour);
  if (!running) return { stays: true };
  const positional = args.slice(i + 1);
  const argv = expandWords(running.command.words, positional, options.env ?? []);
  if (argv[0] === 'exec') {
    const rest = argv.slice(1);
    return rest.length ? { stays: false, child: rest } : { stays: true };
  }
  if (argv.length === 0) return { stays: true };
  // ash and bash exec a simple command that is the last thing the script does; dash forks.
  const execs = flavour !== 'dash' && running.last;
  return { stays: !execs, child: argv };
}

interface Running {
  command: { words: Word[] };
  /** It is the script's last command, run in the shell's foreground (not in a loop or `&`). */
  last: boolean;
}

/**
 * The command a long-running script is blocked in: its last simple command that is not a
 * builtin (a server, a sleep), in order of appearance, loops and groups included.
 */
function runningCommand(script: Script, flavour: ShellFlavour): Running | undefined {
  let found: Running | undefined;
  script.items.forEach((item, index) => {
    const lastItem = index === script.items.length - 1 && !item.background;
    const pipelines = [item.first, ...item.rest.map((r) => r.pipeline)];
    pipelines.forEach((pipeline, p) => {
      const single = pipeline.commands.length === 1 && !pipeline.negated;
      for (const command of pipeline.commands) {
        const inner = simpleIn(command, flavour);
        for (const words of inner.commands) {
          found = {
            command: { words },
            last: lastItem && p === pipelines.length - 1 && single && !inner.nested,
          };
        }
      }
    });
  });
  return found;
}

/** The shell's builtins, and `kill`, which every sh has built in though this one runs a program. */
function isBuiltin(name: string, flavour: ShellFlavour): boolean {
  return name === 'kill' || builtinFor(name, flavour) !== undefined;
}

/**
 * The non-builtin simple commands in a command (a builtin never is the process left running;
 * `exec` hands over to its command), and whether they sit inside a compound.
 */
function simpleIn(
  command: Command,
  flavour: ShellFlavour,
): { commands: Word[][]; nested: boolean } {
  if (command.type === 'simple') {
    const first = command.words[0]?.raw;
    if (first === undefined || (isBuiltin(first, flavour) && first !== 'exec')) {
      return { commands: [], nested: false };
    }
    return { commands: [command.words], nested: false };
  }
  if (command.type === 'function') return { commands: [], nested: true };
  const scripts: Script[] = [];
  if (command.type === 'group' || command.type === 'subshell') scripts.push(command.body);
  else if (command.type === 'if') {
    for (const clause of command.clauses) scripts.push(clause.cond, clause.body);
    if (command.otherwise) scripts.push(command.otherwise);
  } else if (command.type === 'for') scripts.push(command.body);
  else if (command.type === 'loop') scripts.push(command.cond, command.body);
  else if (command.type === 'case') for (const item of command.items) scripts.push(item.body);
  const commands: Word[][] = [];
  for (const s of scripts) {
    for (const item of s.items as AndOr[]) {
      for (const pipeline of [item.first, ...item.rest.map((r) => r.pipeline)]) {
        for (const c of pipeline.commands) commands.push(...simpleIn(c, flavour).commands);
      }
    }
  }
  return { commands, nested: true };
}

/** Words as the process's argv: quotes removed, `$VAR` and `"$@"` from what is known. */
function expandWords(
  words: readonly Word[],
  positional: readonly string[],
  env: readonly string[],
) {
  const vars = new Map<string, string>();
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq > 0) vars.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  positional.forEach((value, n) => vars.set(String(n), value));
  const out: string[] = [];
  for (const word of words) {
    const all = word.parts.length === 1 && isAllArgs(word.parts[0]!);
    if (all) out.push(...positional.slice(1));
    else out.push(partsText(word.parts, vars, word.raw));
  }
  return out;
}

function isAllArgs(part: WordPart): boolean {
  if (part.type === 'param') return (part.name === '@' || part.name === '*') && !part.op;
  return part.type === 'double' && part.parts.length === 1 && isAllArgs(part.parts[0]!);
}

function partsText(parts: readonly WordPart[], vars: Map<string, string>, raw: string): string {
  let text = '';
  for (const part of parts) {
    if (part.type === 'literal' || part.type === 'quoted') text += part.text;
    else if (part.type === 'double') text += partsText(part.parts, vars, raw);
    else if (part.type === 'param' && !part.op && !part.length) text += vars.get(part.name) ?? '';
    else return raw;
  }
  return text;
}

/** What `sh` is in an image, from its name when nothing better is known. */
export function shellFlavourOfImage(imageRef: string): ShellFlavour {
  if (/alpine|busybox/.test(imageRef)) return 'ash';
  if (/centos|fedora|rocky|alma|amazonlinux|ubi\d|oraclelinux/.test(imageRef)) return 'bash';
  return 'dash';
}
