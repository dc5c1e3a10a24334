import { describe, expect, it } from 'vitest';
import { listDir } from '../common/fs-helpers';
import { dotnet, dotnetFs } from './testing';

const CONSOLE_CSPROJ =
  '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';

const app = () =>
  dotnetFs('sdk', {
    '/src/app.csproj': CONSOLE_CSPROJ,
    '/src/Program.cs': 'Console.WriteLine("hi");\n',
    '/src/appsettings.json': '{}\n',
  });

const size = (fs: ReturnType<typeof app>, path: string) => {
  const read = fs.readFile(path);
  return read.ok ? read.value.size : -1;
};

describe('dotnet publish -p:PublishSingleFile=true', () => {
  it('bundles a self-contained app and its runtime into one executable beside its .pdb', () => {
    const fs = app();
    const argv = ['publish', '-r', 'linux-musl-x64', '--self-contained', 'true'];
    const result = dotnet(fs, [...argv, '-p:PublishSingleFile=true', '-o', '/out']);
    expect(result.code).toBe(0);
    expect(listDir(fs, '/out').sort()).toEqual(['app', 'app.pdb']);
    expect(size(fs, '/out/app')).toBeGreaterThan(60_000_000);
  });

  it('bundles only the app when it is framework-dependent', () => {
    const fs = app();
    const argv = ['publish', '-r', 'linux-x64', '--self-contained', 'false'];
    expect(dotnet(fs, [...argv, '-p:PublishSingleFile=true', '-o', '/out']).code).toBe(0);
    expect(listDir(fs, '/out').sort()).toEqual(['app', 'app.pdb']);
    expect(size(fs, '/out/app')).toBeLessThan(1_000_000);
    expect(size(fs, '/out/app')).toBeGreaterThan(72_488);
  });
});
