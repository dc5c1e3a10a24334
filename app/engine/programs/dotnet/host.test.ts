import { describe, expect, it } from 'vitest';
import { dotnet, dotnetFs } from './testing';

describe('dotnet host (hostfxr)', () => {
  it('prints the SDK version with an SDK', () => {
    expect(dotnet(dotnetFs('sdk'), ['--version'])).toMatchObject({ code: 0, stdout: '8.0.416\n' });
  });

  it('lists SDKs and runtimes with their folders', () => {
    expect(dotnet(dotnetFs('sdk'), ['--list-sdks']).stdout).toBe(
      '8.0.416 [/usr/share/dotnet/sdk]\n',
    );
    expect(dotnet(dotnetFs('aspnet'), ['--list-runtimes']).stdout).toBe(
      'Microsoft.AspNetCore.App 8.0.22 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n' +
        'Microsoft.NETCore.App 8.0.22 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n',
    );
    expect(dotnet(dotnetFs('runtime'), ['--list-sdks'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('fails SDK commands without an SDK, naming both readings of the word (exit 145)', () => {
    for (const command of ['--version', 'build', 'publish']) {
      const result = dotnet(dotnetFs('aspnet'), [command]);
      expect(result.code).toBe(145);
      expect(result.stderr).toBe(
        `The command could not be loaded, possibly because:\n  * You intended to execute a .NET application:\n      The application '${command}' does not exist.\n  * You intended to execute a .NET SDK command:\n      No .NET SDKs were found.\n\nDownload a .NET SDK:\nhttps://aka.ms/dotnet/download\n\nLearn about SDK resolution:\nhttps://aka.ms/dotnet/sdk-not-found\n`,
      );
    }
  });

  it('uses .NET 6 wording on a 6.0 host', () => {
    const result = dotnet(dotnetFs('runtime', {}, '6.0.36'), ['App.dll'], '/app');
    expect(result.code).toBe(145);
    expect(result.stderr).toMatch(
      /^Could not execute because the application was not found or a compatible \.NET SDK is not installed\./,
    );
  });

  it('--info without an SDK shows the host, its RID and "No SDKs were found."', () => {
    const out = dotnet(dotnetFs('runtime'), ['--info']).stdout;
    expect(out).toContain('\nHost:\n  Version:      8.0.22\n  Architecture: x64\n');
    expect(out).toContain('  RID:          linux-x64\n');
    expect(out).toContain('.NET SDKs installed:\n  No SDKs were found.\n');
    expect(out).not.toContain('.NET SDK:\n');
  });

  it('--info with an SDK starts with the SDK and its runtime environment', () => {
    const out = dotnet(dotnetFs('sdk'), ['--info']).stdout;
    expect(out).toMatch(/^\.NET SDK:\n Version: {11}8\.0\.416\n/);
    expect(out).toContain(' OS Name:     debian\n OS Version:  12\n');
    expect(out).toContain(' Base Path:   /usr/share/dotnet/sdk/8.0.416/\n');
    expect(out).not.toContain('  RID:          ');
  });

  it('an unknown command with an SDK is the SDK\'s "could not execute" (exit 1)', () => {
    const result = dotnet(dotnetFs('sdk'), ['App.dll'], '/app');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('but dotnet-App.dll does not exist.');
  });
});

describe('dotnet App.dll', () => {
  const web =
    '{\n  "runtimeOptions": {\n    "tfm": "net8.0",\n    "framework": {\n      "name": "Microsoft.AspNetCore.App",\n      "version": "8.0.0"\n    }\n  }\n}';

  it('a missing dll in a runtime image is the "command could not be loaded" report', () => {
    const result = dotnet(dotnetFs('aspnet'), ['App.dll'], '/app');
    expect(result.code).toBe(145);
    expect(result.stderr).toContain("The application 'App.dll' does not exist.");
  });

  it('a present web app prints Kestrel startup lines and notes that code is not run', () => {
    const fs = dotnetFs('aspnet', {
      '/app/App.dll': { blob: 8_000 },
      '/app/App.runtimeconfig.json': web,
    });
    const result = dotnet(fs, ['App.dll'], '/app', { ASPNETCORE_HTTP_PORTS: '8080' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('      Now listening on: http://[::]:8080\n');
    expect(result.notes.join(' ')).toMatch(/application code is not executed/);
  });

  it('an ASP.NET Core app on the runtime image fails for the missing framework (exit 150)', () => {
    const fs = dotnetFs('runtime', {
      '/app/App.dll': { blob: 8_000 },
      '/app/App.runtimeconfig.json': web,
    });
    const result = dotnet(fs, ['App.dll'], '/app');
    expect(result.code).toBe(150);
    expect(result.stderr).toBe(
      "You must install or update .NET to run this application.\n\nApp: /app/App.dll\nArchitecture: x64\nFramework: 'Microsoft.AspNetCore.App', version '8.0.0' (x64)\n.NET location: /usr/share/dotnet/\n\nNo frameworks were found.\n\nLearn more:\nhttps://aka.ms/dotnet/app-launch-failed\n\nTo install missing framework, download:\nhttps://aka.ms/dotnet-core-applaunch?framework=Microsoft.AspNetCore.App&framework_version=8.0.0&arch=x64&rid=linux-x64&os=debian.12\n",
    );
  });

  it('a net9.0 app on an 8.0 image lists the frameworks it found', () => {
    const fs = dotnetFs('aspnet', {
      '/app/App.dll': { blob: 8_000 },
      '/app/App.runtimeconfig.json': web.replace('8.0.0', '9.0.0'),
    });
    const result = dotnet(fs, ['App.dll'], '/app');
    expect(result.code).toBe(150);
    expect(result.stderr).toContain(
      'The following frameworks were found:\n  8.0.22 at [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n',
    );
  });

  it('dotnet exec names the missing path', () => {
    const result = dotnet(dotnetFs('aspnet'), ['exec', 'App.dll'], '/app');
    expect(result.stderr).toBe("The application to execute does not exist: '/app/App.dll'.\n");
    expect(result.code).not.toBe(0);
  });
});
