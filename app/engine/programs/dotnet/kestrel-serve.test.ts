// An ASP.NET Core app's container through the docker CLI: `dotnet App.dll` of a Web SDK app
// keeps running after Kestrel's startup lines and stops gracefully on `docker stop` (0); a
// console app exits at once.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from '../../runtime/testing/terminal';
import { PROGRAM_CS, WEB_CSPROJ } from './testing';

const terminal = busyboxTerminals('docker pull -q mcr.microsoft.com/dotnet/aspnet:8.0');

const dockerfile = (runtime: string) => `FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/${runtime}:8.0
WORKDIR /app
COPY --from=build /app/publish .
ENTRYPOINT ["dotnet", "App.dll"]
`;

const CONSOLE_CSPROJ =
  '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

function build(t: Terminal, files: Record<string, string>, runtime: string): void {
  writeHostFiles(t, 'app', { ...files, Dockerfile: dockerfile(runtime) });
  const built = t.run('docker build -q -t app app');
  expect(built.err).toBe('');
  expect(built.code).toBe(0);
}

describe('an ASP.NET Core app in a container', () => {
  it('keeps `dotnet App.dll` running after Kestrel starts, and exits 0 on docker stop', () => {
    const t = terminal();
    build(t, { 'App.csproj': WEB_CSPROJ, 'Program.cs': PROGRAM_CS }, 'aspnet');
    t.run('docker run -d --name web app');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    expect(t.run('docker logs web').out).toBe(
      'info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://[::]:8080\n' +
        'info: Microsoft.Hosting.Lifetime[0]\n      Application started. Press Ctrl+C to shut down.\n' +
        'info: Microsoft.Hosting.Lifetime[0]\n      Hosting environment: Production\n' +
        'info: Microsoft.Hosting.Lifetime[0]\n      Content root path: /app\n',
    );
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
    expect(t.run('docker logs web').out).toMatch(
      /Content root path: \/app\ninfo: Microsoft\.Hosting\.Lifetime\[0\]\n {6}Application is shutting down\.\.\.\n$/,
    );
  });

  it('lets a console app (Microsoft.NET.Sdk) on the runtime image exit at once (0)', () => {
    const t = terminal();
    const program = 'Console.WriteLine("hi");\n';
    build(t, { 'App.csproj': CONSOLE_CSPROJ, 'Program.cs': program }, 'runtime');
    t.run('docker run -d --name job app');
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^job Exited \(0\) /,
    );
  });
});
