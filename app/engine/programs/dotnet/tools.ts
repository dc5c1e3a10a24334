/**
 * `dotnet tool install -g <id>` / `--tool-path <dir>`: a .NET tool lands as an apphost named
 * after its command in ~/.dotnet/tools (or the tool path) and the package in the `.store`
 * beside it. The SDK warns when ~/.dotnet/tools is not on PATH, as it is not in the SDK images.
 */
import { nugetPackage } from '../../catalog/ecosystems/nuget';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, writeBlob, writeText } from '../common/fs-helpers';
import type { DotnetInstall } from './install';
import type { Sdk } from './restore';
import { normalizeVersion } from './resolve';

/** Well-known tools: id → [command, version, package size in KiB]. */
const TOOLS: Record<string, [string, string, number]> = {
  'dotnet-ef': ['dotnet-ef', '9.0.11', 2_900],
  'dotnet-format': ['dotnet-format', '5.1.250801', 1_100],
  'dotnet-counters': ['dotnet-counters', '9.0.652701', 1_700],
  'dotnet-trace': ['dotnet-trace', '9.0.652701', 1_900],
  'dotnet-dump': ['dotnet-dump', '9.0.652701', 4_600],
  'dotnet-reportgenerator-globaltool': ['reportgenerator', '5.4.18', 4_100],
  powershell: ['pwsh', '7.5.4', 68_000],
};

export function toolInstall(
  io: ProgramIO,
  sdk: Sdk,
  _install: DotnetInstall,
  args: string[],
): number {
  if (args[0] !== 'install' && args[0] !== 'update') {
    io.note(`dotnet tool ${args[0] ?? ''}: accepted; the simulation does not model it.`);
    return 0;
  }
  let global = false;
  let toolPath: string | undefined;
  let version: string | undefined;
  let id: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-g' || a === '--global') global = true;
    else if (a === '--tool-path') toolPath = args[++i];
    else if (a === '--version') version = args[++i];
    else if (
      ['--add-source', '--configfile', '--framework', '-a', '--arch', '--verbosity', '-v'].includes(
        a,
      )
    )
      i++;
    else if (!a.startsWith('-')) id ??= a;
  }
  if (!id) {
    io.stderr("Required argument missing for command: 'install'.\n");
    return 1;
  }
  if (!global && !toolPath) {
    io.stderr(
      `Cannot find a manifest file.\nFor a list of locations searched, specify the "-d" option before the tool name.\nIf you intended to install a global tool, add \`--global\` to the command.\nIf you would like to create a manifest, use the \`--create-manifest-if-needed\` flag with the \`dotnet tool install\` command, or use \`dotnet new tool-manifest\`, usually in the repo root directory.\n`,
    );
    return 1;
  }
  const home = io.env.HOME ?? io.user.home;
  const dir = toolPath ? absolute(io.cwd, toolPath) : `${home}/.dotnet/tools`;
  const known = TOOLS[id.toLowerCase()];
  const pkg = nugetPackage(id, version ?? known?.[1]);
  const command = known?.[0] ?? id.toLowerCase();
  const v = normalizeVersion(pkg.version);
  const lower = id.toLowerCase();
  if (exists(io.fs, `${dir}/${command}`) && args[0] === 'install') {
    io.stderr(`Tool '${lower}' is already installed.\n`);
    return 1;
  }
  const tfm = `net${sdk.major}.0`;
  const store = `${dir}/.store/${lower}/${v}/${lower}/${v}`;
  writeBlob(
    io.fs,
    `${store}/tools/${tfm}/any/${command}.dll`,
    `tool:${lower}@${v}`,
    (known?.[2] ?? 400) * 1024,
  );
  writeText(
    io.fs,
    `${store}/tools/${tfm}/any/DotnetToolSettings.xml`,
    `<?xml version="1.0" encoding="utf-8"?>\n<DotNetCliTool Version="1">\n  <Commands>\n    <Command Name="${command}" EntryPoint="${command}.dll" Runner="dotnet" />\n  </Commands>\n</DotNetCliTool>`,
  );
  writeBlob(
    io.fs,
    `${store}/${lower}.${v}.nupkg`,
    `nupkg:${lower}@${v}`,
    Math.round((known?.[2] ?? 400) * 1024 * 0.45),
  );
  writeBlob(io.fs, `${dir}/${command}`, `apphost:${command}`, 72_488, 0o755);
  io.fs.chmod(`${dir}/${command}`, 0o755);
  const onPath = (io.env.PATH ?? '')
    .split(':')
    .some((p) => p.replace(/\/$/, '') === `${home}/.dotnet/tools`);
  if (global && !onPath)
    io.stderr(
      `Tools directory '${home}/.dotnet/tools' is not currently on the PATH environment variable.\nIf you are using bash, you can add it to your profile by running the following command:\n\ncat << \\EOF >> ~/.bash_profile\n# Add .NET Core SDK tools\nexport PATH="$PATH:${home}/.dotnet/tools"\nEOF\n\nYou can add it to the current session by running the following command:\n\nexport PATH="$PATH:${home}/.dotnet/tools"\n\n`,
    );
  io.stdout(
    `You can invoke the tool using the following command: ${command}\nTool '${lower}' (version '${v}') was successfully installed.\n`,
  );
  io.spend(2_500);
  io.note(
    `dotnet tool installed ${lower} ${v} as ${dir}/${command}; nothing was downloaded and the tool itself is not modelled.`,
  );
  return 0;
}
