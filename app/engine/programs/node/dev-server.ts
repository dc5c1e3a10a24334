/**
 * What the front-end dev servers (`ng serve`, `astro dev`, `vue-cli-service serve`) share: their
 * --host/--port options, the container's own address for the "Network" URL (read from
 * /etc/hosts, where Docker writes it next to the hostname), and keeping running through
 * io.serve once the start-up output is printed. In a build's RUN (no serve) they return 0.
 */
import type { ProgramIO } from '../../shell/program';
import { readText } from '../common/fs-helpers';

export interface DevServerAddress {
  /** The address asked for (`--host 0.0.0.0`, bare `--host` is `true`); undefined: not given. */
  host: string | true | undefined;
  port: number;
}

/** `--host[=| ]H` and `--port[=| ]N` (bare `--host` takes no value when a flag follows). */
export function devServerAddress(args: readonly string[], defaultPort: number): DevServerAddress {
  let host: string | true | undefined;
  let port = defaultPort;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--host' && flag !== '--port') continue;
    let value = inline;
    if (value === undefined && args[i + 1] !== undefined && !args[i + 1]!.startsWith('-'))
      value = args[++i];
    if (flag === '--host') host = value ?? true;
    else if (value !== undefined && /^\d+$/.test(value)) port = Number(value);
  }
  return { host, port };
}

/** True when the server listens beyond loopback, so it prints a Network URL. */
export function exposed(host: string | true | undefined): boolean {
  return host === true || (host !== undefined && host !== 'localhost' && !/^127\./.test(host));
}

/** The container's own IPv4 address (Docker's line for the hostname in /etc/hosts). */
export function containerAddress(io: ProgramIO): string | undefined {
  const hostname = readText(io.fs, '/etc/hostname')?.trim();
  const hosts = readText(io.fs, '/etc/hosts') ?? '';
  for (const line of hosts.split('\n')) {
    const [ip, ...names] = line.trim().split(/\s+/);
    if (
      ip &&
      /^\d+\.\d+\.\d+\.\d+$/.test(ip) &&
      !ip.startsWith('127.') &&
      names.includes(hostname ?? '')
    )
      return ip;
  }
  return undefined;
}

/**
 * Keeps the dev server running (a container's process) or, in a build's RUN, returns as the
 * simulation must. `termExitCode` is what SIGTERM leaves: Vite's handler exits with 143,
 * Vue CLI's serve command with 0.
 */
export function keepServing(
  io: ProgramIO,
  argv: readonly string[],
  termExitCode: number,
  what: string,
): number {
  io.serve?.({
    name: argv[0]?.split('/').pop() ?? 'node',
    commandLine: argv.join(' '),
    ignoresSigterm: false,
    termExitCode,
    termDelayMs: 100,
  });
  io.note(
    `${what} keeps running in a container; in a build step (RUN) Layercake returns at once. Pages are not compiled or served.`,
  );
  return 0;
}

/** A clock time as `HH:MM:SS` (24-hour, UTC: containers run with TZ unset). */
export function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}
