// The Dockerfile Microsoft's docs and `docker init` generate for an ASP.NET Core app, through
// the build engine: restore in its own layer, publish, and only the publish folder in the
// aspnet image.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { PROGRAM_CS, WEB_CSPROJ } from './testing';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const MULTI_STAGE = `FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app/publish .
ENTRYPOINT ["dotnet", "App.dll"]
`;

const FILES = {
  'App.csproj': WEB_CSPROJ,
  'Program.cs': PROGRAM_CS,
  'appsettings.json': '{\n  "AllowedHosts": "*"\n}\n',
};

function baseLayers(repository: string, tag: string): number {
  const found = catalog.resolve?.(repository, tag);
  if (!found?.ok) throw new Error(`${repository}:${tag} does not resolve`);
  return found.image.layers.length;
}

describe('a multi-stage .NET build', () => {
  it('publishes in the sdk stage and ships only the publish folder on aspnet', () => {
    const out = buildInSession(catalog, MULTI_STAGE, { files: FILES, idPrefix: 'dn' });
    expect(out.ok, out.stderr).toBe(true);
    // aspnet's layers + WORKDIR + COPY --from.
    expect(out.image?.diffIds).toHaveLength(
      baseLayers('mcr.microsoft.com/dotnet/aspnet', '8.0') + 2,
    );
    const fs = imageFs(out);
    for (const file of [
      'App.dll',
      'App.deps.json',
      'App.runtimeconfig.json',
      'appsettings.json',
      'web.config',
    ])
      expect(fs.stat(`/app/${file}`).ok, file).toBe(true);
    expect(fs.stat('/app/App').ok).toBe(false);
    expect(fs.stat('/root/.nuget').ok).toBe(false);
    const printed = stepOutput(out);
    expect(printed).toContain('  Determining projects to restore...');
    expect(printed).toContain('  App -> /src/bin/Release/net8.0/App.dll');
    expect(printed).toContain('  App -> /app/publish/');
  });

  it("Visual Studio's Dockerfile: a web project referencing a library, built then published", () => {
    const dockerfile = `FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
USER $APP_UID
WORKDIR /app
EXPOSE 8080

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG BUILD_CONFIGURATION=Release
WORKDIR /src
COPY ["Api/Api.csproj", "Api/"]
COPY ["Domain/Domain.csproj", "Domain/"]
RUN dotnet restore "./Api/Api.csproj"
COPY . .
WORKDIR "/src/Api"
RUN dotnet build "./Api.csproj" -c $BUILD_CONFIGURATION -o /app/build

FROM build AS publish
ARG BUILD_CONFIGURATION=Release
RUN dotnet publish "./Api.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false

FROM base AS final
WORKDIR /app
COPY --from=publish /app/publish .
ENTRYPOINT ["dotnet", "Api.dll"]
`;
    const api = WEB_CSPROJ.replace(
      '</Project>',
      '  <ItemGroup>\n    <ProjectReference Include="..\\Domain\\Domain.csproj" />\n  </ItemGroup>\n</Project>',
    );
    const domain =
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Dapper" Version="2.1.66" />\n  </ItemGroup>\n</Project>\n';
    const out = buildInSession(catalog, dockerfile, {
      files: {
        'Api/Api.csproj': api,
        'Api/Program.cs': PROGRAM_CS,
        'Domain/Domain.csproj': domain,
        'Domain/Order.cs': 'public record Order(int Id);\n',
      },
    });
    expect(out.ok, out.stderr).toBe(true);
    // aspnet's layers + WORKDIR (base) + WORKDIR + COPY --from (final).
    expect(out.image?.diffIds).toHaveLength(
      baseLayers('mcr.microsoft.com/dotnet/aspnet', '8.0') + 3,
    );
    const fs = imageFs(out);
    for (const file of [
      'Api.dll',
      'Domain.dll',
      'Dapper.dll',
      'Swashbuckle.AspNetCore.SwaggerGen.dll',
    ])
      expect(fs.stat(`/app/${file}`).ok, file).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain('  Domain -> /app/build/Domain.dll');
    expect(printed).toContain('  Api -> /app/build/Api.dll');
    expect(printed).toContain('  Domain -> /src/Domain/bin/Release/net8.0/Domain.dll');
    expect(printed).toContain('  Api -> /app/publish/');
    expect(printed).not.toContain('  Domain -> /app/publish/');
  });

  it('publish on the aspnet image fails: it has no SDK', () => {
    const out = buildInSession(
      catalog,
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\n',
      { files: FILES },
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out)).toContain('      No .NET SDKs were found.');
    expect(out.stderr).toContain('exit code: 145');
  });
});
