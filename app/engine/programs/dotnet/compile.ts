/**
 * What building one project writes: obj/<Config>/<tfm>/[rid/] (the compiled assembly, its
 * ref/refint copies, the generated AssemblyInfo and the incremental-build caches) and the
 * output folder (bin/<Config>/<tfm>/[rid/] or -o): App.dll and App.pdb of a size that grows
 * with the sources, App.deps.json, App.runtimeconfig.json and the apphost for executables,
 * the runtime assets of packages from the assets file (framework-provided ones left out, as
 * the SDK's conflict resolution does), referenced projects' assemblies and the appsettings
 * files of a web project. The bytes of the assemblies are not modelled.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { objDir, targetKey, type Assets } from './assets';
import { frameworkName, runtimeVersionFor } from './frameworks';
import { packagesFolder } from './packages-folder';
import type { Project } from './project';

export interface CompileSettings {
  configuration: string;
  tfm: string;
  rid: string | undefined;
  /** The folder the outputs go to. */
  outDir: string;
  useAppHost: boolean;
  selfContained: boolean;
}

export interface CompiledFile {
  /** Relative to the output folder. */
  path: string;
  source: string;
}

/** The C# sources MSBuild's default globs take: **\/*.cs outside bin/ and obj/. */
export function sourceFiles(io: ProgramIO, project: Project): string[] {
  const base = project.dir === '/' ? '' : project.dir;
  return walkFiles(io.fs, project.dir)
    .map((f) => f.path)
    .filter((p) => /\.(cs|fs|vb)$/.test(p) && !/^\/(bin|obj)\//.test(p.slice(base.length)));
}

/** Packages whose assemblies the shared framework already has (the SDK drops those). */
function providedByFramework(id: string, version: string, tfm: string, web: boolean): boolean {
  const fwMajor = Number(runtimeVersionFor(tfm).split('.')[0]);
  if ((Number(version.split('.')[0]) || 0) > fwMajor) return false;
  if (
    /^System\.(Text\.Json|Text\.Encodings\.Web|Formats\.Asn1|Collections\.Immutable|Reflection\.Metadata|IO\.Pipelines)$/.test(
      id,
    )
  )
    return true;
  return (
    web &&
    /^Microsoft\.Extensions\.(Caching|Configuration|DependencyInjection|Logging|Options|Primitives)/.test(
      id,
    )
  );
}

function runtimeConfig(project: Project, s: CompileSettings): string {
  const version = runtimeVersionFor(s.tfm);
  const name = project.web ? 'Microsoft.AspNetCore.App' : 'Microsoft.NETCore.App';
  const framework = s.selfContained
    ? `    "includedFrameworks": [\n      {\n        "name": "Microsoft.NETCore.App",\n        "version": "${version}"\n      }\n    ],\n`
    : `    "framework": {\n      "name": "${name}",\n      "version": "${version}"\n    },\n`;
  const gc = project.web ? '      "System.GC.Server": true,\n' : '';
  return `{\n  "runtimeOptions": {\n    "tfm": "${s.tfm}",\n${framework}    "configProperties": {\n${gc}      "System.Reflection.Metadata.MetadataUpdater.IsSupported": false,\n      "System.Runtime.Serialization.EnableUnsafeBinaryFormatterSerialization": false\n    }\n  }\n}`;
}

function depsJson(
  project: Project,
  s: CompileSettings,
  packages: { id: string; version: string; files: string[] }[],
  references: Project[],
): string {
  const runtimeTarget = `${frameworkName(s.tfm)}${s.rid ? `/${s.rid}` : ''}`;
  const targets: Record<string, unknown> = {
    [`${project.name}/1.0.0`]: {
      dependencies: Object.fromEntries([
        ...packages.map((p) => [p.id, p.version]),
        ...references.map((r) => [r.name, '1.0.0']),
      ]),
      runtime: { [`${project.assemblyName}.dll`]: {} },
    },
  };
  const libraries: Record<string, unknown> = {
    [`${project.name}/1.0.0`]: { type: 'project', serviceable: false, sha512: '' },
  };
  for (const p of packages) {
    targets[`${p.id}/${p.version}`] = {
      runtime: Object.fromEntries(
        p.files.map((f) => [
          f,
          {
            assemblyVersion: `${p.version.split('.')[0]}.0.0.0`,
            fileVersion: `${p.version.split('-')[0]}.0`,
          },
        ]),
      ),
    };
    const lower = `${p.id.toLowerCase()}/${p.version.toLowerCase()}`;
    libraries[`${p.id}/${p.version}`] = {
      type: 'package',
      serviceable: true,
      sha512: `sha512-${sha256Hex(lower)}`,
      path: lower,
      hashPath: `${lower.replace('/', '.')}.nupkg.sha512`,
    };
  }
  for (const r of references) {
    targets[`${r.name}/1.0.0`] = { runtime: { [`${r.assemblyName}.dll`]: {} } };
    libraries[`${r.name}/1.0.0`] = { type: 'project', serviceable: false, sha512: '' };
  }
  return JSON.stringify(
    {
      runtimeTarget: { name: runtimeTarget, signature: '' },
      compilationOptions: {},
      targets: { [runtimeTarget]: targets },
      libraries,
    },
    null,
    2,
  );
}

function roundUp(bytes: number, to = 512): number {
  return Math.ceil(bytes / to) * to;
}

/** The size of the assemblies a project compiles to, from its sources. */
export function assemblySize(
  io: ProgramIO,
  project: Project,
): { dll: number; pdb: number; hash: string } {
  const sources = sourceFiles(io, project).map((p) => readText(io.fs, p) ?? '');
  const bytes = sources.reduce((n, s) => n + s.length, 0);
  return {
    dll: roundUp(4_608 + bytes * 1.3 + sources.length * 600 + (project.web ? 2_048 : 0)),
    pdb: 9_800 + Math.round(bytes * 1.1) + sources.length * 400,
    hash: sha256Hex(sources.join('\0')),
  };
}

/**
 * Writes the project's obj/ intermediates and its output folder. Returns the files written to
 * the output folder (what publish copies), with where each came from.
 */
export function compileProject(
  io: ProgramIO,
  project: Project,
  s: CompileSettings,
  assets: Assets,
  references: Project[],
  referenceOutputs: Map<string, string>,
): CompiledFile[] {
  const name = project.assemblyName;
  const { dll, pdb, hash } = assemblySize(io, project);
  const intermediate = `${objDir(project)}/${s.configuration}/${s.tfm}${s.rid ? `/${s.rid}` : ''}`;
  const blob = (path: string, id: string, size: number, mode?: number) =>
    writeBlob(io.fs, path, id, size, mode);
  blob(`${intermediate}/${name}.dll`, `assembly:${name}:${hash}`, dll);
  blob(`${intermediate}/${name}.pdb`, `pdb:${name}:${hash}`, pdb);
  blob(`${intermediate}/ref/${name}.dll`, `ref-assembly:${name}:${hash}`, roundUp(dll * 0.45));
  blob(`${intermediate}/refint/${name}.dll`, `ref-assembly:${name}:${hash}`, roundUp(dll * 0.45));
  writeText(
    io.fs,
    `${intermediate}/${name}.AssemblyInfo.cs`,
    `//------------------------------------------------------------------------------\n// <auto-generated>\n//     This code was generated by a tool.\n// </auto-generated>\n//------------------------------------------------------------------------------\n\nusing System;\nusing System.Reflection;\n\n[assembly: System.Reflection.AssemblyCompanyAttribute("${name}")]\n[assembly: System.Reflection.AssemblyConfigurationAttribute("${s.configuration}")]\n[assembly: System.Reflection.AssemblyFileVersionAttribute("1.0.0.0")]\n[assembly: System.Reflection.AssemblyInformationalVersionAttribute("1.0.0")]\n[assembly: System.Reflection.AssemblyProductAttribute("${name}")]\n[assembly: System.Reflection.AssemblyTitleAttribute("${name}")]\n[assembly: System.Reflection.AssemblyVersionAttribute("1.0.0.0")]\n`,
  );
  for (const cache of [
    'AssemblyInfoInputs.cache',
    'assets.cache',
    'csproj.CoreCompileInputs.cache',
    'GeneratedMSBuildEditorConfig.editorconfig',
    'GlobalUsings.g.cs',
  ])
    writeBlob(
      io.fs,
      `${intermediate}/${name}.${cache}`,
      `msbuild:${name}:${cache}:${hash}`,
      cache === 'assets.cache' ? 1_200 : 400,
    );
  const out: CompiledFile[] = [];
  const put = (path: string, source: string, size: number, mode?: number) => {
    blob(`${s.outDir}/${path}`, source, size, mode);
    out.push({ path, source: `${s.outDir}/${path}` });
  };
  put(`${name}.dll`, `assembly:${name}:${hash}`, dll);
  put(`${name}.pdb`, `pdb:${name}:${hash}`, pdb);
  const target = assets.targets[targetKey(s.tfm, s.rid)] ?? {};
  const folder = packagesFolder(io);
  const packages: { id: string; version: string; files: string[] }[] = [];
  for (const [key, entry] of Object.entries(target)) {
    if (entry.type !== 'package') continue;
    const [id = '', version = ''] = key.split('/');
    const provided = providedByFramework(id, version, s.tfm, project.web);
    const libFiles = Object.keys(entry.runtime ?? {}).filter((f) => !f.endsWith('_._'));
    const files = provided ? [] : libFiles;
    packages.push({ id, version, files });
    const pkgDir = `${folder}/${id.toLowerCase()}/${version.toLowerCase()}`;
    const copy = (from: string, to: string) => {
      const read = io.fs.readFile(`${pkgDir}/${from}`);
      put(
        to,
        `nuget:${id.toLowerCase()}@${version.toLowerCase()}/${from}`,
        read.ok ? read.value.size : 50_000,
      );
    };
    for (const f of files) copy(f, f.split('/').pop() ?? f);
    for (const f of Object.keys(entry.native ?? {})) copy(f, f.split('/').pop() ?? f);
    for (const f of provided ? [] : Object.keys(entry.runtimeTargets ?? {})) copy(f, f);
  }
  for (const ref of references) {
    const from = referenceOutputs.get(ref.path);
    for (const ext of ['dll', 'pdb']) {
      const read = from ? io.fs.readFile(`${from}/${ref.assemblyName}.${ext}`) : undefined;
      put(
        `${ref.assemblyName}.${ext}`,
        `reference:${ref.path}`,
        read?.ok ? read.value.size : 5_120,
      );
    }
  }
  if (project.exe) {
    writeText(io.fs, `${s.outDir}/${name}.runtimeconfig.json`, runtimeConfig(project, s));
    out.push({
      path: `${name}.runtimeconfig.json`,
      source: `${s.outDir}/${name}.runtimeconfig.json`,
    });
    if (s.useAppHost) {
      blob(`${intermediate}/apphost`, `apphost:${name}`, 72_488, 0o755);
      put(name, `apphost:${name}`, 72_488, 0o755);
      io.fs.chmod(`${s.outDir}/${name}`, 0o755);
    }
  }
  writeText(io.fs, `${s.outDir}/${name}.deps.json`, depsJson(project, s, packages, references));
  out.push({ path: `${name}.deps.json`, source: `${s.outDir}/${name}.deps.json` });
  if (project.web)
    for (const f of walkFiles(io.fs, project.dir).map((f) =>
      f.path.slice(project.dir.length).replace(/^\//, ''),
    ))
      if (/^appsettings(\.[^/]*)?\.json$/.test(f)) {
        const text = readText(io.fs, `${project.dir}/${f}`) ?? '{}';
        writeText(io.fs, `${s.outDir}/${f}`, text);
        out.push({ path: f, source: `${s.outDir}/${f}` });
      }
  return out;
}
