/**
 * What restore leaves in a project's obj/ folder and build reads back: project.assets.json
 * (a target per framework and runtime identifier listing each package's runtime assets, the
 * libraries and where they live), project.nuget.cache (the hash restore compares to decide a
 * project is up to date), <project>.nuget.dgspec.json and the .nuget.g.props / .g.targets
 * MSBuild imports. Build knows packages only through the assets file, as the real SDK does.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { frameworkName, ridFallbacks } from './frameworks';
import { packageHash, packagesFolder } from './packages-folder';
import type { Project } from './project';
import type { ResolvedPackage } from './resolve';

export interface AssetsEntry {
  type: 'package' | 'project';
  runtime?: Record<string, unknown>;
  native?: Record<string, unknown>;
  runtimeTargets?: Record<string, { assetType: string; rid: string }>;
}

export interface Assets {
  targets: Record<string, Record<string, AssetsEntry>>;
  libraries: Record<string, { type: string; path: string }>;
}

export function objDir(project: Project): string {
  return `${project.dir === '/' ? '' : project.dir}/obj`;
}

/** The assets target key: "net8.0" or "net8.0/linux-x64". */
export function targetKey(tfm: string, rid: string | undefined): string {
  return rid ? `${tfm}/${rid}` : tfm;
}

function relative(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function packageEntry(resolved: ResolvedPackage, rid: string | undefined): Record<string, unknown> {
  const { pkg, lib } = resolved;
  const libFiles = lib ? pkg.assemblies.map((a) => `lib/${lib}/${a}`) : [];
  const assets = Object.fromEntries(libFiles.map((f) => [f, {}]));
  const runtimeFiles = pkg.files.filter((f) => /^runtimes\/[^/]+\/(lib|native)\//.test(f.path));
  const entry: Record<string, unknown> = {
    type: 'package',
    dependencies: Object.fromEntries(pkg.dependencies.map((d) => [d.id, d.version])),
    compile: lib ? assets : { 'lib/netstandard2.0/_._': {} },
    runtime: lib ? assets : { 'lib/netstandard2.0/_._': {} },
  };
  if (runtimeFiles.length && rid) {
    // A RID-specific target takes the most specific runtimes/<rid>/ assets in place of lib's.
    const pick = (kind: string) => {
      for (const r of ridFallbacks(rid)) {
        const found = runtimeFiles.filter((f) => f.path.startsWith(`runtimes/${r}/${kind}/`));
        if (found.length) return Object.fromEntries(found.map((f) => [f.path, {}]));
      }
      return undefined;
    };
    const runtime = pick('lib');
    const native = pick('native');
    if (runtime) entry.runtime = runtime;
    if (native) entry.native = native;
  }
  if (runtimeFiles.length && !rid)
    entry.runtimeTargets = Object.fromEntries(
      runtimeFiles.map((f) => [
        f.path,
        {
          assetType: f.path.split('/')[2] === 'native' ? 'native' : 'runtime',
          rid: f.path.split('/')[1],
        },
      ]),
    );
  return entry;
}

export interface RestoreRecord {
  project: Project;
  tfms: string[];
  rids: string[];
  /** Packages per target framework. */
  resolved: Map<string, ResolvedPackage[]>;
  references: Project[];
  hash: string;
  sdk: { root: string; version: string };
}

export function writeRestoreOutputs(io: ProgramIO, r: RestoreRecord): void {
  const obj = objDir(r.project);
  const folder = `${packagesFolder(io)}/`;
  const targets: Record<string, Record<string, unknown>> = {};
  const libraries: Record<string, unknown> = {};
  for (const tfm of r.tfms) {
    const packages = r.resolved.get(tfm) ?? [];
    for (const rid of [undefined, ...r.rids]) {
      const target: Record<string, unknown> = {};
      for (const p of packages) target[`${p.pkg.id}/${p.pkg.version}`] = packageEntry(p, rid);
      for (const ref of r.references) {
        const dll = `bin/placeholder/${ref.assemblyName}.dll`;
        target[`${ref.name}/1.0.0`] = {
          type: 'project',
          framework: frameworkName(tfm),
          compile: { [dll]: {} },
          runtime: { [dll]: {} },
        };
      }
      targets[targetKey(tfm, rid)] = target;
    }
    for (const { pkg } of packages)
      libraries[`${pkg.id}/${pkg.version}`] = {
        sha512: packageHash(pkg),
        type: 'package',
        path: `${pkg.id.toLowerCase()}/${pkg.version.toLowerCase()}`,
        files: [
          '.nupkg.metadata',
          '.signature.p7s',
          ...pkg.files.map((f) => f.path),
          `${pkg.id.toLowerCase()}.${pkg.version.toLowerCase()}.nupkg.sha512`,
          `${pkg.id.toLowerCase()}.nuspec`,
        ],
      };
  }
  for (const ref of r.references)
    libraries[`${ref.name}/1.0.0`] = {
      type: 'project',
      path: relative(r.project.dir, ref.path),
      msbuildProject: relative(r.project.dir, ref.path),
    };
  const frameworks = Object.fromEntries(
    r.tfms.map((tfm) => [
      tfm,
      {
        targetAlias: tfm,
        dependencies: Object.fromEntries(
          (r.resolved.get(tfm) ?? [])
            .filter((p) => p.direct)
            .map((p) => [p.pkg.id, { target: 'Package', version: `[${p.pkg.version}, )` }]),
        ),
        frameworkReferences: {
          ...(r.project.web ? { 'Microsoft.AspNetCore.App': { privateAssets: 'none' } } : {}),
          'Microsoft.NETCore.App': { privateAssets: 'all' },
        },
        runtimeIdentifierGraphPath: `${r.sdk.root}/sdk/${r.sdk.version}/PortableRuntimeIdentifierGraph.json`,
      },
    ]),
  );
  const restore = {
    projectUniqueName: r.project.path,
    projectName: r.project.name,
    projectPath: r.project.path,
    packagesPath: folder,
    outputPath: `${obj}/`,
    projectStyle: 'PackageReference',
    configFilePaths: [`${io.env.HOME ?? io.user.home}/.nuget/NuGet/NuGet.Config`],
    originalTargetFrameworks: r.tfms,
    sources: { 'https://api.nuget.org/v3/index.json': {} },
  };
  const spec = {
    version: '1.0.0',
    restore,
    frameworks,
    ...(r.rids.length
      ? { runtimes: Object.fromEntries(r.rids.map((rid) => [rid, { '#import': [] }])) }
      : {}),
  };
  const assets = {
    version: 3,
    targets,
    libraries,
    projectFileDependencyGroups: Object.fromEntries(
      r.tfms.map((tfm) => [
        tfm,
        [
          ...(r.resolved.get(tfm) ?? [])
            .filter((p) => p.direct)
            .map((p) => `${p.pkg.id} >= ${p.pkg.version}`),
          ...r.references.map((ref) => `${ref.name} >= 1.0.0`),
        ],
      ]),
    ),
    packageFolders: { [folder]: {} },
    project: spec,
  };
  const file = r.project.path.split('/').pop() ?? r.project.name;
  writeText(io.fs, `${obj}/project.assets.json`, JSON.stringify(assets, null, 2));
  writeText(
    io.fs,
    `${obj}/${file}.nuget.dgspec.json`,
    JSON.stringify(
      { format: 1, restore: { [r.project.path]: {} }, projects: { [r.project.path]: spec } },
      null,
      2,
    ),
  );
  const all = [...r.resolved.values()].flat();
  writeText(
    io.fs,
    `${obj}/project.nuget.cache`,
    JSON.stringify(
      {
        version: 2,
        dgSpecHash: r.hash,
        success: true,
        projectFilePath: r.project.path,
        expectedPackageFiles: [
          ...new Set(
            all.map(
              ({ pkg }) =>
                `${folder}${pkg.id.toLowerCase()}/${pkg.version.toLowerCase()}/${pkg.id.toLowerCase()}.${pkg.version.toLowerCase()}.nupkg.sha512`,
            ),
          ),
        ],
        logs: [],
      },
      null,
      2,
    ),
  );
  const xml = (body: string) =>
    `<?xml version="1.0" encoding="utf-8" standalone="no"?>\n<Project ToolsVersion="14.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n${body}</Project>`;
  writeText(
    io.fs,
    `${obj}/${file}.nuget.g.props`,
    xml(
      `  <PropertyGroup Condition=" '$(ExcludeRestorePackageImports)' != 'true' ">\n    <RestoreSuccess Condition=" '$(RestoreSuccess)' == '' ">True</RestoreSuccess>\n    <RestoreTool Condition=" '$(RestoreTool)' == '' ">NuGet</RestoreTool>\n    <ProjectAssetsFile Condition=" '$(ProjectAssetsFile)' == '' ">$(MSBuildThisFileDirectory)project.assets.json</ProjectAssetsFile>\n    <NuGetPackageRoot Condition=" '$(NuGetPackageRoot)' == '' ">${folder}</NuGetPackageRoot>\n    <NuGetPackageFolders Condition=" '$(NuGetPackageFolders)' == '' ">${folder}</NuGetPackageFolders>\n    <NuGetProjectStyle Condition=" '$(NuGetProjectStyle)' == '' ">PackageReference</NuGetProjectStyle>\n  </PropertyGroup>\n`,
    ),
  );
  writeText(io.fs, `${obj}/${file}.nuget.g.targets`, xml(''));
}

/** The project's assets file, or undefined when restore has not written one (or it is unreadable). */
export function readAssets(io: ProgramIO, project: Project): Assets | undefined {
  const text = readText(io.fs, `${objDir(project)}/project.assets.json`);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Assets>;
    return { targets: parsed.targets ?? {}, libraries: parsed.libraries ?? {} };
  } catch {
    return undefined;
  }
}

/** The hash restore recorded, to tell whether the project's inputs changed since. */
export function recordedHash(io: ProgramIO, project: Project): string | undefined {
  const text = readText(io.fs, `${objDir(project)}/project.nuget.cache`);
  return text ? /"dgSpecHash":\s*"([^"]*)"/.exec(text)?.[1] : undefined;
}
