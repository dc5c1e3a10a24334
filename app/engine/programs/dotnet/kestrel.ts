/**
 * An ASP.NET Core app starting: the Microsoft.Hosting.Lifetime lines its console logger
 * prints once Kestrel listens, and then, in a container's main process, it keeps serving
 * (ProgramIO.serve). Started by `dotnet App.dll` (host.ts) or by the app's own executable,
 * the apphost or a single-file bundle (`./App`, apphost.ts).
 */
import type { ProgramIO, ServeRequest } from '../../shell/program';

/** Prints the startup lines and serves; returns where nothing can keep running (a RUN). */
export function startKestrel(io: ProgramIO, argv: string[]): void {
  const urls =
    io.env.ASPNETCORE_URLS?.split(';').filter(Boolean) ??
    (io.env.ASPNETCORE_HTTP_PORTS ?? '8080').split(';').map((p) => `http://[::]:${p}`);
  io.stdout(
    urls
      .map((u) => `info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: ${u}\n`)
      .join('') +
      `info: Microsoft.Hosting.Lifetime[0]\n      Application started. Press Ctrl+C to shut down.\ninfo: Microsoft.Hosting.Lifetime[0]\n      Hosting environment: ${io.env.ASPNETCORE_ENVIRONMENT ?? io.env.DOTNET_ENVIRONMENT ?? 'Production'}\ninfo: Microsoft.Hosting.Lifetime[0]\n      Content root path: ${io.cwd}\n`,
  );
  io.serve?.(kestrelServing(argv));
}

/**
 * The generic host handles SIGTERM (.NET 8's ConsoleLifetime; SIGINT and SIGQUIT too): it
 * logs "Application is shutting down...", stops Kestrel and exits 0.
 */
function kestrelServing(argv: string[]): ServeRequest {
  return {
    name: 'dotnet',
    commandLine: argv.join(' '),
    ignoresSigterm: false,
    termExitCode: 0,
    termDelayMs: 200,
    stopLog: [
      {
        stream: 'stdout',
        text: 'info: Microsoft.Hosting.Lifetime[0]\n      Application is shutting down...\n',
      },
    ],
  };
}
