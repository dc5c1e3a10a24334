/**
 * The .NET installation a `dotnet` call belongs to, read from the filesystem as the muxer
 * (hostfxr) reads it: the folder holding the `dotnet` executable (following /usr/bin/dotnet's
 * link to /usr/share/dotnet), its `sdk/<version>/` folders, `shared/<framework>/<version>/`
 * runtimes and `host/fxr/<version>/`. The runtime and aspnet images have no sdk/ folder,
 * which is what makes `dotnet build` fail there.
 */
import type { ProgramIO } from '../../shell/program';
import { findOnPath, isDir, listDir, readText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';

export interface DotnetInstall {
  /** `/usr/share/dotnet`. */
  root: string;
  /** SDK versions, lowest first. */
  sdks: string[];
  /** Installed shared frameworks, by name then version. */
  runtimes: { name: string; version: string }[];
  /** hostfxr's version: the newest under host/fxr (the runtime's version). */
  host: string;
}

/** Compares dotted versions numerically ("8.0.10" after "8.0.9"); a prerelease sorts first. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return y !== undefined && /^\d/.test(y) ? -1 : 1;
    if (y === undefined) return /^\d/.test(x) ? 1 : -1;
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function versions(io: ProgramIO, dir: string): string[] {
  return listDir(io.fs, dir)
    .filter((v) => /^\d+\.\d+\.\d+/.test(v) && isDir(io.fs, `${dir}/${v}`))
    .sort(compareVersions);
}

/** Follows symlinks to the real file (`/usr/bin/dotnet` → `/usr/share/dotnet/dotnet`). */
function realPath(io: ProgramIO, path: string): string {
  let current = path;
  for (let i = 0; i < 8; i++) {
    const st = io.fs.lstat(current);
    if (!st.ok || st.value.node.kind !== 'symlink') return current;
    const target = st.value.node.target;
    current = target.startsWith('/')
      ? target
      : `${current.slice(0, current.lastIndexOf('/'))}/${target}`;
  }
  return current;
}

export function findInstall(io: ProgramIO): DotnetInstall {
  const onPath = findOnPath(io.fs, io.env, 'dotnet');
  const fromPath = onPath ? realPath(io, onPath) : undefined;
  const root =
    io.env.DOTNET_ROOT && isDir(io.fs, io.env.DOTNET_ROOT)
      ? io.env.DOTNET_ROOT.replace(/\/$/, '')
      : fromPath
        ? fromPath.slice(0, fromPath.lastIndexOf('/')) || '/'
        : '/usr/share/dotnet';
  const runtimes = listDir(io.fs, `${root}/shared`)
    .sort()
    .flatMap((name) =>
      versions(io, `${root}/shared/${name}`).map((version) => ({ name, version })),
    );
  const fxr = versions(io, `${root}/host/fxr`);
  const core = runtimes.filter((r) => r.name === 'Microsoft.NETCore.App').map((r) => r.version);
  return {
    root,
    sdks: versions(io, `${root}/sdk`),
    runtimes,
    host: fxr[fxr.length - 1] ?? core[core.length - 1] ?? io.env.DOTNET_VERSION ?? '8.0.22',
  };
}

export function majorOf(version: string): number {
  return Number(version.split('.')[0]) || 0;
}

/** The MSBuild each SDK feature band ships (x.y.Nxx); the commit hashes are stand-ins. */
const MSBUILD: Record<string, string> = {
  '6.0.1': '17.0.1',
  '6.0.3': '17.2.1',
  '6.0.4': '17.3.4',
  '7.0.1': '17.4.1',
  '7.0.2': '17.5.1',
  '7.0.3': '17.6.10',
  '7.0.4': '17.7.6',
  '8.0.1': '17.8.5',
  '8.0.2': '17.9.8',
  '8.0.3': '17.10.4',
  '8.0.4': '17.11.48',
  '9.0.1': '17.12.50',
  '9.0.2': '17.13.26',
  '9.0.3': '17.14.28',
  '10.0.1': '18.0.2',
};

export function msbuildVersion(sdk: string): string {
  const [maj = '8', min = '0', patch = '100'] = sdk.split('.');
  const band = `${maj}.${min}.${patch.charAt(0)}`;
  const version = MSBUILD[band] ?? (majorOf(sdk) >= 10 ? '18.0.2' : '17.11.48');
  return `${version}+${stubCommit(`msbuild ${version}`).slice(0, 9)}`;
}

/** A deterministic 10-hex commit id standing in for the real build's. */
export function stubCommit(what: string): string {
  return sha256Hex(what).slice(0, 10);
}

/** The first line `dotnet build` and `dotnet publish` print (MSBuild's logo). */
export function msbuildBanner(sdk: string): string {
  return `MSBuild version ${msbuildVersion(sdk)} for .NET\n`;
}

/** "debian" and "12", from /etc/os-release. */
export function osRelease(io: ProgramIO): { id: string; version: string } {
  const text = readText(io.fs, '/etc/os-release') ?? '';
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  return { id: field('ID') || 'linux', version: field('VERSION_ID') };
}

/** The portable runtime identifier of this machine: linux-x64, or linux-musl-x64 on Alpine. */
export function hostRid(io: ProgramIO): string {
  return osRelease(io).id === 'alpine' ? 'linux-musl-x64' : 'linux-x64';
}
