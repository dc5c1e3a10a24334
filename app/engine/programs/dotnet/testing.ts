/**
 * Test support for the dotnet tests: the /usr/share/dotnet layouts of Microsoft's images
 * (runtime, aspnet, sdk) as small trees, and a runner that calls `dotnet` in them.
 */
import { OverlayFs } from '../../fs/overlay';
import { runProgram, type RunResult } from '../testing/fake-io';
import { tree, type TreeSpec } from '../testing/images';
import { dotnetProgram } from './dotnet';

export type Level = 'runtime' | 'aspnet' | 'sdk';

/** An image's .NET files: runtime 8.0.22 (+ ASP.NET Core, + SDK 8.0.416), Debian 12. */
export function dotnetFs(level: Level, files: TreeSpec = {}, runtime = '8.0.22'): OverlayFs {
  const root = '/usr/share/dotnet';
  const spec: TreeSpec = {
    '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n',
    '/root/': '',
    '/tmp/': '',
    [`${root}/dotnet`]: { blob: 70_000 },
    '/usr/bin/dotnet': { link: `${root}/dotnet` },
    [`${root}/host/fxr/${runtime}/libhostfxr.so`]: { blob: 400_000 },
    [`${root}/shared/Microsoft.NETCore.App/${runtime}/libcoreclr.so`]: { blob: 7_000_000 },
  };
  if (level !== 'runtime')
    spec[`${root}/shared/Microsoft.AspNetCore.App/${runtime}/Microsoft.AspNetCore.dll`] = {
      blob: 40_000,
    };
  if (level === 'sdk') spec[`${root}/sdk/8.0.416/dotnet.dll`] = { blob: 300_000 };
  return new OverlayFs([tree({ ...spec, ...files })]);
}

export const SDK_ENV = { DOTNET_NOLOGO: 'true', NUGET_XMLDOC_MODE: 'skip' };

export function dotnet(
  fs: OverlayFs,
  args: string[],
  cwd = '/src',
  env: Record<string, string> = SDK_ENV,
): RunResult {
  return runProgram(dotnetProgram(), ['dotnet', ...args], fs, { cwd, env });
}

export const WEB_CSPROJ = `<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.6.2" />
  </ItemGroup>

</Project>
`;

export const PROGRAM_CS = 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n';
