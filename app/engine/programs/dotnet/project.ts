/**
 * MSBuild project and solution files as the SDK reads them: a .csproj's Sdk, TargetFramework(s),
 * AssemblyName, OutputType and the PackageReference / ProjectReference items (versions from
 * Directory.Packages.props under central package management), a .sln's or .slnx's project
 * list, and which file a command means when none is named (MSBuild's MSB1003 / MSB1011 /
 * MSB1009 rules). XML is read with patterns, enough for hand-written and template projects.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { absolute, isDir, isFile, listDir, readText } from '../common/fs-helpers';

export interface PackageReference {
  id: string;
  /** As written ("8.0.11", "[8.0.0, )", "9.*"); undefined when the project gives none. */
  version: string | undefined;
}

export interface Project {
  /** Absolute path of the .csproj / .fsproj / .vbproj. */
  path: string;
  /** The file name without its extension: what MSBuild prints ("App -> ..."). */
  name: string;
  dir: string;
  sdk: string;
  tfms: string[];
  assemblyName: string;
  exe: boolean;
  web: boolean;
  packages: PackageReference[];
  /** Absolute paths of referenced projects. */
  references: string[];
  /** PropertyGroup values by lower-cased name (UseAppHost, SelfContained, RuntimeIdentifier...). */
  properties: Record<string, string>;
}

const PROJECT_EXT = /\.(cs|fs|vb)proj$/;
const SOLUTION_EXT = /\.slnx?$/;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
}

function withoutComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

/** `<Tag Include="x" Version="1" />` or `<Tag Include="x"><Version>1</Version></Tag>`. */
function items(xml: string, tag: string): { include: string; version: string | undefined }[] {
  const out: { include: string; version: string | undefined }[] = [];
  const re = new RegExp(`<${tag}\\b([^>]*?)(/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  for (const m of xml.matchAll(re)) {
    const include = attr(m[1] ?? '', 'Include');
    if (!include) continue;
    const version =
      attr(m[1] ?? '', 'Version') ?? /<Version>([^<]*)<\/Version>/.exec(m[3] ?? '')?.[1]?.trim();
    out.push({ include, version });
  }
  return out;
}

/** Versions pinned in the nearest Directory.Packages.props (central package management). */
function centralVersions(fs: FileSystem, dir: string): Map<string, string> {
  for (let d = dir; ; d = dirname(d)) {
    const text = readText(fs, `${d === '/' ? '' : d}/Directory.Packages.props`);
    if (text !== undefined)
      return new Map(
        items(withoutComments(text), 'PackageVersion').flatMap((i) =>
          i.version ? [[i.include.toLowerCase(), i.version] as [string, string]] : [],
        ),
      );
    if (d === '/') return new Map();
  }
}

export function parseProject(fs: FileSystem, path: string): Project | undefined {
  const raw = readText(fs, path);
  if (raw === undefined) return undefined;
  const xml = withoutComments(raw);
  const properties: Record<string, string> = {};
  for (const group of xml.matchAll(/<PropertyGroup\b[^>]*>([\s\S]*?)<\/PropertyGroup>/g))
    for (const m of (group[1] ?? '').matchAll(/<([A-Za-z_][\w.]*)\b[^>]*>([^<]*)<\/\1>/g))
      properties[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
  const sdkTag = /<Project\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const sdk =
    attr(sdkTag, 'Sdk') ?? attr(/<Sdk\b[^>]*>/.exec(xml)?.[0] ?? '', 'Name') ?? 'Microsoft.NET.Sdk';
  const dir = dirname(path);
  const name = (path.split('/').pop() ?? '').replace(PROJECT_EXT, '');
  const tfms = (properties.targetframeworks ?? properties.targetframework ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  // The Web and Worker SDKs make an executable unless told otherwise; plain and Razor SDKs a library.
  const exeByDefault = /^Microsoft\.NET\.Sdk\.(Web|Worker)\b/i.test(sdk);
  const outputType = (properties.outputtype ?? '').toLowerCase();
  const central = centralVersions(fs, dir);
  return {
    path,
    name,
    dir,
    sdk,
    tfms,
    assemblyName: properties.assemblyname || name,
    exe: outputType ? outputType === 'exe' || outputType === 'winexe' : exeByDefault,
    web: /^Microsoft\.NET\.Sdk\.Web\b/i.test(sdk),
    packages: items(xml, 'PackageReference').map((i) => ({
      id: i.include,
      version: i.version ?? central.get(i.include.toLowerCase()),
    })),
    references: items(xml, 'ProjectReference').map((i) =>
      absolute(dir, i.include.replace(/\\/g, '/')),
    ),
    properties,
  };
}

/** Absolute paths of the projects a .sln (Project(...) lines) or .slnx (<Project Path>) lists. */
export function solutionProjects(fs: FileSystem, path: string): string[] {
  const text = readText(fs, path) ?? '';
  const dir = dirname(path);
  const relative = path.endsWith('.slnx')
    ? [...text.matchAll(/<Project\b[^>]*\bPath\s*=\s*"([^"]+)"/g)].map((m) => m[1] ?? '')
    : [...text.matchAll(/^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"([^"]+)"/gm)].map(
        (m) => m[1] ?? '',
      );
  return relative
    .map((p) => p.replace(/\\/g, '/'))
    .filter((p) => PROJECT_EXT.test(p))
    .map((p) => absolute(dir, p));
}

export type Target = { kind: 'project' | 'solution'; path: string };

export type TargetLookup = { ok: true; target: Target } | { ok: false; error: string };

const MSB1003 =
  'MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.\n';
const MSB1011 =
  'MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.\n';

function kindOf(path: string): Target['kind'] {
  return SOLUTION_EXT.test(path) ? 'solution' : 'project';
}

/** The project or solution a command means: the one named, or the only one in the folder. */
export function findTarget(fs: FileSystem, cwd: string, named: string | undefined): TargetLookup {
  const path = named === undefined ? cwd : absolute(cwd, named);
  if (named !== undefined && !isDir(fs, path)) {
    if (isFile(fs, path)) return { ok: true, target: { kind: kindOf(path), path } };
    return {
      ok: false,
      error: `MSBUILD : error MSB1009: Project file does not exist.\nSwitch: ${named}\n`,
    };
  }
  const names = listDir(fs, path).filter((n) => isFile(fs, `${path}/${n}`));
  const projects = names.filter((n) => PROJECT_EXT.test(n));
  const solutions = names.filter((n) => SOLUTION_EXT.test(n));
  const full = (n: string) => `${path === '/' ? '' : path}/${n}`;
  const [project] = projects;
  const [solution] = solutions;
  if (projects.length + solutions.length === 0) return { ok: false, error: MSB1003 };
  if (projects.length === 1 && solutions.length === 0 && project)
    return { ok: true, target: { kind: 'project', path: full(project) } };
  if (solutions.length === 1 && projects.length === 0 && solution)
    return { ok: true, target: { kind: 'solution', path: full(solution) } };
  // One of each with the same name: MSBuild takes the solution.
  if (
    projects.length === 1 &&
    solutions.length === 1 &&
    project &&
    solution &&
    project.replace(PROJECT_EXT, '') === solution.replace(SOLUTION_EXT, '')
  )
    return { ok: true, target: { kind: 'solution', path: full(solution) } };
  return { ok: false, error: MSB1011 };
}
