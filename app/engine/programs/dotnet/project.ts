/**
 * MSBuild project and solution files as the SDK reads them: a .csproj's Sdk, TargetFramework(s),
 * AssemblyName, OutputType and the PackageReference / ProjectReference items (versions from
 * Directory.Packages.props under central package management), a .sln's or .slnx's project
 * list, and which file a command means when none is named (MSBuild's MSB1003 / MSB1011 /
 * MSB1009 rules). XML is read with a real parser (../common/xml.ts): a malformed project is
 * MSBuild's MSB4025 at the place it breaks.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { absolute, isDir, isFile, listDir, readText } from '../common/fs-helpers';
import { attribute, descendants, element, elements, readXml, type XmlElement } from '../common/xml';

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

/** `<Tag Include="x" Version="1" />` or `<Tag Include="x"><Version>1</Version></Tag>`, in any ItemGroup. */
function items(root: XmlElement, tag: string): { include: string; version: string | undefined }[] {
  const out: { include: string; version: string | undefined }[] = [];
  for (const group of elements(root, 'ItemGroup'))
    for (const item of elements(group, tag)) {
      const include = attribute(item, 'Include');
      if (!include) continue;
      const version = attribute(item, 'Version') ?? element(item, 'Version')?.text.trim();
      out.push({ include, version });
    }
  return out;
}

/** A project MSBuild cannot load: MSB4025 with the XML reader's reason and place. */
export interface ProjectError {
  error: string;
}

/** 1-based line and column of a character offset. */
function placeOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** Character offset of a 1-based line and column. */
function offsetOf(source: string, line: number, column: number): number {
  const lines = source.split('\n');
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
}

/** .NET's XmlException wording for the common breaks, and where .NET says it broke. */
type XmlFailure = Extract<ReturnType<typeof readXml>, { ok: false }>;

function xmlProblem(
  source: string,
  read: XmlFailure,
): { reason: string; line: number; column: number } {
  if (/^Root element is missing/.test(read.reason))
    return source.trim() === ''
      ? { reason: 'Root element is missing.', ...placeOf(source, source.length) }
      : { reason: 'Data at the root level is invalid.', line: 1, column: 1 };
  if (read.unclosed) {
    const after = offsetOf(source, read.line, read.column);
    const start = source.lastIndexOf(`<${read.unclosed}`, after);
    const opened = placeOf(source, start + 1);
    const closer = /<\/([^\s>]+)/.exec(source.slice(after));
    if (!closer)
      return {
        reason: `Unexpected end of file has occurred. The following elements are not closed: ${read.unclosed}.`,
        ...placeOf(source, source.length),
      };
    return {
      reason: `The '${read.unclosed}' start tag on line ${opened.line} position ${opened.column} does not match the end tag of '${closer[1]}'.`,
      ...placeOf(source, after + closer.index + 2),
    };
  }
  return { reason: `${read.reason}.`, line: read.line, column: read.column };
}

/** A project MSBuild cannot load: MSB4025 with the XML reader's reason and place. */
function loadError(path: string, source: string, read: XmlFailure): ProjectError {
  const { reason, line, column } = xmlProblem(source, read);
  return {
    error: `${path}(${line},${column}): error MSB4025: The project file could not be loaded. ${reason} Line ${line}, position ${column}.`,
  };
}

/** Versions pinned in the nearest Directory.Packages.props (central package management). */
function centralVersions(fs: FileSystem, dir: string): Map<string, string> {
  for (let d = dir; ; d = dirname(d)) {
    const text = readText(fs, `${d === '/' ? '' : d}/Directory.Packages.props`);
    if (text !== undefined) {
      const read = readXml(text);
      if (!read.ok) return new Map();
      return new Map(
        items(read.root, 'PackageVersion').flatMap((i) =>
          i.version ? [[i.include.toLowerCase(), i.version] as [string, string]] : [],
        ),
      );
    }
    if (d === '/') return new Map();
  }
}

/** The project at `path`; undefined when there is no such file. */
export function parseProject(fs: FileSystem, path: string): Project | ProjectError | undefined {
  const raw = readText(fs, path);
  if (raw === undefined) return undefined;
  const read = readXml(raw);
  if (!read.ok) return loadError(path, raw, read);
  const root = read.root;
  const properties: Record<string, string> = {};
  for (const group of elements(root, 'PropertyGroup'))
    for (const property of elements(group))
      properties[property.name.toLowerCase()] = property.text.trim();
  const sdk =
    attribute(root, 'Sdk') ?? attribute(element(root, 'Sdk'), 'Name') ?? 'Microsoft.NET.Sdk';
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
    packages: items(root, 'PackageReference').map((i) => ({
      id: i.include,
      version: i.version ?? central.get(i.include.toLowerCase()),
    })),
    references: items(root, 'ProjectReference').map((i) =>
      absolute(dir, i.include.replace(/\\/g, '/')),
    ),
    properties,
  };
}

/** Absolute paths of the projects a .sln (Project(...) lines) or .slnx (<Project Path>) lists. */
export function solutionProjects(fs: FileSystem, path: string): string[] {
  const text = readText(fs, path) ?? '';
  const dir = dirname(path);
  const slnx = path.endsWith('.slnx') ? readXml(text) : undefined;
  const relative = slnx
    ? slnx.ok
      ? descendants(slnx.root, 'Project').flatMap((p) => attribute(p, 'Path') ?? [])
      : []
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
