/**
 * Running a binary cargo built: a web server prints the literal lines its main prints before
 * serving and keeps running (io.serve). Rust's runtime installs no SIGTERM handler, so as
 * PID 1 the kernel drops docker stop's SIGTERM and the process is killed after the timeout
 * (137, recorded on Docker 20.10 with a TcpListener server); actix-web and rocket catch it
 * themselves, as does tokio's SignalKind::terminate(), and then exit 0. A command-line
 * program prints what the straight-line start of its main prints (`../main-output.ts`) and
 * exits; one that shows nothing is left to the caller's note.
 */
import type { ProgramIO, ServeRequest } from '../../shell/program';
import { rustServerInBlob, type RustServer } from './web-server';
import { outputInBlob, writeMainOutput } from '../main-output';

function serving(server: RustServer, argv: string[]): ServeRequest {
  return {
    name: argv[0]?.split('/').pop() ?? 'server',
    commandLine: argv.join(' '),
    ignoresSigterm: !server.handlesSigterm,
    termExitCode: server.handlesSigterm ? 0 : 143,
    termDelayMs: server.handlesSigterm ? 100 : 0,
  };
}

/**
 * Runs the cargo-built binary whose blob is `blob` as `argv`; undefined when it is neither a
 * web server nor a program whose output is known (the caller then notes that application
 * code does not run).
 */
export function runRustBinary(io: ProgramIO, argv: string[], blob: string): number | undefined {
  const server = rustServerInBlob(blob);
  if (!server) {
    const output = outputInBlob(blob);
    return output && writeMainOutput(io, argv[0] ?? 'main', 'Rust', output);
  }
  for (const p of server.prints) (p.stream === 'stdout' ? io.stdout : io.stderr)(p.text);
  if (server.unknown !== undefined)
    io.note(
      `${argv[0] ?? 'The binary'} does not print \`${server.unknown}\` here: an operand of it is computed at run time, and the program's computed output is not modelled.`,
    );
  if (server.framework === 'rocket')
    io.note("Rocket's launch banner is not reproduced; the server runs silently here.");
  io.serve?.(serving(server, argv));
  io.note(
    `${argv[0] ?? 'The binary'} is a Rust web server: it would keep running here; in a build step Layercake returns at once.`,
  );
  return 0;
}
