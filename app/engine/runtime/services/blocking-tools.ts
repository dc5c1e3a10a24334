/**
 * The everyday ways a container's process waits forever: `sleep infinity` (or a long
 * sleep), `tail -f`, `top`, and daemons the simulation knows only by name. As PID 1 none of
 * sleep, tail or an unknown daemon has a SIGTERM handler, so `docker stop` waits out its
 * timeout and kills them: `Exited (137)`.
 */
import { daemonProcesses } from './daemon-processes';
import type { Program, ProgramEntry, ProgramIO } from '../../shell/program';
import { FOREVER, type ServiceContext } from './types';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds a `sleep` argument list asks for (GNU sums several), or undefined when invalid. */
export function sleepSeconds(args: readonly string[]): number | undefined {
  if (args.length === 0) return undefined;
  let total = 0;
  for (const arg of args) {
    if (arg === 'infinity' || arg === 'inf') return FOREVER;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) return undefined;
    total += Number(m[1]) * (UNITS[m[2] ?? ''] ?? 1);
  }
  return total;
}

/** Runs the image's own program `name` (the one this service stands in front of). */
export function delegate(ctx: ServiceContext, name: string, argv: string[], io: ProgramIO): number {
  const entry = ctx.base.get(name);
  if (!entry) {
    io.stderr(`${argv[0] ?? name}: not found\n`);
    return 127;
  }
  return entry.run(argv, io);
}

export function sleepProgram(ctx: ServiceContext): Program {
  return (argv, io) => {
    const seconds = sleepSeconds(argv.slice(1));
    if (seconds === undefined) return delegate(ctx, 'sleep', argv, io);
    const ms = seconds * 1000;
    if (ms > 0 && (ctx.loop || ms > ctx.horizonMs)) {
      ctx.block({
        name: 'sleep',
        commandLine: argv.join(' '),
        ignoresSigterm: true,
        termExitCode: 143,
        termDelayMs: 0,
        ...(Number.isFinite(ms) && !ctx.loop ? { endsAfterMs: ms } : {}),
      });
    }
    return delegate(ctx, 'sleep', argv, io);
  };
}

const FOLLOW = /^(-f|-F|--follow(=.*)?|--retry)$/;

/** `tail -f FILE`: prints the last lines as tail does, then follows the file forever. */
export function tailProgram(ctx: ServiceContext): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    const follows = args.some((a) => FOLLOW.test(a) || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(a));
    if (!follows) return delegate(ctx, 'tail', argv, io);
    const once = args
      .filter((a) => !FOLLOW.test(a))
      .map((a) => (/^-[a-zA-Z]*f[a-zA-Z]*$/.test(a) ? a.replace(/f/g, '') : a))
      .filter((a) => a !== '-');
    const files = once.filter((a) => !a.startsWith('-'));
    // `tail -f /dev/null` prints nothing; a real file prints its last lines first.
    if (files.some((f) => f !== '/dev/null'))
      delegate(ctx, 'tail', [argv[0] ?? 'tail', ...once], io);
    ctx.block({
      name: 'tail',
      commandLine: argv.join(' '),
      ignoresSigterm: true,
      termExitCode: 143,
      termDelayMs: 0,
    });
  };
}

/** `top`: busybox and procps top both end on SIGTERM. */
export function topProgram(ctx: ServiceContext): Program {
  return (argv, io) => {
    if (argv.includes('-b') || argv.includes('-n')) return delegate(ctx, 'top', argv, io);
    io.note('top redraws the screen until you press q; the simulation shows it running instead.');
    ctx.block({
      name: 'top',
      commandLine: argv.join(' '),
      ignoresSigterm: false,
      termExitCode: 143,
      termDelayMs: 0,
    });
  };
}

/** Servers the simulation knows only by name: they start, keep running and print nothing. */
const DAEMONS = [
  'redis-server',
  'postgres',
  'mysqld',
  'mariadbd',
  'mongod',
  'httpd',
  'httpd-foreground',
  'caddy',
  'traefik',
  'memcached',
  'rabbitmq-server',
];

export function daemonPrograms(ctx: ServiceContext): Map<string, ProgramEntry> {
  const map = new Map<string, ProgramEntry>();
  for (const name of DAEMONS) {
    map.set(name, {
      run: (argv, io) => {
        if (argv.some((a) => a === '--version' || a === '-v' || a === '-V')) {
          return delegate(ctx, name, argv, io);
        }
        io.note(`${name} is running; the simulation does not model its output.`);
        const processes = daemonProcesses(name, argv, io.user, io.fs);
        ctx.block({
          ...(processes ? { processes } : {}),
          name,
          commandLine: argv.join(' '),
          // These servers handle SIGTERM with a clean shutdown.
          ignoresSigterm: false,
          termExitCode: 0,
          termDelayMs: 300,
        });
      },
    });
  }
  return map;
}
