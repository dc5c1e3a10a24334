/**
 * NuGet's global packages folder (~/.nuget/packages, or NUGET_PACKAGES) in the layout restore
 * leaves: `<id lowercase>/<version>/` with the extracted package, the .nupkg itself, its
 * .sha512 (base64 of the SHA-512), the .nuspec, .nupkg.metadata and .signature.p7s. The HTTP
 * cache under ~/.local/share/NuGet keeps each id's version list. With NUGET_XMLDOC_MODE=skip
 * (set in the SDK images) the XML doc files beside the assemblies are not extracted.
 */
import type { NugetPackage } from '../../catalog/ecosystems/nuget';
import type { ProgramIO } from '../../shell/program';
import { exists, writeBlob, writeText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex, sha512Hex } from '../common/hash';

export function packagesFolder(io: ProgramIO): string {
  const home = io.env.HOME ?? io.user.home;
  return (io.env.NUGET_PACKAGES ?? `${home}/.nuget/packages`).replace(/\/$/, '');
}

export function packageDir(io: ProgramIO, id: string, version: string): string {
  return `${packagesFolder(io)}/${id.toLowerCase()}/${version.toLowerCase()}`;
}

/** The SHA-512 NuGet records for a package (the assets file's `sha512`, the .sha512 file). */
export function packageHash(pkg: { id: string; version: string }): string {
  return base64OfHex(sha512Hex(`nupkg:${pkg.id.toLowerCase()}@${pkg.version}`));
}

function nuspec(pkg: NugetPackage): string {
  const deps = pkg.dependencies
    .map(
      (d) =>
        `        <dependency id="${d.id}" version="${d.version}" exclude="Build,Analyzers" />\n`,
    )
    .join('');
  const groups = (pkg.libTfms.length ? pkg.libTfms : ['net8.0'])
    .map((tfm) =>
      deps
        ? `      <group targetFramework="${tfm}">\n${deps}      </group>\n`
        : `      <group targetFramework="${tfm}" />\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">\n  <metadata>\n    <id>${pkg.id}</id>\n    <version>${pkg.version}</version>\n    <authors>${pkg.id.split('.')[0] ?? pkg.id}</authors>\n    <license type="expression">MIT</license>\n    <description>${pkg.id}</description>\n    <dependencies>\n${groups}    </dependencies>\n  </metadata>\n</package>`;
}

/**
 * Extracts a package into the folder unless it is there. Returns the bytes downloaded (0 when
 * it was already present).
 */
export function installPackage(io: ProgramIO, pkg: NugetPackage, sdkMajor: number): number {
  const dir = packageDir(io, pkg.id, pkg.version);
  const lower = pkg.id.toLowerCase();
  const version = pkg.version.toLowerCase();
  if (exists(io.fs, `${dir}/.nupkg.metadata`)) return 0;
  const skipDocs = (io.env.NUGET_XMLDOC_MODE ?? '').toLowerCase() === 'skip';
  for (const file of pkg.files) {
    writeBlob(io.fs, `${dir}/${file.path}`, `nuget:${lower}@${version}/${file.path}`, file.size);
    if (!skipDocs && /^lib\/.*\.dll$/.test(file.path))
      writeBlob(
        io.fs,
        `${dir}/${file.path.replace(/\.dll$/, '.xml')}`,
        `nuget-doc:${lower}@${version}/${file.path}`,
        Math.round(file.size * 0.35),
      );
  }
  const hash = packageHash(pkg);
  writeBlob(io.fs, `${dir}/${lower}.${version}.nupkg`, `nupkg:${lower}@${version}`, pkg.nupkgSize);
  writeText(io.fs, `${dir}/${lower}.${version}.nupkg.sha512`, hash);
  writeText(io.fs, `${dir}/${lower}.nuspec`, nuspec(pkg));
  writeBlob(io.fs, `${dir}/.signature.p7s`, `nuget-signature:${lower}@${version}`, 11_500);
  writeText(
    io.fs,
    `${dir}/.nupkg.metadata`,
    `{\n  "version": 2,\n  "contentHash": "${hash}",\n  "source": "https://api.nuget.org/v3/index.json"\n}`,
  );
  writeHttpCache(io, lower, sdkMajor);
  return pkg.nupkgSize;
}

const SOURCE = 'https://api.nuget.org/v3/index.json';

/** ~/.local/share/NuGet/http-cache (v3-cache before .NET 8): the id's version list. */
function writeHttpCache(io: ProgramIO, lowerId: string, sdkMajor: number): void {
  const home = io.env.HOME ?? io.user.home;
  const cache =
    io.env.NUGET_HTTP_CACHE_PATH ??
    `${home}/.local/share/NuGet/${sdkMajor >= 8 ? 'http-cache' : 'v3-cache'}`;
  const folder = `${cache}/${sha256Hex(SOURCE).slice(0, 40)}$ps:_api.nuget.org_v3_index.json`;
  writeBlob(
    io.fs,
    `${folder}/list_${lowerId}.dat`,
    `nuget-list:${lowerId}`,
    1_200 + ((lowerId.length * 97) % 4_000),
  );
}

/** The NuGet.Config a first restore creates under ~/.nuget/NuGet when there is none. */
export function ensureNugetConfig(io: ProgramIO): void {
  const home = io.env.HOME ?? io.user.home;
  const path = `${home}/.nuget/NuGet/NuGet.Config`;
  if (exists(io.fs, path)) return;
  writeText(
    io.fs,
    path,
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="nuget.org" value="${SOURCE}" protocolVersion="3" />\n  </packageSources>\n</configuration>`,
  );
}
