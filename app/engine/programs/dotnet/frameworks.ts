/**
 * Target framework monikers as NuGet compares them: which of a package's lib/<tfm>/ folders a
 * project's TargetFramework may use (net8.0 takes net8.0, then lower netX.0 and netcoreappX,
 * then netstandard2.1 down to 1.0; never .NET Framework's net4x), how NuGet prints them in
 * errors ("net8.0 (.NETCoreApp,Version=v8.0)"), and runtime identifier fallbacks.
 */

interface Tfm {
  family: 'core' | 'standard' | 'framework' | 'other';
  version: number;
}

function parseTfm(tfm: string): Tfm {
  const t = tfm.toLowerCase().replace(/-.*$/, '');
  let m = /^net(\d+)\.(\d+)$/.exec(t);
  if (m) return { family: 'core', version: Number(m[1]) + Number(m[2]) / 10 };
  m = /^netcoreapp(\d+)\.(\d+)$/.exec(t);
  if (m) return { family: 'core', version: Number(m[1]) + Number(m[2]) / 10 };
  m = /^netstandard(\d+)\.(\d+)$/.exec(t);
  if (m) return { family: 'standard', version: Number(m[1]) + Number(m[2]) / 10 };
  if (/^net\d{2,3}$/.test(t)) return { family: 'framework', version: 0 };
  return { family: 'other', version: 0 };
}

/** The netstandard version a .NET (Core) version implements. */
function standardFor(core: number): number {
  if (core >= 3) return 2.1;
  if (core >= 2) return 2.0;
  return 1.6;
}

/** The lib folder a project targeting `project` uses, or undefined when none is compatible. */
export function bestLibTfm(project: string, libs: readonly string[]): string | undefined {
  const target = parseTfm(project);
  if (target.family !== 'core') return libs[0];
  const ranked = libs
    .map((lib) => ({ lib, tfm: parseTfm(lib) }))
    .filter(
      ({ tfm }) =>
        (tfm.family === 'core' && tfm.version <= target.version) ||
        (tfm.family === 'standard' && tfm.version <= standardFor(target.version)),
    )
    .sort((a, b) =>
      a.tfm.family === b.tfm.family
        ? b.tfm.version - a.tfm.version
        : a.tfm.family === 'core'
          ? -1
          : 1,
    );
  return ranked[0]?.lib;
}

/** "net8.0 (.NETCoreApp,Version=v8.0)", as NuGet's NU1202 names frameworks. */
export function describeTfm(tfm: string): string {
  const t = parseTfm(tfm);
  const v = `${Math.floor(t.version)}.${Math.round((t.version % 1) * 10)}`;
  if (t.family === 'core') return `${tfm} (.NETCoreApp,Version=v${v})`;
  if (t.family === 'standard') return `${tfm} (.NETStandard,Version=v${v})`;
  return tfm;
}

/** The framework name MSBuild and the assets file use: ".NETCoreApp,Version=v8.0". */
export function frameworkName(tfm: string): string {
  return describeTfm(tfm).replace(/^.*\((.*)\)$/, '$1');
}

/** The runtime version a TFM's runtimeconfig asks for: net8.0 → 8.0.0. */
export function runtimeVersionFor(tfm: string): string {
  const t = parseTfm(tfm);
  return `${Math.floor(t.version)}.${Math.round((t.version % 1) * 10)}.0`;
}

/** A RID and the more general ones its assets may come from, most specific first. */
export function ridFallbacks(rid: string): string[] {
  if (rid.startsWith('linux-musl-'))
    return [rid, 'linux-musl', `linux-${rid.slice('linux-musl-'.length)}`, 'linux', 'unix', 'any'];
  if (rid.startsWith('linux-')) return [rid, 'linux', 'unix', 'any'];
  if (rid.startsWith('osx-')) return [rid, 'osx', 'unix', 'any'];
  if (rid.startsWith('win-')) return [rid, 'win', 'any'];
  return [rid, 'any'];
}
