import { describe, expect, it } from 'vitest';
import { walkFiles } from '../common/fs-helpers';
import { dotnet, dotnetFs, PROGRAM_CS, WEB_CSPROJ } from './testing';

const PKG = '/root/.nuget/packages';

describe('dotnet restore', () => {
  it("restores a folder's only project into ~/.nuget/packages and obj/", () => {
    const fs = dotnetFs('sdk', { '/src/App.csproj': WEB_CSPROJ });
    const result = dotnet(fs, ['restore']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ {2}Determining projects to restore\.\.\.\n {2}Restored \/src\/App\.csproj \(in [\d.]+ (sec|ms)\)\.\n$/,
    );
    const swagger = `${PKG}/swashbuckle.aspnetcore.swaggergen/6.6.2`;
    for (const file of [
      '.nupkg.metadata',
      '.signature.p7s',
      'swashbuckle.aspnetcore.swaggergen.6.6.2.nupkg',
      'swashbuckle.aspnetcore.swaggergen.6.6.2.nupkg.sha512',
      'swashbuckle.aspnetcore.swaggergen.nuspec',
      'lib/net8.0/Swashbuckle.AspNetCore.SwaggerGen.dll',
    ])
      expect(fs.stat(`${swagger}/${file}`).ok, file).toBe(true);
    // NUGET_XMLDOC_MODE=skip: no XML docs beside the assemblies.
    expect(fs.stat(`${swagger}/lib/net8.0/Swashbuckle.AspNetCore.SwaggerGen.xml`).ok).toBe(false);
    // Transitive dependency at the version the nuspec names.
    expect(
      fs.stat(`${PKG}/microsoft.openapi/1.6.14/lib/netstandard2.0/Microsoft.OpenApi.dll`).ok,
    ).toBe(true);
    for (const file of [
      'project.assets.json',
      'project.nuget.cache',
      'App.csproj.nuget.dgspec.json',
      'App.csproj.nuget.g.props',
      'App.csproj.nuget.g.targets',
    ])
      expect(fs.stat(`/src/obj/${file}`).ok, file).toBe(true);
    const assets = JSON.parse(
      (fs.readFile('/src/obj/project.assets.json') as { value: { text: string } }).value.text,
    );
    expect(assets.targets['net8.0']['Swashbuckle.AspNetCore.SwaggerGen/6.6.2'].runtime).toEqual({
      'lib/net8.0/Swashbuckle.AspNetCore.SwaggerGen.dll': {},
    });
    expect(result.notes.join(' ')).toMatch(/NuGet did not download anything/);
  });

  it('a second restore is a no-op', () => {
    const fs = dotnetFs('sdk', { '/src/App.csproj': WEB_CSPROJ });
    dotnet(fs, ['restore']);
    expect(dotnet(fs, ['restore']).stdout).toBe(
      '  Determining projects to restore...\n  All projects are up-to-date for restore.\n',
    );
  });

  it('-r adds a runtime-specific target to the assets file', () => {
    const fs = dotnetFs('sdk', { '/src/App.csproj': WEB_CSPROJ });
    dotnet(fs, ['restore', '-r', 'linux-x64']);
    const text = (fs.readFile('/src/obj/project.assets.json') as { value: { text: string } }).value
      .text;
    expect(Object.keys(JSON.parse(text).targets)).toEqual(['net8.0', 'net8.0/linux-x64']);
  });

  it('fails with MSB1003 in a folder without a project, MSB1011 with two', () => {
    expect(dotnet(dotnetFs('sdk', { '/src/': '' }), ['restore'])).toMatchObject({
      code: 1,
      stdout:
        'MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.\n',
    });
    const two = dotnetFs('sdk', { '/src/A.csproj': WEB_CSPROJ, '/src/B.csproj': WEB_CSPROJ });
    expect(dotnet(two, ['restore'])).toMatchObject({
      code: 1,
      stdout:
        'MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.\n',
    });
  });

  it('fails with MSB4025 where a project file is not well-formed XML', () => {
    const unclosed = dotnetFs('sdk', {
      '/src/App.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n',
    });
    const result = dotnet(unclosed, ['restore']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '/src/App.csproj(3,1): error MSB4025: The project file could not be loaded. Unexpected end of file has occurred. The following elements are not closed: PropertyGroup. Line 3, position 1.',
    );
    const crossed = dotnetFs('sdk', {
      '/src/App.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n</Project>\n',
    });
    expect(dotnet(crossed, ['restore']).stdout).toContain(
      "/src/App.csproj(3,3): error MSB4025: The project file could not be loaded. The 'PropertyGroup' start tag on line 2 position 4 does not match the end tag of 'Project'. Line 3, position 3.",
    );
    const text = dotnetFs('sdk', { '/src/App.csproj': 'not a project' });
    expect(dotnet(text, ['restore']).stdout).toContain(
      'error MSB4025: The project file could not be loaded. Data at the root level is invalid. Line 1, position 1.',
    );
  });

  it('reads entities and comments as XML does', () => {
    const fs = dotnetFs('sdk', {
      '/src/App.csproj': `<Project Sdk="Microsoft.NET.Sdk">
  <!-- <PackageReference Include="Dapper" Version="2.1.35" /> -->
  <PropertyGroup><TargetFramework>net8.0</TargetFramework><AssemblyName>Tom&amp;Jerry</AssemblyName><OutputType>Exe</OutputType></PropertyGroup>
</Project>`,
      '/src/Program.cs': PROGRAM_CS,
    });
    expect(dotnet(fs, ['build']).stdout).toContain('  App -> /src/bin/Debug/net8.0/Tom&Jerry.dll');
    expect(fs.stat('/root/.nuget/packages/dapper').ok).toBe(false);
  });

  it('restores every project of a solution, referenced ones first', () => {
    const sln = `Microsoft Visual Studio Solution File, Format Version 12.00\nProject("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "Api\\Api.csproj", "{11111111-1111-1111-1111-111111111111}"\nEndProject\nProject("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Domain", "Domain\\Domain.csproj", "{22222222-2222-2222-2222-222222222222}"\nEndProject\n`;
    const api = WEB_CSPROJ.replace(
      '</Project>',
      '  <ItemGroup>\n    <ProjectReference Include="..\\Domain\\Domain.csproj" />\n  </ItemGroup>\n</Project>',
    );
    const domain =
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Dapper" Version="2.1.66" />\n  </ItemGroup>\n</Project>\n';
    const fs = dotnetFs('sdk', {
      '/src/App.sln': sln,
      '/src/Api/Api.csproj': api,
      '/src/Domain/Domain.csproj': domain,
      '/src/Api/Program.cs': PROGRAM_CS,
    });
    const result = dotnet(fs, ['restore']);
    expect(result.code).toBe(0);
    const restored = result.stdout.split('\n').filter((l) => l.includes('Restored'));
    expect(restored.map((l) => l.split(' ')[3])).toEqual([
      '/src/Domain/Domain.csproj',
      '/src/Api/Api.csproj',
    ]);
    expect(fs.stat(`${PKG}/dapper/2.1.66/lib/net8.0/Dapper.dll`).ok).toBe(true);
  });

  it('fails with NU1202 for a package built for a newer framework', () => {
    const csproj = WEB_CSPROJ.replace(
      'Swashbuckle.AspNetCore" Version="6.6.2"',
      'Microsoft.AspNetCore.OpenApi" Version="9.0.11"',
    );
    const result = dotnet(dotnetFs('sdk', { '/src/App.csproj': csproj }), ['restore']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '/src/App.csproj : error NU1202: Package Microsoft.AspNetCore.OpenApi 9.0.11 is not compatible with net8.0 (.NETCoreApp,Version=v8.0). Package Microsoft.AspNetCore.OpenApi 9.0.11 supports: net9.0 (.NETCoreApp,Version=v9.0)\n',
    );
    expect(result.stdout).toMatch(/ {2}Failed to restore \/src\/App\.csproj \(in \d+ ms\)\.\n$/);
  });

  it('unknown packages are stand-ins with a note', () => {
    const csproj = WEB_CSPROJ.replace('Swashbuckle.AspNetCore', 'Contoso.Widgets');
    const fs = dotnetFs('sdk', { '/src/App.csproj': csproj });
    const result = dotnet(fs, ['restore']);
    expect(result.code).toBe(0);
    expect(walkFiles(fs, `${PKG}/contoso.widgets/6.6.2`).map((f) => f.path)).toContain(
      `${PKG}/contoso.widgets/6.6.2/lib/netstandard2.0/Contoso.Widgets.dll`,
    );
    expect(result.notes.join(' ')).toMatch(/stand-ins: Contoso\.Widgets/);
  });
});
