// `ENTRYPOINT ["./App"]`: the apphost `dotnet publish` writes beside App.dll starts it, so a
// Web SDK app keeps running in its container as `dotnet App.dll` does.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles } from '../../runtime/testing/terminal';
import { PROGRAM_CS, WEB_CSPROJ } from './testing';

const terminal = busyboxTerminals('docker pull -q mcr.microsoft.com/dotnet/aspnet:8.0');

const DOCKERFILE = `FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app/publish .
ENTRYPOINT ["./App"]
`;

describe('a published app started by its apphost', () => {
  it('keeps ./App of a Web SDK app running with Kestrel’s lines', () => {
    const t = terminal();
    writeHostFiles(t, 'app', {
      'App.csproj': WEB_CSPROJ,
      'Program.cs': PROGRAM_CS,
      Dockerfile: DOCKERFILE,
    });
    expect(t.run('docker build -q -t app app').code).toBe(0);
    t.run('docker run -d --name web app');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    expect(t.run('docker logs web').out).toContain('Now listening on: http://[::]:8080\n');
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });
});
