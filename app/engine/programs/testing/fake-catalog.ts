/**
 * Test support: a small catalog built from package descriptions, so tests state the world
 * they need (a handful of packages with a few files each) instead of depending on the real
 * catalog's data.
 */
import type { Catalog, Distro, Ecosystem, Package, PackageFile } from '../../catalog/types';

export interface PackageSpec {
  version?: string;
  depends?: string[];
  files?: (string | PackageFile)[];
  downloadSize?: number;
  summary?: string;
}

export function fakePackage(ecosystem: Ecosystem, name: string, spec: PackageSpec = {}): Package {
  const files = (spec.files ?? []).map((f) =>
    typeof f === 'string' ? { path: f, size: 1000 } : f,
  );
  const installedSize = files.reduce((sum, f) => sum + f.size, 0);
  return {
    ecosystem,
    name,
    version: spec.version ?? '1.0.0',
    depends: spec.depends ?? [],
    installedSize,
    downloadSize: spec.downloadSize ?? Math.max(1000, Math.round(installedSize / 3)),
    files,
    summary: spec.summary ?? `${name} summary`,
  };
}

export function fakeCatalog(
  packages: Package[],
  options: { distro?: Distro } = {},
): Catalog & { plausibleAsked: string[] } {
  const plausibleAsked: string[] = [];
  return {
    plausibleAsked,
    image: () => undefined,
    images: () => [],
    package: (ecosystem, name, distro) => {
      if (distro && options.distro && distro !== options.distro) return undefined;
      return packages.find((p) => p.ecosystem === ecosystem && p.name === name);
    },
    plausiblePackage: (ecosystem, name, version) => {
      plausibleAsked.push(name);
      return fakePackage(ecosystem, name, {
        version: version ?? '0.1.0',
        files: [
          ecosystem === 'deb' || ecosystem === 'apk'
            ? `/usr/share/doc/${name}/README`
            : `${name}/__init__.py`,
        ],
      });
    },
  };
}

/** PyPI packages from `[name, version, dependencies]` rows, each with one `__init__.py`. */
export function fakePypiPackages(
  rows: readonly (readonly [string, string, readonly string[]])[],
): Package[] {
  return rows.map(([name, version, depends]) =>
    fakePackage('pypi', name, {
      version,
      depends: [...depends],
      files: [`${name.replace('-', '_')}/__init__.py`],
    }),
  );
}
