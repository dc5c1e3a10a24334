import { describe, expect, it } from 'vitest';
import type { Program } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { runAppHost } from './apphost';
import { dotnet, dotnetFs, PROGRAM_CS, WEB_CSPROJ } from './testing';

const CONSOLE_CSPROJ =
  '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

const appHost: Program = (argv, io) => runAppHost(io, argv) ?? 127;

const published = (csproj: string, extra: string[] = []) => {
  const fs = dotnetFs('sdk', { '/src/App.csproj': csproj, '/src/Program.cs': PROGRAM_CS });
  expect(dotnet(fs, ['publish', '-c', 'Release', '-o', '/app', ...extra]).code).toBe(0);
  return fs;
};

const LISTENING =
  'info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://[::]:8080\n';

describe('an app started by its own executable (./App)', () => {
  it('starts a web app through the apphost beside App.dll, printing Kestrel lines', () => {
    const result = runProgram(appHost, ['./App'], published(WEB_CSPROJ), { cwd: '/app' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${LISTENING.replace(/[[\]]/g, '\\$&')}`));
    expect(result.stdout).toContain('      Content root path: /app\n');
  });

  it('fails as hostfxr does when App.dll is gone from beside the apphost', () => {
    const fs = published(WEB_CSPROJ);
    fs.remove('/app/App.dll');
    expect(runProgram(appHost, ['./App'], fs, { cwd: '/app' })).toMatchObject({
      code: 129,
      stderr: "The application to execute does not exist: '/app/App.dll'.\n",
    });
  });

  it('starts a single-file web app, and a single-file console app prints nothing', () => {
    const single = ['-r', 'linux-x64', '--self-contained', 'true', '-p:PublishSingleFile=true'];
    const web = runProgram(appHost, ['/app/App'], published(WEB_CSPROJ, single), { cwd: '/' });
    expect(web.stdout).toContain(LISTENING);
    const plain = runProgram(appHost, ['/app/App'], published(CONSOLE_CSPROJ, single));
    expect(plain).toMatchObject({ code: 0, stdout: '' });
  });

  it('leaves any other file to the shell', () => {
    const fs = published(WEB_CSPROJ);
    expect(runProgram(appHost, ['/app/App.dll'], fs).code).toBe(127);
  });
});
