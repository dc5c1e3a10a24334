/**
 * An app's own executable (`./App`, `ENTRYPOINT ["./App"]`): the apphost `dotnet publish`
 * writes beside App.dll (UseAppHost, the default) starts App.dll as `dotnet App.dll` would,
 * failing the same way when App.dll or its frameworks are missing; a single-file bundle
 * (PublishSingleFile) carries the app and its runtimeconfig.json inside, so only whether it
 * is a Web SDK app matters. A web app prints Kestrel's lines and serves.
 */
import type { ProgramIO } from '../../shell/program';
import { dirname } from '../../fs/path';
import { absolute, blobOf } from '../common/fs-helpers';
import { runApp } from './host';
import { findInstall } from './install';
import { startKestrel } from './kestrel';

/** The kind of .NET executable at `path`, from its blob; undefined for any other file. */
export function appHostKind(
  io: ProgramIO,
  path: string,
): { kind: 'apphost' | 'single-file'; assembly: string; web: boolean } | undefined {
  const blob = blobOf(io.fs, path);
  const [kind, assembly = '', marker] = (blob ?? '').split(':');
  if (kind !== 'apphost' && kind !== 'single-file') return undefined;
  return { kind, assembly, web: marker === 'web' };
}

/**
 * Runs the executable `argv[0]`; undefined when it is not a .NET app's executable. The shell
 * hands such files here through the `blob:apphost` runner (programs/built-binaries.ts).
 */
export function runAppHost(io: ProgramIO, argv: string[]): number | undefined {
  const path = absolute(io.cwd, argv[0] ?? '');
  const found = appHostKind(io, path);
  if (!found) return undefined;
  if (found.kind === 'apphost')
    return runApp(io, findInstall(io), `${dirname(path)}/${found.assembly}.dll`, true, argv);
  if (found.web) startKestrel(io, argv);
  io.note(
    `${path} is a single-file .NET app; application code is not executed${found.web ? ': the lines above are what an ASP.NET Core app prints at startup, and the server returns at once instead of listening' : ''}.`,
  );
  return 0;
}
