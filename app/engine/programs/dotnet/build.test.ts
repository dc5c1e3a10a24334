import { describe, expect, it } from 'vitest';
import { dotnet, dotnetFs, PROGRAM_CS, WEB_CSPROJ } from './testing';

const CONSOLE_CSPROJ =
  '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n  </ItemGroup>\n</Project>\n';

function webApp() {
  return dotnetFs('sdk', {
    '/src/App.csproj': WEB_CSPROJ,
    '/src/Program.cs': PROGRAM_CS,
    '/src/appsettings.json': '{\n  "AllowedHosts": "*"\n}\n',
    '/src/appsettings.Development.json': '{}\n',
    '/src/wwwroot/css/site.css': 'body { margin: 0; }\n',
  });
}

describe('dotnet build', () => {
  it('prints the banner, the implicit restore, the output and the summary', () => {
    const fs = dotnetFs('sdk', {
      '/src/App.csproj': CONSOLE_CSPROJ,
      '/src/Program.cs': 'Console.WriteLine("hi");\n',
    });
    const result = dotnet(fs, ['build', '-c', 'Release']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^MSBuild version 17\.11\.\d+\+[0-9a-f]{9} for \.NET$/);
    expect(lines[1]).toBe('  Determining projects to restore...');
    expect(lines[2]).toMatch(/^ {2}Restored \/src\/App\.csproj \(in /);
    expect(lines[3]).toBe('  App -> /src/bin/Release/net8.0/App.dll');
    expect(lines.slice(4, 9)).toEqual([
      '',
      'Build succeeded.',
      '    0 Warning(s)',
      '    0 Error(s)',
      '',
    ]);
    expect(lines[9]).toMatch(/^Time Elapsed 00:00:\d\d\.\d\d$/);
    for (const file of [
      'App.dll',
      'App.pdb',
      'App.deps.json',
      'App.runtimeconfig.json',
      'App',
      'Newtonsoft.Json.dll',
    ])
      expect(fs.stat(`/src/bin/Release/net8.0/${file}`).ok, file).toBe(true);
    expect(fs.stat('/src/obj/Release/net8.0/App.dll').ok).toBe(true);
    expect(fs.stat('/src/obj/Release/net8.0/refint/App.dll').ok).toBe(true);
  });

  it('--no-restore without a restore fails with NETSDK1004', () => {
    const fs = dotnetFs('sdk', { '/src/App.csproj': CONSOLE_CSPROJ, '/src/Program.cs': 'x' });
    const result = dotnet(fs, ['build', '--no-restore']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "error NETSDK1004: Assets file '/src/obj/project.assets.json' not found. Run a NuGet package restore to generate this file. [/src/App.csproj]",
    );
    expect(result.stdout).toContain('Build FAILED.');
    expect(result.stdout).toContain('    1 Error(s)');
  });

  it('an executable without sources fails with CS5001', () => {
    const fs = dotnetFs('sdk', { '/src/App.csproj': CONSOLE_CSPROJ });
    expect(dotnet(fs, ['build']).stdout).toContain(
      "CSC : error CS5001: Program does not contain a static 'Main' method suitable for an entry point [/src/App.csproj]",
    );
  });

  it('a named project that does not exist is MSB1009 after the banner', () => {
    const result = dotnet(dotnetFs('sdk', { '/src/': '' }), ['build', 'Api.csproj']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^MSBuild version .* for \.NET\nMSBUILD : error MSB1009: Project file does not exist\.\nSwitch: Api\.csproj\n/,
    );
  });
});

describe('dotnet publish', () => {
  it('publishes a web app to -o with its content and without an apphost when UseAppHost=false', () => {
    const fs = webApp();
    expect(dotnet(fs, ['restore']).code).toBe(0);
    const result = dotnet(fs, [
      'publish',
      '-c',
      'Release',
      '-o',
      '/app/publish',
      '/p:UseAppHost=false',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(1)).toEqual([
      '  Determining projects to restore...',
      '  All projects are up-to-date for restore.',
      '  App -> /src/bin/Release/net8.0/App.dll',
      '  App -> /app/publish/',
      '',
    ]);
    for (const file of [
      'App.dll',
      'App.pdb',
      'App.deps.json',
      'App.runtimeconfig.json',
      'appsettings.json',
      'appsettings.Development.json',
      'web.config',
      'wwwroot/css/site.css',
      'Swashbuckle.AspNetCore.SwaggerUI.dll',
      'Microsoft.OpenApi.dll',
    ])
      expect(fs.stat(`/app/publish/${file}`).ok, file).toBe(true);
    expect(fs.stat('/app/publish/App').ok).toBe(false);
    const config = fs.readFile('/app/publish/App.runtimeconfig.json');
    expect(config.ok && config.value.text).toContain(
      '"name": "Microsoft.AspNetCore.App",\n      "version": "8.0.0"',
    );
  });

  it('defaults to Release on .NET 8 and keeps the apphost', () => {
    const fs = webApp();
    const result = dotnet(fs, ['publish']);
    expect(result.stdout).toContain('  App -> /src/bin/Release/net8.0/publish/\n');
    const apphost = fs.stat('/src/bin/Release/net8.0/publish/App');
    expect(apphost.ok && apphost.value.node.kind === 'file' && apphost.value.node.mode).toBe(0o755);
  });

  it('-r needs a restore for that runtime: NETSDK1047 with --no-restore', () => {
    const fs = webApp();
    dotnet(fs, ['restore']);
    const result = dotnet(fs, ['publish', '--no-restore', '-r', 'linux-x64', '-o', '/out']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "error NETSDK1047: Assets file '/src/obj/project.assets.json' doesn't have a target for 'net8.0/linux-x64'.",
    );
  });

  it('-r linux-x64 --self-contained carries the runtime', () => {
    const fs = webApp();
    const result = dotnet(fs, [
      'publish',
      '-r',
      'linux-x64',
      '--self-contained',
      'true',
      '-o',
      '/out',
    ]);
    expect(result.code).toBe(0);
    expect(fs.stat('/out/libcoreclr.so').ok).toBe(true);
    const config = fs.readFile('/out/App.runtimeconfig.json');
    expect(config.ok && config.value.text).toContain('"includedFrameworks"');
  });
});
