/**
 * What the muxer (hostfxr) answers without an SDK: --list-sdks, --list-runtimes, --info, the
 * "command could not be loaded" report (exit 145) in runtime-only images, and running an
 * application: `dotnet App.dll` reads App.runtimeconfig.json and looks for the frameworks it
 * names under shared/, failing as hostfxr does (exit 150) when the image has the wrong ones,
 * the classic mistake of running an ASP.NET Core app on the runtime image or a net9.0 app on
 * an 8.0 image. A present app is not executed.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, isFile, readText } from '../common/fs-helpers';
import { hostRid, majorOf, osRelease, stubCommit, type DotnetInstall } from './install';
import { startKestrel } from './kestrel';

export function listSdks(io: ProgramIO, install: DotnetInstall): number {
  io.stdout(install.sdks.map((v) => `${v} [${install.root}/sdk]\n`).join(''));
  return 0;
}

export function listRuntimes(io: ProgramIO, install: DotnetInstall): number {
  io.stdout(
    install.runtimes
      .map((r) => `${r.name} ${r.version} [${install.root}/shared/${r.name}]\n`)
      .join(''),
  );
  return 0;
}

/** The host part of `dotnet --info` (all of it when there is no SDK). */
export function hostInfo(io: ProgramIO, install: DotnetInstall, sdkPresent: boolean): string {
  const sdks = install.sdks.length
    ? install.sdks.map((v) => `  ${v} [${install.root}/sdk]\n`).join('')
    : '  No SDKs were found.\n';
  const runtimes = install.runtimes.length
    ? install.runtimes
        .map((r) => `  ${r.name} ${r.version} [${install.root}/shared/${r.name}]\n`)
        .join('')
    : '  No runtimes were found.\n';
  return (
    `\nHost:\n  Version:      ${install.host}\n  Architecture: x64\n  Commit:       ${stubCommit(`host ${install.host}`)}\n` +
    (sdkPresent ? '' : `  RID:          ${hostRid(io)}\n`) +
    `\n.NET SDKs installed:\n${sdks}\n.NET runtimes installed:\n${runtimes}` +
    '\nOther architectures found:\n  None\n\nEnvironment variables:\n' +
    (io.env.DOTNET_ROOT ? `  DOTNET_ROOT       [${io.env.DOTNET_ROOT}]\n` : '  Not set\n') +
    '\nglobal.json file:\n  Not found\n\nLearn more:\n  https://aka.ms/dotnet/info\n\nDownload .NET:\n  https://aka.ms/dotnet/download\n'
  );
}

export const USAGE =
  'Usage: dotnet [options]\nUsage: dotnet [path-to-application]\n\nOptions:\n  -h|--help         Display help.\n  --info            Display .NET information.\n  --list-sdks       Display the installed SDKs.\n  --list-runtimes   Display the installed runtimes.\n\npath-to-application:\n  The path to an application .dll file to execute.\n';

/**
 * `dotnet <anything>` where no SDK is installed and no such application exists: hostfxr
 * cannot tell a mistyped app path from an SDK command, so it names both (exit 145,
 * 0x80008091). .NET 6's host words it the older way.
 */
export function noSdk(io: ProgramIO, install: DotnetInstall, candidate: string): number {
  if (majorOf(install.host) <= 6)
    io.stderr(
      `Could not execute because the application was not found or a compatible .NET SDK is not installed.\nPossible reasons for this include:\n  * You intended to execute a .NET program:\n      The application '${candidate}' does not exist.\n  * You intended to execute a .NET SDK command:\n      It was not possible to find any installed .NET SDKs.\n      Install a .NET SDK from:\n        https://aka.ms/dotnet-download\n`,
    );
  else
    io.stderr(
      `The command could not be loaded, possibly because:\n  * You intended to execute a .NET application:\n      The application '${candidate}' does not exist.\n  * You intended to execute a .NET SDK command:\n      No .NET SDKs were found.\n\nDownload a .NET SDK:\nhttps://aka.ms/dotnet/download\n\nLearn about SDK resolution:\nhttps://aka.ms/dotnet/sdk-not-found\n`,
    );
  return 145;
}

interface FrameworkReference {
  name: string;
  version: string;
}

/** The frameworks a runtimeconfig.json asks for (`framework` or `frameworks`). */
function frameworksOf(text: string): FrameworkReference[] | undefined {
  try {
    const options = (JSON.parse(text) as { runtimeOptions?: Record<string, unknown> })
      .runtimeOptions;
    const list = [options?.framework, ...((options?.frameworks as unknown[]) ?? [])];
    return list.flatMap((f) => {
      const ref = f as Partial<FrameworkReference> | undefined;
      return ref?.name && ref.version ? [{ name: ref.name, version: ref.version }] : [];
    });
  } catch {
    return undefined;
  }
}

/** Roll forward within the major version (the default `Minor` policy): same major, not lower. */
function resolves(install: DotnetInstall, ref: FrameworkReference): boolean {
  const [maj, min] = ref.version.split('.').map(Number);
  return install.runtimes.some((r) => {
    const [rmaj, rmin] = r.version.split('.').map(Number);
    return r.name === ref.name && rmaj === maj && (rmin ?? 0) >= (min ?? 0);
  });
}

function frameworkMissing(
  io: ProgramIO,
  install: DotnetInstall,
  app: string,
  ref: FrameworkReference,
): number {
  const found = install.runtimes.filter((r) => r.name === ref.name);
  const os = osRelease(io);
  const listing = found.length
    ? `The following frameworks were found:\n${found.map((r) => `  ${r.version} at [${install.root}/shared/${r.name}]\n`).join('')}`
    : 'No frameworks were found.\n';
  const rid = majorOf(install.host) >= 8 ? hostRid(io) : `${os.id}.${os.version}-x64`;
  io.stderr(
    `You must install or update .NET to run this application.\n\nApp: ${app}\nArchitecture: x64\nFramework: '${ref.name}', version '${ref.version}' (x64)\n.NET location: ${install.root}/\n\n${listing}\n${majorOf(install.host) >= 8 ? 'Learn more:' : 'Learn about framework resolution:'}\nhttps://aka.ms/dotnet/app-launch-failed\n\nTo install missing framework, download:\nhttps://aka.ms/dotnet-core-applaunch?framework=${ref.name}&framework_version=${ref.version}&arch=x64&rid=${rid}&os=${os.id}.${os.version}\n`,
  );
  return 150;
}

/**
 * `dotnet path/App.dll [args]` (or `dotnet exec`), the app present. Returns undefined when
 * the file does not exist, so the caller can treat the word as an SDK command, as hostfxr does.
 */
export function runApp(
  io: ProgramIO,
  install: DotnetInstall,
  target: string,
  viaExec: boolean,
  commandLine: string[] = ['dotnet', target],
): number | undefined {
  const app = absolute(io.cwd, target);
  if (!isFile(io.fs, app)) {
    if (!viaExec) return undefined;
    io.stderr(`The application to execute does not exist: '${app}'.\n`);
    return 129;
  }
  const config = readText(io.fs, app.replace(/\.(dll|exe)$/i, '') + '.runtimeconfig.json');
  const frameworks = config === undefined ? undefined : frameworksOf(config);
  for (const ref of frameworks ?? []) {
    if (!resolves(install, ref)) return frameworkMissing(io, install, app, ref);
  }
  const web = (frameworks ?? []).some((f) => f.name === 'Microsoft.AspNetCore.App');
  if (web) startKestrel(io, commandLine);
  io.note(
    `dotnet found ${app}${frameworks?.length ? ` and the ${frameworks.map((f) => `${f.name} ${f.version}`).join(' and ')} framework it needs` : ''}, but application code is not executed${web ? ': the lines above are what an ASP.NET Core app prints at startup, and the server returns at once instead of listening' : ''}.`,
  );
  return 0;
}
