/**
 * `dotnet build` and `dotnet publish` as the SDK runs them with the console logger (a build
 * log is not a terminal): MSBuild's banner, the implicit restore, one "  App -> path" line per
 * built project and, for publish, one per published folder. `build` ends with MSBuild's
 * summary; publish does not. Errors are MSBuild's (NETSDK1004 without a restore, NETSDK1047
 * for a runtime the restore did not cover, CS5001 for an executable without sources) and
 * fail the command with exit 1.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, ensureDir, isDir, walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { objDir, readAssets, targetKey } from './assets';
import { compileProject, sourceFiles, type CompiledFile } from './compile';
import { bundleSingleFile } from './single-file';
import { runtimeVersionFor } from './frameworks';
import { hostRid, msbuildBanner } from './install';
import { commandRid, type CommandOptions } from './options';
import { findTarget, type Project } from './project';
import { loadGraph, projectRids, restoreNote, restoreProjects, type Sdk } from './restore';

function elapsed(ms: number): string {
  const s = ms / 1000;
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${two(s / 3600)}:${two((s / 60) % 60)}:${two(s % 60)}.${String(Math.floor((ms % 1000) / 10)).padStart(2, '0')}`;
}

function truthy(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toLowerCase() === 'true';
}

interface Outcome {
  code: number;
  warnings: string[];
  errors: string[];
}

export function buildOrPublish(
  io: ProgramIO,
  sdk: Sdk,
  command: 'build' | 'publish',
  o: CommandOptions,
): number {
  const started = 0;
  let spent = 0;
  const spend = (ms: number) => {
    spent += ms;
    io.spend(ms);
  };
  const out = (line: string) => io.stdout(`${line}\n`);
  if (!o.nologo) io.stdout(msbuildBanner(sdk.version));
  const result = run(io, sdk, command, o, out, spend);
  if (command === 'build') {
    out('');
    if (result.code === 0) out('Build succeeded.');
    else out('Build FAILED.\n');
    for (const line of [...result.warnings, ...result.errors]) out(line);
    out(
      `    ${result.warnings.length} Warning(s)\n    ${result.errors.length} Error(s)\n\nTime Elapsed ${elapsed(started + spent + 600)}`,
    );
  }
  return result.code;
}

function run(
  io: ProgramIO,
  sdk: Sdk,
  command: 'build' | 'publish',
  o: CommandOptions,
  out: (line: string) => void,
  spend: (ms: number) => void,
): Outcome {
  const outcome: Outcome = { code: 0, warnings: [], errors: [] };
  const fail = (lines: string[]): Outcome => {
    for (const line of lines) out(line);
    outcome.errors.push(...lines.filter((l) => l.includes(' error ')));
    outcome.code = 1;
    return outcome;
  };
  const found = findTarget(io.fs, io.cwd, o.target);
  if (!found.ok) {
    io.stdout(found.error);
    return { code: 1, warnings: [], errors: [] };
  }
  const graph = loadGraph(io, sdk, found.target);
  if (!graph.ok) return fail(graph.errors);
  for (const w of graph.warnings) out(w);
  outcome.warnings.push(...graph.warnings);
  const rid = commandRid(o, hostRid(io));
  if (!o.noRestore && !o.noBuild) {
    spend(400);
    const restored = restoreProjects(io, sdk, graph.projects, rid);
    for (const line of restored.lines) out(line);
    const note = restoreNote(restored.installed);
    if (note) io.note(note);
    if (!restored.ok) return { ...outcome, errors: restored.errors, code: 1 };
  }
  const properties = o.properties;
  const outputs = new Map<string, string>();
  const solutionOutput = found.target.kind === 'solution' && o.output !== undefined;
  if (solutionOutput) {
    const w = `${sdk.root}/sdk/${sdk.version}/Current/SolutionFile/ImportAfter/Microsoft.NET.Sdk.Solution.targets(36,5): warning NETSDK1194: The "--output" option isn't supported when building a solution. Specifying a solution-level output path results in all projects copying outputs to the same directory, which can lead to inconsistent builds. [${found.target.path}]`;
    out(w);
    outcome.warnings.push(w);
  }
  const byPath = new Map(graph.projects.map((p) => [p.path, p]));
  for (const project of graph.projects) {
    const tfm = o.framework ?? project.tfms[0] ?? '';
    const prop = (name: string) => properties[name] ?? project.properties[name];
    const configuration =
      o.configuration ??
      prop('configuration') ??
      (command === 'publish' && sdk.major >= 8 && Number(runtimeVersionFor(tfm).split('.')[0]) >= 8
        ? 'Release'
        : 'Debug');
    const projectRid = projectRids(project, rid)[0];
    const selfContained = o.selfContained ?? truthy(prop('selfcontained')) ?? false;
    const useAppHost = truthy(prop('useapphost')) ?? true;
    const errorAt = (targets: string, code: string, message: string) =>
      `${sdk.root}/sdk/${sdk.version}/Sdks/Microsoft.NET.Sdk/targets/${targets}: error ${code}: ${message} [${project.path}]`;
    if (selfContained && !projectRid)
      return fail([
        errorAt(
          'Microsoft.NET.RuntimeIdentifierInference.targets(212,5)',
          'NETSDK1031',
          'It is not supported to build or publish a self-contained application without specifying a RuntimeIdentifier. You must either specify a RuntimeIdentifier or set SelfContained to false.',
        ),
      ]);
    if (selfContained && !useAppHost && project.exe)
      return fail([
        errorAt(
          'Microsoft.NET.Sdk.targets(1218,5)',
          'NETSDK1067',
          'Self-contained applications are required to use the application host. Either set SelfContained to false or set UseAppHost to true.',
        ),
      ]);
    const assets = readAssets(io, project);
    const assetsPath = `${objDir(project)}/project.assets.json`;
    if (!assets)
      return fail([
        errorAt(
          'Microsoft.PackageDependencyResolution.targets(266,5)',
          'NETSDK1004',
          `Assets file '${assetsPath}' not found. Run a NuGet package restore to generate this file.`,
        ),
      ]);
    if (!assets.targets[targetKey(tfm, projectRid)])
      return fail([
        errorAt(
          'Microsoft.PackageDependencyResolution.targets(266,5)',
          'NETSDK1047',
          `Assets file '${assetsPath}' doesn't have a target for '${targetKey(tfm, projectRid)}'. Ensure that restore has run and that you have included '${tfm}' in the TargetFrameworks for your project. You may also need to include '${projectRid}' in your project's RuntimeIdentifiers.`,
        ),
      ]);
    if (project.exe && sourceFiles(io, project).length === 0)
      return fail([
        `CSC : error CS5001: Program does not contain a static 'Main' method suitable for an entry point [${project.path}]`,
      ]);
    const binDir = `${project.dir === '/' ? '' : project.dir}/bin/${configuration}/${tfm}${projectRid ? `/${projectRid}` : ''}`;
    const buildDir =
      command === 'build' && o.output !== undefined ? absolute(io.cwd, o.output) : binDir;
    if (!ensureDir(io.fs, buildDir))
      return fail([`MSBUILD : error MSB3191: Unable to create directory "${buildDir}".`]);
    const references = project.references.flatMap((r) => byPath.get(r) ?? []);
    const settings = {
      configuration,
      tfm,
      rid: projectRid,
      outDir: buildDir,
      useAppHost,
      selfContained,
    };
    if (!o.noBuild) {
      const files = compileProject(io, project, settings, assets, references, outputs);
      spend(1_800 + sourceFiles(io, project).length * 120 + files.length * 15);
      out(`  ${project.name} -> ${buildDir}/${project.assemblyName}.dll`);
    }
    outputs.set(project.path, buildDir);
    // Publish publishes what was asked for; referenced projects are only built.
    if (command === 'publish' && graph.roots.has(project.path)) {
      const publishDir = o.output !== undefined ? absolute(io.cwd, o.output) : `${binDir}/publish`;
      const files = compileProject(
        io,
        project,
        { ...settings, outDir: publishDir },
        assets,
        references,
        outputs,
      );
      publishExtras(io, project, publishDir, selfContained, files);
      if (truthy(prop('publishsinglefile')) && projectRid && project.exe)
        bundleSingleFile(io, project, publishDir);
      spend(500 + files.length * 20);
      out(`  ${project.name} -> ${publishDir}/`);
    }
  }
  return outcome;
}

/** What only publish adds: wwwroot, web.config for a web project, a self-contained runtime. */
function publishExtras(
  io: ProgramIO,
  project: Project,
  dir: string,
  selfContained: boolean,
  files: CompiledFile[],
): void {
  if (project.web) {
    const root = `${project.dir === '/' ? '' : project.dir}/wwwroot`;
    if (isDir(io.fs, root))
      for (const f of walkFiles(io.fs, root)) {
        const read = io.fs.readFile(f.path);
        const rel = `wwwroot${f.path.slice(root.length)}`;
        if (read.ok && read.value.text !== undefined)
          writeText(io.fs, `${dir}/${rel}`, read.value.text);
        else writeBlob(io.fs, `${dir}/${rel}`, `copy:${f.path}`, f.size);
      }
    writeText(
      io.fs,
      `${dir}/web.config`,
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <location path="." inheritInChildApplications="false">\n    <system.webServer>\n      <handlers>\n        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />\n      </handlers>\n      <aspNetCore processPath="dotnet" arguments=".\\${project.assemblyName}.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess" />\n    </system.webServer>\n  </location>\n</configuration>\n<!--ProjectGuid: 00000000-0000-0000-0000-000000000000-->`,
    );
  }
  if (selfContained) {
    // The runtime pack's files (a representative few of its ~200), about 70 MB (+20 MB ASP.NET Core).
    const runtime: [string, number][] = [
      ['libcoreclr.so', 7_400_000],
      ['libclrjit.so', 3_900_000],
      ['libhostfxr.so', 460_000],
      ['libhostpolicy.so', 430_000],
      ['libSystem.Native.so', 110_000],
      ['System.Private.CoreLib.dll', 15_600_000],
      ['System.Private.Xml.dll', 8_200_000],
      ['System.Linq.Expressions.dll', 3_700_000],
      ['System.Net.Http.dll', 2_000_000],
      ['System.Text.Json.dll', 1_700_000],
      ['System.Runtime.dll', 50_000],
      ['createdump', 90_000],
      ['Microsoft.CSharp.dll', 1_000_000],
      ['System.Data.Common.dll', 1_300_000],
      ['mscorlib.dll', 60_000],
    ];
    if (project.web)
      runtime.push(
        ['Microsoft.AspNetCore.dll', 40_000],
        ['Microsoft.AspNetCore.Server.Kestrel.Core.dll', 1_200_000],
        ['Microsoft.AspNetCore.Mvc.Core.dll', 1_100_000],
      );
    // Scaled so the few stand for the whole runtime's size.
    const named = new Set(files.map((f) => f.path));
    const listed = runtime.reduce((n, [, size]) => n + size, 0);
    const scale = (project.web ? 92_000_000 : 70_000_000) / listed;
    for (const [name, size] of runtime)
      if (!named.has(name))
        writeBlob(
          io.fs,
          `${dir}/${name}`,
          `runtime-pack:${name}`,
          Math.round(size * scale),
          name === 'createdump' ? 0o755 : undefined,
        );
    io.note(
      `A self-contained publish carries the .NET runtime (${project.web ? '~92' : '~70'} MB, here a representative few of its ~200 files), so the final image needs only runtime-deps.`,
    );
  }
}
