/**
 * Running a binary `go build` made: a web server prints what its framework prints at start
 * (net/http nothing; gin in debug mode its warnings, routes and "Listening and serving HTTP
 * on :8080") and keeps running (io.serve). Unlike C or Rust, the Go runtime installs a
 * handler for every signal, so even as PID 1 docker stop's SIGTERM reaches it: without
 * signal.Notify the runtime re-raises it, finds it ignored (PID 1 has no default action)
 * and exits with status 2 at once; with signal.Notify the program shuts down and exits 0.
 * A command-line program prints what the straight-line start of its main prints
 * (`../main-output.ts`) and exits; one that shows nothing is left to the caller's note.
 */
import type { ProgramIO, ServeRequest } from '../../shell/program';
import { goServerInBlob, type GoServer } from './web-server';
import { outputInBlob, writeMainOutput } from '../main-output';

const GIN_ANY = ['GET', 'POST', 'PUT', 'PATCH', 'HEAD', 'OPTIONS', 'DELETE', 'CONNECT', 'TRACE'];

/** What gin prints (debug mode) from gin.Default()/New() to Run(), on stdout. */
function ginStartup(server: GoServer, env: Record<string, string>): string {
  if (server.ginRelease || env.GIN_MODE === 'release') return '';
  const d = '[GIN-debug] ';
  let text = server.ginDefault
    ? `${d}[WARNING] Creating an Engine instance with the Logger and Recovery middleware already attached.\n\n`
    : '';
  text += `${d}[WARNING] Running in "debug" mode. Switch to "release" mode in production.\n - using env:\texport GIN_MODE=release\n - using code:\tgin.SetMode(gin.ReleaseMode)\n\n`;
  const handlers = server.ginDefault ? 3 : 1;
  for (const [method, path, handler] of server.routes)
    for (const m of method === 'Any' ? GIN_ANY : [method])
      text += `${d}${m.padEnd(6)} ${path.padEnd(25)} --> ${handler} (${handlers} handlers)\n`;
  text += `${d}[WARNING] You trusted all proxies, this is NOT safe. We recommend you to set a value.\nPlease check https://pkg.go.dev/github.com/gin-gonic/gin#readme-don-t-trust-all-proxies for details.\n`;
  let addr = server.addr;
  if (addr === undefined) {
    text += env.PORT
      ? `${d}Environment variable PORT="${env.PORT}"\n`
      : `${d}Environment variable PORT is undefined. Using port :8080 by default\n`;
    addr = env.PORT ? `:${env.PORT}` : ':8080';
  }
  return `${text}${d}Listening and serving HTTP on ${addr}\n`;
}

/** The standard logger's LstdFlags prefix, "2009/11/10 23:00:00 " (a container's zone is UTC). */
function logPrefix(now: number): string {
  const [date = '', time = ''] = new Date(now).toISOString().split('T');
  return `${date.replace(/-/g, '/')} ${time.slice(0, 8)} `;
}

/** fmt's lines on stdout and the standard logger's on stderr, in the order main prints them. */
function writeStartupLines(io: ProgramIO, server: GoServer): void {
  let printed = 0;
  for (const log of server.logs ?? []) {
    io.stdout(server.prints.slice(printed, log.after).join(''));
    printed = Math.max(printed, log.after);
    io.stderr(log.plain ? log.text : `${logPrefix(io.now)}${log.text}`);
  }
  io.stdout(server.prints.slice(printed).join(''));
}

function serving(server: GoServer, argv: string[]): ServeRequest {
  return {
    name: argv[0]?.split('/').pop() ?? 'server',
    commandLine: argv.join(' '),
    ignoresSigterm: false,
    termExitCode: server.handlesSignals ? 0 : 2,
    termDelayMs: server.handlesSignals ? 100 : 0,
  };
}

/**
 * Runs the go-built binary whose blob is `blob` as `argv`; undefined when it is neither a web
 * server nor a program whose output is known (the caller then notes that application code
 * does not run).
 */
export function runGoBinary(io: ProgramIO, argv: string[], blob: string): number | undefined {
  const server = goServerInBlob(blob);
  if (!server) {
    const output = outputInBlob(blob);
    return output && writeMainOutput(io, argv[0] ?? 'main', 'Go', output, () => logPrefix(io.now));
  }
  writeStartupLines(io, server);
  if (server.unknown !== undefined)
    io.note(
      `${argv[0] ?? 'The binary'} does not print what \`${server.unknown}\` leads to here: it depends on values computed at run time (or on a logger format that is not the default), and the program's computed output is not modelled.`,
    );
  if (server.framework === 'gin') io.stdout(ginStartup(server, io.env));
  else if (server.framework !== 'net/http')
    io.note(
      `${server.framework}'s start-up banner is not reproduced; the server runs silently here.`,
    );
  io.serve?.(serving(server, argv));
  io.note(
    `${argv[0] ?? 'The binary'} is a Go web server: it would keep running here; in a build step Layercake returns at once.`,
  );
  return 0;
}
