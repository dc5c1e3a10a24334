/**
 * The official php images' servers, which are their default commands: php-fpm (the -fpm
 * variants, `CMD ["php-fpm"]`) and Apache in the foreground (the -apache variants, whose
 * apache2-foreground script execs `apache2 -DFOREGROUND`). Both log to stderr, as the images
 * configure them to, and keep running; before these, every php container exited at once.
 *
 * Stopping: the -fpm images set STOPSIGNAL SIGQUIT (php-fpm's graceful stop) and the -apache
 * ones SIGWINCH (Apache's graceful stop); both exit 0.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProcessTree, ProgramEntry, StopLogLine } from '../../shell/program';
import { readDpkgDb } from '../../programs/apt/dpkg-db';
import { delegate } from './blocking-tools';
import type { ServiceContext } from './types';

const SIGWINCH = 28;
const SIGINT = 2;
const SIGTERM = 15;

/** Debian's www-data, whom the images' pools and Apache's children run as. */
const WWW_DATA = { name: 'www-data', uid: 33 };

/** The image's www.conf: `pm = dynamic` with `pm.start_servers = 2`. */
const FPM_PROCESSES: ProcessTree = {
  title: 'php-fpm: master process (/usr/local/etc/php-fpm.conf)',
  children: [{ title: 'php-fpm: pool www', comm: 'php-fpm', user: WWW_DATA, count: 2 }],
};

/** mpm_prefork's `StartServers 5`: five children with the parent's argv, as www-data. */
function apacheProcesses(argv: readonly string[]): ProcessTree {
  const title = ['apache2', ...argv.slice(1)].join(' ');
  return { title, children: [{ title, comm: 'apache2', user: WWW_DATA, count: 5 }] };
}

/**
 * Apache's stop: SIGWINCH (the images' STOPSIGNAL) is its graceful stop, SIGTERM and SIGINT
 * its immediate one (AH00169). The php images enable mpm_prefork (mod_php needs it); Apache
 * 2.4.62 and later print `[pid 1:tid 1]` even there, as the start lines do.
 */
const APACHE_STOP_LOG: readonly StopLogLine[] = [
  {
    stream: 'stderr',
    clock: 'apache',
    text: '[{time}] [mpm_prefork:notice] [pid 1:tid 1] AH00170: caught SIGWINCH, shutting down gracefully\n',
    signals: [SIGWINCH],
  },
  {
    stream: 'stderr',
    clock: 'apache',
    text: '[{time}] [mpm_prefork:notice] [pid 1:tid 1] AH00169: caught SIGTERM, shutting down\n',
    signals: [SIGTERM, SIGINT],
  },
];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** php-fpm's log time, `30-Nov-2026 01:35:12` (the container's clock is UTC). */
export function fpmTime(ms: number): string {
  const d = new Date(ms);
  const iso = d.toISOString();
  return `${iso.slice(8, 10)}-${MONTHS[d.getUTCMonth()]}-${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
}

/**
 * Apache's error-log time, `Mon Nov 30 01:35:12.123456 2026`: the clock has milliseconds,
 * so the last three digits of the microseconds come from the container's seed.
 */
export function apacheTime(ms: number, seed: string): string {
  const d = new Date(ms);
  const iso = d.toISOString();
  const extra = String((parseInt(seed.slice(0, 6), 16) || 0) % 1000).padStart(3, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${iso.slice(8, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}${extra} ${iso.slice(0, 4)}`;
}

/** The upstream version of an installed Debian package (`2.4.65-2` → `2.4.65`). */
function debianUpstream(fs: FileSystem, name: string): string | undefined {
  const version = readDpkgDb(fs).packages.get(name)?.version;
  return version?.replace(/^\d+:/, '').replace(/-[^-]*$/, '');
}

/** php-fpm runs as a server unless asked for information (-v, -t, -i, -m, -h) or to daemonize. */
const FPM_NOT_SERVING =
  /^(-v|--version|-t|--test|-tt|-i|--info|-m|--modules|-h|--help|-D|--daemonize)$/;

function phpFpm(ctx: ServiceContext): ProgramEntry {
  return {
    run: (argv, io) => {
      if (argv.slice(1).some((a) => FPM_NOT_SERVING.test(a)))
        return delegate(ctx, 'php-fpm', argv, io);
      const time = fpmTime(io.now);
      io.stderr(
        `[${time}] NOTICE: fpm is running, pid 1\n[${time}] NOTICE: ready to handle connections\n`,
      );
      ctx.block({
        name: 'php-fpm',
        commandLine: 'php-fpm: master process (/usr/local/etc/php-fpm.conf)',
        ignoresSigterm: false,
        termExitCode: 0,
        termDelayMs: 100,
        processes: FPM_PROCESSES,
      });
    },
  };
}

/** `-DFOREGROUND` or `-D FOREGROUND`: Apache stays in the foreground as PID 1. */
function foreground(args: readonly string[]): boolean {
  return args.some((a, i) => a === '-DFOREGROUND' || (a === '-D' && args[i + 1] === 'FOREGROUND'));
}

function apache(ctx: ServiceContext, name: string): ProgramEntry {
  return {
    run: (argv, io) => {
      if (!foreground(argv.slice(1))) return delegate(ctx, name, argv, io);
      const host = ctx.ip ?? '127.0.0.1';
      const fqdn = `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${host}. Set the 'ServerName' directive globally to suppress this message\n`;
      const php = io.env.PHP_VERSION ? ` PHP/${io.env.PHP_VERSION}` : '';
      const version = debianUpstream(io.fs, 'apache2') ?? '2.4.65';
      const time = apacheTime(io.now, ctx.seed);
      const args = argv
        .slice(1)
        .flatMap((a) => (a === '-DFOREGROUND' ? ['-D', 'FOREGROUND'] : [a]));
      io.stderr(
        fqdn +
          fqdn +
          `[${time}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/${version} (Debian)${php} configured -- resuming normal operations\n` +
          `[${time}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 ${args.join(' ')}'\n`,
      );
      // Apache writes its pid file (envvars' APACHE_PID_FILE), which `docker diff` then shows.
      io.fs.writeFile(io.env.APACHE_PID_FILE || '/var/run/apache2/apache2.pid', { text: '1\n' });
      ctx.block({
        name: 'apache2',
        commandLine: `apache2 ${argv.slice(1).join(' ')}`,
        ignoresSigterm: false,
        termExitCode: 0,
        termDelayMs: 200,
        gracefulSignals: [SIGWINCH],
        stopLog: APACHE_STOP_LOG,
        processes: apacheProcesses(argv),
      });
    },
  };
}

export function phpServerPrograms(ctx: ServiceContext): Map<string, ProgramEntry> {
  return new Map([
    ['php-fpm', phpFpm(ctx)],
    ['apache2', apache(ctx, 'apache2')],
    ['apache2ctl', apache(ctx, 'apache2ctl')],
    ['apachectl', apache(ctx, 'apachectl')],
  ]);
}
