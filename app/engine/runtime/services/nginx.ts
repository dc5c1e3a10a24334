/**
 * nginx as the official image runs it: `/docker-entrypoint.sh` runs the scripts in
 * /docker-entrypoint.d (one of them edits default.conf to listen on IPv6, which is why a
 * fresh nginx container already shows `C /etc/nginx/conf.d/default.conf` in `docker diff`),
 * then `nginx -g 'daemon off;'` stays in the foreground, writes its pid file and creates
 * its temp directories. Without `daemon off` nginx forks into the background and the
 * container's main process exits at once: a classic surprise, kept.
 */
import type { FileSystem } from '../../fs/filesystem';
import { MACHINE } from '../../cli/commands/engine-facts';
import type { Program, ProgramIO } from '../../shell/program';
import type { ServiceContext } from './types';
import { nginxBuild } from './nginx-build';

const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';
/**
 * The workers' pids: `worker_processes auto` starts one per CPU of the host (docker info's
 * CPUs), numbered after the entrypoint's scripts.
 */
export const WORKERS = Array.from({ length: MACHINE.cpus }, (_, i) => 29 + i);

/** The image's nginx user (uid 101 in both the Debian and the Alpine images). */
const NGINX_USER = { name: 'nginx', uid: 101 };

/** nginx's error-log time: local time (the container's is UTC), `2026/01/15 09:00:00`. */
export function nginxTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

function listing(fs: FileSystem, dir: string): string[] {
  const listed = fs.readdir(dir);
  return listed.ok ? listed.value : [];
}

/**
 * What `/docker-entrypoint.sh nginx ...` prints before nginx starts, doing what its scripts
 * do to the filesystem. Returns the lines (the script writes them to stdout).
 */
export function nginxEntrypoint(fs: FileSystem, env: Readonly<Record<string, string>>): string {
  if (env.NGINX_ENTRYPOINT_QUIET_LOGS) return '';
  const dir = '/docker-entrypoint.d';
  const scripts = listing(fs, dir);
  if (scripts.length === 0) {
    return '/docker-entrypoint.sh: No files found in /docker-entrypoint.d/, skipping configuration\n';
  }
  let out = `/docker-entrypoint.sh: ${dir}/ is not empty, will attempt to perform configuration\n`;
  out += `/docker-entrypoint.sh: Looking for shell scripts in ${dir}/\n`;
  for (const name of scripts) {
    if (name.endsWith('.envsh')) {
      out += `/docker-entrypoint.sh: Sourcing ${dir}/${name}\n`;
      continue;
    }
    if (!name.endsWith('.sh')) {
      out += `/docker-entrypoint.sh: Ignoring ${dir}/${name}\n`;
      continue;
    }
    out += `/docker-entrypoint.sh: Launching ${dir}/${name}\n`;
    if (name === '10-listen-on-ipv6-by-default.sh') out += listenOnIpv6(fs, name);
  }
  return out + '/docker-entrypoint.sh: Configuration complete; ready for start up\n';
}

/** 10-listen-on-ipv6-by-default.sh: adds `listen [::]:80;` to the packaged default.conf. */
function listenOnIpv6(fs: FileSystem, me: string): string {
  const conf = fs.readFile(DEFAULT_CONF);
  if (!conf.ok) return `${me}: info: ${DEFAULT_CONF} is not a file or does not exist\n`;
  const text = conf.value.text ?? '';
  if (!fs.touch(DEFAULT_CONF).ok) {
    return `${me}: info: can not modify ${DEFAULT_CONF} (read-only file system?)\n`;
  }
  if (text.includes('listen  [::]:80;')) return `${me}: info: IPv6 listen already enabled\n`;
  let out = `${me}: info: Getting the checksum of ${DEFAULT_CONF}\n`;
  if (!text.includes('listen       80;')) {
    return out + `${me}: info: ${DEFAULT_CONF} differs from the packaged version\n`;
  }
  const edited = text.replace('listen       80;', 'listen       80;\n    listen  [::]:80;');
  fs.writeFile(DEFAULT_CONF, { text: edited });
  out += `${me}: info: Enabled listen on IPv6 in ${DEFAULT_CONF}\n`;
  return out;
}

export function notices(now: number, lines: [number, string][]): string {
  const time = nginxTime(now);
  return lines.map(([pid, text]) => `${time} [notice] ${pid}#${pid}: ${text}\n`).join('');
}

function version(env: Readonly<Record<string, string>>): string {
  return env.NGINX_VERSION ?? '1.29.3';
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

function foreground(argv: readonly string[], fs: FileSystem): boolean {
  const g = argv.indexOf('-g');
  const directives = g >= 0 ? (argv[g + 1] ?? '') : '';
  if (/daemon\s+off\s*;/.test(directives)) return true;
  const conf = fs.readFile('/etc/nginx/nginx.conf');
  return conf.ok && /^\s*daemon\s+off\s*;/m.test(conf.value.text ?? '');
}

/** `nginx -V`: how the image's nginx.org package was built (nginx-build.ts). */
function showBuild(io: ProgramIO, version: string): void {
  const build = nginxBuild(io.fs, version);
  io.stderr(
    `built by ${build.compiler}\nbuilt with ${build.openssl}\nTLS SNI support enabled\nconfigure arguments: ${build.configure}\n`,
  );
  if (build.opensslModelled)
    io.note(
      `Layercake has no recorded nginx -V of nginx.org's package for this base: the OpenSSL line shows a neighbouring release's (${build.openssl}).`,
    );
}

export function nginxProgram(ctx: ServiceContext): Program {
  return (argv: string[], io: ProgramIO): number => {
    const v = version(io.env);
    if (argv.includes('-v') || argv.includes('-V')) {
      io.stderr(`nginx version: nginx/${v}\n`);
      if (argv.includes('-V')) showBuild(io, v);
      return 0;
    }
    if (argv.includes('-t') || argv.includes('-T')) {
      io.stderr('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n');
      io.stderr('nginx: configuration file /etc/nginx/nginx.conf test is successful\n');
      return 0;
    }
    const s = argv.indexOf('-s');
    if (s >= 0) {
      io.stderr(notices(io.now, [[WORKERS[1]! + 10, 'signal process started']]));
      return 0;
    }
    startupWrites(io.fs);
    const startup: [number, string][] = [
      [1, 'using the "epoll" event method'],
      [1, `nginx/${v}`],
      [1, `built by ${nginxBuild(io.fs, v).compiler}`],
      [1, 'OS: Linux 6.12.0-1-amd64'],
      [1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576'],
    ];
    if (!foreground(argv, io.fs)) {
      // The master forks into the background and the foreground process exits: so does
      // the container, if this was its main process.
      io.note(
        "nginx went into the background (no `daemon off;`), so the process you started ended. In a container, run nginx -g 'daemon off;'.",
      );
      return 0;
    }
    io.stderr(
      notices(io.now, [
        ...startup,
        [1, 'start worker processes'],
        ...WORKERS.map((pid): [number, string] => [1, `start worker process ${pid}`]),
      ]),
    );
    ctx.block({
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
  };
}
