/**
 * NuGet restore as `dotnet restore` and the implicit restore of build and publish run it: the
 * projects of a solution or a project and everything it references, each resolved per target
 * framework, its packages extracted into the global packages folder and its obj/ files
 * written. A project whose inputs (packages, frameworks, runtime identifiers, references) are
 * unchanged since the last restore is up to date and left alone, as NuGet's no-op check does.
 */
import type { NugetPackage } from '../../catalog/ecosystems/nuget';
import type { ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { sha512Hex, base64OfHex } from '../common/hash';
import { recordedHash, writeRestoreOutputs } from './assets';
import { ensureNugetConfig, installPackage, packageDir } from './packages-folder';
import {
  parseProject,
  solutionProjects,
  type PackageReference,
  type Project,
  type Target,
} from './project';
import { resolvePackages, type ResolvedPackage } from './resolve';

export interface Sdk {
  root: string;
  version: string;
  major: number;
}

export type Graph =
  | { ok: true; projects: Project[]; roots: Set<string>; warnings: string[] }
  | { ok: false; errors: string[] };

/** The target's projects and, recursively, those they reference: referenced ones first. */
export function loadGraph(io: ProgramIO, sdk: Sdk, target: Target): Graph {
  const roots = target.kind === 'solution' ? solutionProjects(io.fs, target.path) : [target.path];
  const errors: string[] = [];
  const warnings: string[] = [];
  const ordered: Project[] = [];
  const seen = new Set<string>();
  const visit = (path: string, from: Project | undefined): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const project = parseProject(io.fs, path);
    if (project && 'error' in project) {
      errors.push(project.error);
      return;
    }
    if (!project) {
      if (from)
        warnings.push(
          `${sdk.root}/sdk/${sdk.version}/Microsoft.Common.CurrentVersion.targets(2176,5): warning MSB9008: The referenced project ${path} does not exist. [${from.path}]`,
        );
      else
        errors.push(
          target.kind === 'solution'
            ? `${target.path} : error MSB3202: The project file "${path}" was not found. [${target.path}]`
            : `MSBUILD : error MSB1009: Project file does not exist.`,
        );
      return;
    }
    for (const ref of project.references) visit(ref, project);
    ordered.push(project);
  };
  for (const root of roots) visit(root, undefined);
  return errors.length
    ? { ok: false, errors }
    : { ok: true, projects: ordered, roots: new Set(roots), warnings };
}

/** Runtime identifiers a restore must cover: the command's `-r` and the project's own. */
export function projectRids(project: Project, rid: string | undefined): string[] {
  const own = [
    project.properties.runtimeidentifier,
    ...(project.properties.runtimeidentifiers ?? '').split(';'),
  ];
  return [
    ...new Set(
      [rid, ...own].filter((r): r is string => !!r && r.trim() !== '').map((r) => r.trim()),
    ),
  ];
}

function restoreHash(project: Project, rids: string[], references: Project[]): string {
  const inputs = JSON.stringify({
    tfms: project.tfms,
    rids,
    packages: project.packages.map((p) => `${p.id.toLowerCase()}@${p.version ?? ''}`),
    references: references.map(
      (r) => `${r.path}:${r.packages.map((p) => `${p.id}@${p.version ?? ''}`).join(',')}`,
    ),
    web: project.web,
  });
  return base64OfHex(sha512Hex(inputs)).slice(0, 44);
}

/** NuGet's elapsed time: "218 ms", "1.2 sec", "2.05 sec", "1.5 min". */
export function restoreElapsed(ms: number): string {
  const trim = (n: number) => String(Math.round(n * 100) / 100);
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trim(ms / 1000)} sec`;
  return `${trim(ms / 60_000)} min`;
}

export interface RestoreResult {
  ok: boolean;
  /** Lines as MSBuild prints them, indented where MSBuild indents. */
  lines: string[];
  /** Error lines, for the summary `dotnet build` repeats. */
  errors: string[];
  /** Packages extracted this time (for the note). */
  installed: NugetPackage[];
}

/** Restores the projects (referenced ones first). `rid` is the command's `-r`. */
export function restoreProjects(
  io: ProgramIO,
  sdk: Sdk,
  projects: Project[],
  rid: string | undefined,
): RestoreResult {
  const result: RestoreResult = {
    ok: true,
    lines: ['  Determining projects to restore...'],
    errors: [],
    installed: [],
  };
  const byPath = new Map(projects.map((p) => [p.path, p]));
  let restoredAny = false;
  ensureNugetConfig(io);
  for (const project of projects) {
    const references = project.references.flatMap((r) => byPath.get(r) ?? []);
    const rids = projectRids(project, rid);
    if (project.tfms.length === 0) {
      const line = `${sdk.root}/sdk/${sdk.version}/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(97,5): error NETSDK1013: The TargetFramework value '' was not recognized. It may be misspelled. If not, then the TargetFrameworkIdentifier and/or TargetFrameworkVersion properties must be specified explicitly. [${project.path}]`;
      result.lines.push(line);
      result.errors.push(line);
      result.ok = false;
      continue;
    }
    const resolved = new Map<string, ResolvedPackage[]>();
    const errors: string[] = [];
    const inherited: PackageReference[] = [];
    const seen = new Set<string>();
    const collect = (p: Project): void => {
      for (const ref of p.references.flatMap((r) => byPath.get(r) ?? [])) {
        if (seen.has(ref.path)) continue;
        seen.add(ref.path);
        inherited.push(...ref.packages);
        collect(ref);
      }
    };
    collect(project);
    for (const tfm of project.tfms) {
      const r = resolvePackages(project, tfm, inherited);
      resolved.set(tfm, r.packages);
      errors.push(...r.errors.map((e) => `${project.path} : ${e}`));
    }
    const all = [...resolved.values()].flat();
    const hash = restoreHash(project, rids, references);
    const present = all.every(({ pkg }) =>
      exists(io.fs, `${packageDir(io, pkg.id, pkg.version)}/.nupkg.metadata`),
    );
    if (errors.length === 0 && present && recordedHash(io, project) === hash) continue;
    restoredAny = true;
    let ms = 250 + all.length * 25;
    if (errors.length) {
      io.spend(ms);
      result.lines.push(
        ...errors,
        `  Failed to restore ${project.path} (in ${restoreElapsed(ms)}).`,
      );
      result.errors.push(...errors);
      result.ok = false;
      continue;
    }
    for (const { pkg } of all) {
      const bytes = installPackage(io, pkg, sdk.major);
      if (bytes > 0) {
        result.installed.push(pkg);
        ms += 120 + Math.round(bytes / 15_000);
      }
    }
    writeRestoreOutputs(io, { project, tfms: project.tfms, rids, resolved, references, hash, sdk });
    io.spend(ms);
    result.lines.push(`  Restored ${project.path} (in ${restoreElapsed(ms)}).`);
  }
  if (!restoredAny) result.lines.push('  All projects are up-to-date for restore.');
  return result;
}

/** The note restore leaves when it extracted packages. */
export function restoreNote(installed: NugetPackage[]): string | undefined {
  if (installed.length === 0) return undefined;
  const standIns = installed.filter((p) => p.plausible).map((p) => p.id);
  const modelled = installed.filter((p) => p.modelled).map((p) => `${p.id} ${p.version}`);
  return (
    `NuGet did not download anything: the ${installed.length} package${installed.length === 1 ? '' : 's'} in the packages folder are modelled from Layercake's catalog (assemblies of plausible sizes, not real code).` +
    (standIns.length ? ` Not in the catalog, so stand-ins: ${standIns.join(', ')}.` : '') +
    (modelled.length
      ? ` Versions the catalog lacks, modelled on its own: ${modelled.join(', ')}.`
      : '')
  );
}
