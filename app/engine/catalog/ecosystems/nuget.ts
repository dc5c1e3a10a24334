/**
 * NuGet packages (data/lang/nuget.ts) as `dotnet restore` lays them out in the global
 * packages folder: `<id lowercase>/<version>/` holding the extracted package (lib/<tfm>/
 * assemblies, runtimes/, analyzers/, build/) beside the .nupkg, its .sha512 and the .nuspec,
 * which the restoring program writes since it knows the version and source. One version per
 * id; another version asked for is modelled with that one's files (and, for Microsoft's
 * framework-versioned packages, target frameworks shifted by the difference in majors, so
 * Microsoft.AspNetCore.OpenApi 10.0.0 needs net10.0 as the real one does).
 */
import NUGET from '../data/lang/nuget';
import { fnv1a, jitter } from '../util/hash';
import { splitBytes } from '../util/split';

export interface NugetDependency {
  id: string;
  version: string;
}

export interface NugetPackageFile {
  /** Relative to the package's folder (`lib/net8.0/Dapper.dll`). */
  path: string;
  size: number;
}

export interface NugetPackage {
  /** The id as the package spells it (`Newtonsoft.Json`). */
  id: string;
  version: string;
  /** Size of the .nupkg (a zip of everything below). */
  nupkgSize: number;
  /** Target frameworks with a lib/<tfm>/ folder, best first as the package lists them. */
  libTfms: string[];
  /** Assembly file names in each lib folder. */
  assemblies: string[];
  files: NugetPackageFile[];
  dependencies: NugetDependency[];
  /** An id the catalog does not know: a stand-in with invented files. */
  plausible: boolean;
  /** A version other than the catalog's: modelled with the catalog version's files. */
  modelled: boolean;
}

interface NugetRecord {
  id: string;
  version: string;
  kb: number;
  tfms: string[];
  deps: string[];
  files: string[];
}

let records: Map<string, NugetRecord> | undefined;

function parse(): Map<string, NugetRecord> {
  const map = new Map<string, NugetRecord>();
  for (const line of NUGET.split('\n')) {
    const [head, files] = line.split('|');
    const [id, version, kb, tfms, ...deps] = (head ?? '').trim().split(' ');
    if (!id || !version) continue;
    map.set(id.toLowerCase(), {
      id,
      version,
      kb: Number(kb) || 0,
      tfms: tfms && tfms !== '-' ? tfms.split(',') : [],
      deps: deps.filter(Boolean),
      files: (files ?? '').split(' ').filter(Boolean),
    });
  }
  return map;
}

function record(id: string): NugetRecord | undefined {
  records ??= parse();
  return records.get(id.toLowerCase());
}

/** Ids the catalog knows, sorted (for tests and listings). */
export function nugetIds(): string[] {
  records ??= parse();
  return [...records.values()].map((r) => r.id).sort();
}

function major(version: string): number {
  return Number(version.split('.')[0]) || 0;
}

/** Packages Microsoft versions with .NET itself, whose target frameworks move with it. */
function frameworkVersioned(id: string, version: string): boolean {
  const m = major(version);
  return (
    m >= 5 &&
    m <= 10 &&
    /^(Microsoft\.(AspNetCore|Extensions|EntityFrameworkCore)|System\.)/.test(id) &&
    !id.startsWith('System.IdentityModel')
  );
}

function shiftTfms(tfms: string[], by: number): string[] {
  if (by === 0) return tfms;
  return tfms.map((tfm) => {
    const m = /^net(\d+)\.0$/.exec(tfm);
    const n = m ? Number(m[1]) : 0;
    return n >= 5 ? `net${Math.max(5, n + by)}.0` : tfm;
  });
}

/** "1.2.3" from a hash of the id, for stand-ins asked for without a version. */
function inventedVersion(id: string): string {
  const h = fnv1a(id.toLowerCase());
  return `${1 + (h % 6)}.${(h >>> 4) % 12}.${(h >>> 9) % 10}`;
}

function expand(
  rec: NugetRecord,
  version: string,
  plausible: boolean,
  modelled: boolean,
): NugetPackage {
  const tfms = frameworkVersioned(rec.id, rec.version)
    ? shiftTfms(rec.tfms, major(version) - major(rec.version))
    : rec.tfms;
  const assemblies = rec.files.filter((f) => !f.includes('/'));
  const dlls = tfms.length > 0 ? (assemblies.length > 0 ? assemblies : [`${rec.id}.dll`]) : [];
  const others = rec.files.filter((f) => f.includes('/'));
  // What a .nupkg unpacks to: assemblies compress to about 45% of their size.
  const content = Math.round(rec.kb * 1024 * 2.2);
  const libShare = others.length === 0 ? content : dlls.length > 0 ? content * 0.8 : 0;
  const libSizes = splitBytes(
    Math.round(libShare / Math.max(1, tfms.length)),
    dlls.map((d) => jitter(d)),
  );
  const otherSizes = splitBytes(
    content - Math.round(libShare),
    others.map((f) => (/\.(dll|so|dylib|exe)$|protoc|plugin$/.test(f) ? jitter(f, 2, 4) : 0.2)),
  );
  const files: NugetPackageFile[] = [
    ...tfms.flatMap((tfm) =>
      dlls.map((d, i) => ({ path: `lib/${tfm}/${d}`, size: libSizes[i] ?? 0 })),
    ),
    ...others.map((path, i) => ({ path, size: otherSizes[i] ?? 0 })),
  ];
  const dependencies = rec.deps.map((dep) => {
    const open = dep.indexOf('(');
    const id = open < 0 ? dep : dep.slice(0, open);
    const wanted = open < 0 ? undefined : dep.slice(open + 1, dep.lastIndexOf(')'));
    const pinned = wanted === '=' ? version : wanted;
    return { id: record(id)?.id ?? id, version: pinned ?? record(id)?.version ?? '1.0.0' };
  });
  return {
    id: rec.id,
    version,
    nupkgSize: rec.kb * 1024,
    libTfms: tfms,
    assemblies: dlls,
    files,
    dependencies,
    plausible,
    modelled,
  };
}

/**
 * A package by id (case-insensitive) at a version (the catalog's when none is given). An
 * unknown id gets a deterministic stand-in: one netstandard2.0 assembly, no dependencies.
 */
export function nugetPackage(id: string, version?: string): NugetPackage {
  const rec = record(id);
  if (rec) return expand(rec, version ?? rec.version, false, !!version && version !== rec.version);
  const h = fnv1a(id.toLowerCase());
  const standIn: NugetRecord = {
    id,
    version: version ?? inventedVersion(id),
    kb: 40 + (h % 400),
    tfms: ['netstandard2.0'],
    deps: [],
    files: [],
  };
  return expand(standIn, standIn.version, true, false);
}
