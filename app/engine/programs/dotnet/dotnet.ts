/**
 * dotnet: the muxer and the SDK commands a Dockerfile runs. Without an SDK (the runtime and
 * aspnet images) only the host's own options work and anything else is the "command could
 * not be loaded" report; `dotnet App.dll` runs an app in either. With one: --version, --info,
 * restore, build, publish, run and test (which build, then note that code is not executed),
 * clean, nuget locals and tool install.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { removeTree } from '../common/fs-helpers';
import { buildOrPublish } from './build';
import { hostInfo, listRuntimes, listSdks, noSdk, runApp, USAGE } from './host';
import {
  findInstall,
  majorOf,
  msbuildVersion,
  osRelease,
  hostRid,
  stubCommit,
  type DotnetInstall,
} from './install';
import { commandRid, parseCommandOptions } from './options';
import { findTarget } from './project';
import { loadGraph, restoreNote, restoreProjects, type Sdk } from './restore';
import { packagesFolder } from './packages-folder';
import { toolInstall } from './tools';

const NOT_FOUND = (name: string) =>
  `Could not execute because the specified command or file was not found.\nPossible reasons for this include:\n  * You misspelled a built-in dotnet command.\n  * You intended to execute a .NET program, but dotnet-${name} does not exist.\n  * You intended to run a global tool, but a dotnet-prefixed executable with this name could not be found on the PATH.\n`;

function sdkInfo(io: ProgramIO, install: DotnetInstall, sdk: string): string {
  const os = osRelease(io);
  const band = `${sdk.split('.').slice(0, 2).join('.')}.${(sdk.split('.')[2] ?? '100').charAt(0)}00`;
  return `.NET SDK:\n Version:           ${sdk}\n Commit:            ${stubCommit(`sdk ${sdk}`)}\n Workload version:  ${band}-manifests.${stubCommit(`manifests ${sdk}`).slice(0, 8)}\n MSBuild version:   ${msbuildVersion(sdk)}\n\nRuntime Environment:\n OS Name:     ${os.id}\n OS Version:  ${os.version}\n OS Platform: Linux\n RID:         ${hostRid(io)}\n Base Path:   ${install.root}/sdk/${sdk}/\n\n.NET workloads installed:\nThere are no installed workloads to display.\nConfigured to use loose manifests when installing new manifests.\n`;
}

export function dotnetProgram(): Program {
  return (argv, io) => {
    const install = findInstall(io);
    const [first, ...rest] = argv.slice(1);
    if (first === undefined || first === '-h' || first === '--help' || first === '-?') {
      io.stdout(USAGE);
      return first === undefined ? 129 : 0;
    }
    if (first === '--list-sdks') return listSdks(io, install);
    if (first === '--list-runtimes') return listRuntimes(io, install);
    const sdkVersion = install.sdks[install.sdks.length - 1];
    if (first === '--info') {
      io.stdout(
        (sdkVersion ? sdkInfo(io, install, sdkVersion) : '') + hostInfo(io, install, !!sdkVersion),
      );
      return 0;
    }
    if (first === 'exec')
      return runApp(io, install, rest.find((a) => !a.startsWith('-')) ?? '', true) ?? 129;
    if (/\.(dll|exe)$/i.test(first) || first.includes('/')) {
      const ran = runApp(io, install, first, false);
      if (ran !== undefined) return ran;
    }
    if (!sdkVersion) return noSdk(io, install, first);
    const sdk: Sdk = { root: install.root, version: sdkVersion, major: majorOf(sdkVersion) };
    return sdkCommand(io, sdk, install, first, rest);
  };
}

function sdkCommand(
  io: ProgramIO,
  sdk: Sdk,
  install: DotnetInstall,
  command: string,
  args: string[],
): number {
  const options = parseCommandOptions(args);
  switch (command) {
    case '--version':
      io.stdout(`${sdk.version}\n`);
      return 0;
    case 'restore':
      return restore(io, sdk, args);
    case 'build':
    case 'publish':
      return buildOrPublish(io, sdk, command, options);
    case 'run':
    case 'test':
    case 'watch': {
      // run and test build quietly first; their own output is the application's or the tests'.
      let printed = '';
      const quiet: ProgramIO = { ...io, stdout: (t) => void (printed += t) };
      const code = buildOrPublish(quiet, sdk, 'build', { ...options, nologo: true });
      if (code !== 0) {
        io.stdout(
          printed
            .split('\n')
            .filter((l) => / (error|warning) /.test(l))
            .map((l) => `${l}\n`)
            .join(''),
        );
        io.stderr(`\nThe build failed. Fix the build errors and run again.\n`);
        return 1;
      }
      io.note(
        `dotnet ${command}: the project was built, but the simulation does not execute application code${command === 'test' ? ' or run tests' : ''}.`,
      );
      return 0;
    }
    case 'clean': {
      const found = findTarget(io.fs, io.cwd, options.target);
      if (!found.ok) {
        io.stdout(found.error);
        return 1;
      }
      const graph = loadGraph(io, sdk, found.target);
      const configuration = options.configuration ?? 'Debug';
      for (const p of graph.ok ? graph.projects : []) {
        const base = p.dir === '/' ? '' : p.dir;
        removeTree(io.fs, `${base}/bin/${configuration}`);
        removeTree(io.fs, `${base}/obj/${configuration}`);
      }
      io.stdout(
        `\nBuild succeeded.\n    0 Warning(s)\n    0 Error(s)\n\nTime Elapsed 00:00:00.52\n`,
      );
      return 0;
    }
    case 'nuget':
      return nugetLocals(io, sdk, args);
    case 'tool':
      return toolInstall(io, sdk, install, args);
    case 'new':
    case 'dev-certs':
    case 'workload':
    case 'add':
    case 'sln':
    case 'pack':
    case 'help':
      io.note(`dotnet ${command}: accepted; the simulation does not model it, so nothing changed.`);
      return 0;
    default:
      io.stderr(NOT_FOUND(command));
      return 1;
  }
}

function restore(io: ProgramIO, sdk: Sdk, args: string[]): number {
  const options = parseCommandOptions(args);
  const found = findTarget(io.fs, io.cwd, options.target);
  if (!found.ok) {
    io.stdout(found.error);
    return 1;
  }
  const graph = loadGraph(io, sdk, found.target);
  if (!graph.ok) {
    io.stdout(
      ['  Determining projects to restore...', ...graph.errors].map((l) => `${l}\n`).join(''),
    );
    return 1;
  }
  io.spend(400);
  const result = restoreProjects(io, sdk, graph.projects, commandRid(options, hostRid(io)));
  io.stdout([...graph.warnings, ...result.lines].map((l) => `${l}\n`).join(''));
  const note = restoreNote(result.installed);
  if (note) io.note(note);
  return result.ok ? 0 : 1;
}

/** `dotnet nuget locals all --clear` (the SDK images' own Dockerfile runs it). */
function nugetLocals(io: ProgramIO, sdk: Sdk, args: string[]): number {
  if (args[0] !== 'locals') {
    io.note(`dotnet nuget ${args[0] ?? ''}: accepted; the simulation does not model it.`);
    return 0;
  }
  const home = io.env.HOME ?? io.user.home;
  const caches: [string, string, string][] = [
    [
      'http-cache',
      'NuGet HTTP cache',
      `${home}/.local/share/NuGet/${sdk.major >= 8 ? 'http-cache' : 'v3-cache'}`,
    ],
    ['global-packages', 'NuGet global packages folder', `${packagesFolder(io)}/`],
    ['temp', 'NuGet Temp cache', `/tmp/NuGetScratch${io.user.name}`],
    ['plugins-cache', 'NuGet plugins cache', `${home}/.local/share/NuGet/plugin-cache`],
  ];
  const which = args[1] ?? 'all';
  const chosen = caches.filter(([name]) => which === 'all' || which === name);
  if (args.includes('--clear') || args.includes('-c')) {
    for (const [, label, path] of chosen) {
      io.stdout(`Clearing ${label}: ${path}\n`);
      removeTree(io.fs, path.replace(/\/$/, ''));
    }
    io.stdout('Local resources cleared.\n');
    return 0;
  }
  io.stdout(chosen.map(([name, , path]) => `${name}: ${path}\n`).join(''));
  return 0;
}
