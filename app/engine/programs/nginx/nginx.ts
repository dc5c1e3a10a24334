/**
 * The nginx binary of an nginx.org package, wherever it runs: a build's RUN, `docker exec`, a
 * container's command. Its non-server modes (`-v`, `-V`, `-t`, `-T`, `-s`) print and return
 * everywhere. Started as a server it checks its configuration files, writes its pid file and
 * temp directories, then either forks into the background (no `daemon off;`: the process that
 * was started ends at once, as in real life) or stays in the foreground and keeps running
 * through io.serve. A build's RUN has no io.serve: real BuildKit would wait for ever there, so
 * the program returns and says so. The official image's entrypoint is runtime/services/nginx.ts.
 */
import type { FileSystem } from '../../fs/filesystem';
import { MACHINE } from '../../cli/commands/engine-facts';
import type { ProgramIO } from '../../shell/program';
import { nginxConfigFiles } from './config-files';
import { nginxBuild } from './nginx-build';

/**
 * The workers' pids: `worker_processes auto` starts one per CPU of the host (docker info's
 * CPUs), numbered after the entrypoint's scripts.
 */
export const WORKERS = Array.from({ length: MACHINE.cpus }, (_, i) => 29 + i);

/** The image's nginx user (uid 101 in both the Debian and the Alpine images). */
const NGINX_USER = { name: 'nginx', uid: 101 };

const DEFAULT_CONF = '/etc/nginx/nginx.conf';

/** nginx's error-log time: local time (the container's is UTC), `2026/01/15 09:00:00`. */
export function nginxTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

export function notices(now: number, lines: [number, string][]): string {
  const time = nginxTime(now);
  return lines.map(([pid, text]) => `${time} [notice] ${pid}#${pid}: ${text}\n`).join('');
}

function version(env: Readonly<Record<string, string>>): string {
  return env.NGINX_VERSION ?? '1.29.3';
}

interface Options {
  /** Single-letter switches (nginx takes them grouped: `-tq`). */
  flags: Set<string>;
  conf: string;
  /** `-g` directives. */
  directives: string;
  signal?: string;
  /** An option nginx refuses: its message. */
  invalid?: string;
}

/** nginx's own option parsing: `-c FILE` or `-cFILE`, `-g`, `-s`, `-p`, `-e` take a value. */
function parseOptions(argv: readonly string[]): Options {
  const options: Options = { flags: new Set(), conf: DEFAULT_CONF, directives: '' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-')) return { ...options, invalid: `invalid option: "${arg}"` };
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j] as string;
      if ('cgspe'.includes(letter)) {
        const value = arg.length > j + 1 ? arg.slice(j + 1) : argv[++i];
        if (value === undefined)
          return { ...options, invalid: `option "-${letter}" requires ${valueName(letter)}` };
        if (letter === 'c') options.conf = value.startsWith('/') ? value : `/etc/nginx/${value}`;
        if (letter === 'g') options.directives = value;
        if (letter === 's') options.signal = value;
        break;
      }
      if (!'?htTqvV'.includes(letter))
        return { ...options, invalid: `invalid option: "${letter}"` };
      options.flags.add(letter);
    }
  }
  return options;
}

function valueName(letter: string): string {
  if (letter === 'c') return 'file name';
  if (letter === 'g') return 'parameter';
  if (letter === 's') return 'parameter';
  return letter === 'p' ? 'directory name' : 'file name';
}

/** `nginx -V`: how the image's nginx.org package was built (nginx-build.ts). */
function showBuild(io: ProgramIO, v: string): void {
  const build = nginxBuild(io.fs, v);
  io.stderr(
    `built by ${build.compiler}\nbuilt with ${build.openssl}\nTLS SNI support enabled\nconfigure arguments: ${build.configure}\n`,
  );
  if (build.opensslModelled)
    io.note(
      `Layercake has no recorded nginx -V of nginx.org's package for this base: the OpenSSL line shows a neighbouring release's (${build.openssl}).`,
    );
}

/** `-t` and `-T`: the test's verdict on stderr (not with -q), `-T` dumps the files on stdout. */
function testConfig(io: ProgramIO, options: Options): number {
  const conf = options.conf;
  const read = nginxConfigFiles(io.fs, conf);
  if (!read.ok) {
    io.stderr(`nginx: [emerg] ${read.error}\nnginx: configuration file ${conf} test failed\n`);
    return 1;
  }
  if (!options.flags.has('q'))
    io.stderr(
      `nginx: the configuration file ${conf} syntax is ok\nnginx: configuration file ${conf} test is successful\n`,
    );
  if (options.flags.has('T'))
    for (const file of read.files) io.stdout(`# configuration file ${file.path}:\n${file.text}\n`);
  io.note(
    'nginx -t here checks that the configuration files and the files they include can be opened; it does not check the directives themselves.',
  );
  return 0;
}

/** The files a starting nginx master writes: its pid file and the temp directories. */
function startupWrites(fs: FileSystem): void {
  const pidFile = fs.stat('/run').ok ? '/run/nginx.pid' : '/var/run/nginx.pid';
  fs.writeFile(pidFile, { text: '1\n' });
  if (fs.stat('/var/cache/nginx').ok) {
    for (const dir of ['client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp']) {
      const path = `/var/cache/nginx/${dir}`;
      if (!fs.stat(path).ok) fs.mkdir(path, { mode: 0o700, owner: { uid: 101, gid: 0 } });
    }
  }
}

function foreground(directives: string, conf: string | undefined): boolean {
  if (/daemon\s+off\s*;/.test(directives)) return true;
  return conf !== undefined && /^\s*daemon\s+off\s*;/m.test(conf);
}

/** nginx started as a server: checks its files, then backgrounds itself or serves. */
function start(argv: string[], io: ProgramIO, options: Options, v: string): number {
  const read = nginxConfigFiles(io.fs, options.conf);
  if (!read.ok) {
    io.stderr(`nginx: [emerg] ${read.error}\n`);
    return 1;
  }
  startupWrites(io.fs);
  if (!foreground(options.directives, read.files[0]?.text)) {
    // The master forks into the background and the foreground process exits: so does the
    // container, if this was its main process; a RUN step's container goes, and it with it.
    io.note(
      "nginx went into the background (no `daemon off;`), so the process you started ended. In a container, run nginx -g 'daemon off;'.",
    );
    return 0;
  }
  io.stderr(
    notices(io.now, [
      [1, 'using the "epoll" event method'],
      [1, `nginx/${v}`],
      [1, `built by ${nginxBuild(io.fs, v).compiler}`],
      [1, 'OS: Linux 6.12.0-1-amd64'],
      [1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576'],
      [1, 'start worker processes'],
      ...WORKERS.map((pid): [number, string] => [1, `start worker process ${pid}`]),
    ]),
  );
  io.serve?.({
    name: 'nginx',
    commandLine: 'nginx: master process ' + argv.join(' '),
    // nginx handles TERM (fast shutdown) and QUIT (graceful, the image's StopSignal).
    ignoresSigterm: false,
    termExitCode: 0,
    termDelayMs: 120,
    processes: {
      title: 'nginx: master process ' + argv.join(' '),
      firstChildPid: WORKERS[0]!,
      children: [{ title: 'nginx: worker process', user: NGINX_USER, count: WORKERS.length }],
    },
  });
  io.note(
    'nginx in the foreground keeps running in a container; in a build step (RUN) the build would wait for ever, so Layercake returns at once.',
  );
  return 0;
}

export function nginxProgram(argv: string[], io: ProgramIO): number {
  const v = version(io.env);
  const options = parseOptions(argv);
  if (options.invalid !== undefined) {
    io.stderr(`nginx: ${options.invalid}\n`);
    return 1;
  }
  const { flags } = options;
  // -v and -V print and end, unless a test follows (`nginx -V -t` does both).
  if (flags.has('v') || flags.has('V')) {
    io.stderr(`nginx version: nginx/${v}\n`);
    if (flags.has('V')) showBuild(io, v);
    if (!flags.has('t') && !flags.has('T')) return 0;
  }
  if (flags.has('t') || flags.has('T')) return testConfig(io, options);
  if (flags.has('h') || flags.has('?')) {
    io.stderr(`nginx version: nginx/${v}\n`);
    io.note(
      'nginx -h prints its usage after the version line; Layercake does not model that text.',
    );
    return 0;
  }
  if (options.signal !== undefined) {
    io.stderr(notices(io.now, [[WORKERS[1]! + 10, 'signal process started']]));
    return 0;
  }
  return start(argv, io, options, v);
}
