/**
 * The catalog: official images by repository and tag, and packages by ecosystem. Images are
 * described up front (cheap) and their layers built on first use; packages are parsed up
 * front and expanded into files on first use.
 */
import type { ApkArchive } from './apk/packages';
import type { DebArchive } from './deb/archive';
import type { DebWorld } from './deb/world';
import { expandGo, type GoRecord } from './ecosystems/gomod';
import { expandNpm, type NpmRecord } from './ecosystems/npm';
import { plausiblePackage } from './ecosystems/plausible';
import { expandPypi, type PypiRecord } from './ecosystems/pypi';
import { expandGem, type GemRecord } from './ecosystems/rubygems';
import { materialize, type ImageSpec } from './images/define';
import type {
  AptRepository,
  Catalog,
  CatalogImage,
  Distro,
  Ecosystem,
  Package,
  StandInLookup,
} from './types';

export interface CatalogData {
  deb: DebWorld;
  apk: ApkArchive;
  pypi: ReadonlyMap<string, PypiRecord>;
  npm: ReadonlyMap<string, NpmRecord>;
  /** npm: older releases of some packages (express 4, react 18), beside `npm`'s newest. */
  npmReleases?: ReadonlyMap<string, readonly NpmRecord[]>;
  go: ReadonlyMap<string, GoRecord>;
  /** RubyGems (optional so that test catalogs need not list any). */
  rubygems?: ReadonlyMap<string, GemRecord>;
  images: ImageSpec[];
  /** Builds the stand-in resolver once the catalog's own images exist. */
  standIns?: (
    images: readonly CatalogImage[],
    exact: (repository: string, tag: string) => CatalogImage | undefined,
  ) => (repository: string, tag: string) => StandInLookup;
  /** Repositories the stand-ins cover, with their one-line descriptions. */
  wellKnown?: readonly { repository: string; description: string }[];
  /** Third-party apt repositories (nginx.org's). */
  aptRepositories?: AptRepository[];
}

/** "https://nginx.org/packages/debian/" and "http://nginx.org/packages/debian" are one source. */
function repositoryKey(url: string, suite: string, component: string): string {
  const base = url
    .trim()
    .replace(/^[a-z+]+:\/\//i, '')
    .replace(/\/+$/, '');
  return `${base}|${suite.replace(/\/+$/, '')}|${component}`;
}

/** "docker.io/library/python" and "library/python" are "python". */
export function normalizeRepository(repository: string): string {
  return repository
    .trim()
    .toLowerCase()
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
}

/** PyPI names compare normalised (PEP 503): "Flask", "flask" and "FLASK" are one project. */
function pypiKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function createCatalog(data: CatalogData): Catalog {
  const images = data.images.map(materialize);
  const byRef = new Map<string, CatalogImage>();
  for (const image of images) {
    for (const tag of image.tags) {
      const key = `${image.repository}:${tag}`;
      if (!byRef.has(key)) byRef.set(key, image);
    }
  }
  const pypiByKey = new Map([...data.pypi.values()].map((r) => [pypiKey(r.name), r]));
  const memo = new Map<string, Package>();
  const once = (key: string, make: () => Package | undefined): Package | undefined => {
    const known = memo.get(key);
    if (known) return known;
    const made = make();
    if (made) memo.set(key, made);
    return made;
  };
  const repositories = data.aptRepositories ?? [];
  const byRepositoryKey = new Map(
    repositories.map((r) => [repositoryKey(r.url, r.suite, r.component), r]),
  );
  const npmRecords = (name: string): readonly NpmRecord[] => {
    if (typeof name !== 'string') return [];
    const newest = data.npm.get(name);
    return [...(data.npmReleases?.get(name) ?? []), ...(newest ? [newest] : [])];
  };
  const expandNpmOnce = (record: NpmRecord): Package | undefined =>
    once(`npm:${record.name}@${record.version}`, () =>
      expandNpm(record, (d) => data.npm.get(d)?.version),
    );
  const debArchive = (distro?: Distro): DebArchive | undefined =>
    distro === 'alpine' ? undefined : data.deb[distro ?? 'trixie'];

  const image = (repository: string, tag: string): CatalogImage | undefined => {
    if (typeof repository !== 'string' || typeof tag !== 'string') return undefined;
    return byRef.get(`${normalizeRepository(repository)}:${tag.trim() || 'latest'}`);
  };
  const standIn = data.standIns?.(images, image);

  return {
    image,
    images: () => images,
    ...(data.wellKnown ? { wellKnownRepositories: () => data.wellKnown ?? [] } : {}),
    ...(standIn
      ? {
          resolve: (repository: string, tag: string): StandInLookup =>
            typeof repository === 'string'
              ? standIn(normalizeRepository(repository), tag)
              : { ok: false, reason: 'unknown-repository' },
        }
      : {}),
    package(ecosystem: Ecosystem, name: string, distro?: Distro): Package | undefined {
      if (typeof name !== 'string' || name === '') return undefined;
      switch (ecosystem) {
        case 'deb':
          return debArchive(distro)?.package(name);
        case 'apk':
          return distro && distro !== 'alpine' ? undefined : data.apk.package(name);
        case 'pypi': {
          const record = pypiByKey.get(pypiKey(name));
          return record ? once(`pypi:${record.name}`, () => expandPypi(record)) : undefined;
        }
        case 'npm': {
          const record = data.npm.get(name);
          return record ? expandNpmOnce(record) : undefined;
        }
        case 'go': {
          const record = data.go.get(name);
          return record ? once(`go:${name}`, () => expandGo(record)) : undefined;
        }
        case 'rubygems': {
          const record = data.rubygems?.get(name);
          return record ? once(`rubygems:${name}`, () => expandGem(record)) : undefined;
        }
        default:
          return undefined;
      }
    },
    packageVersions: (_ecosystem: 'npm', name: string): string[] =>
      npmRecords(name).map((r) => r.version),
    packageAt(_ecosystem: 'npm', name: string, version: string): Package | undefined {
      const record = npmRecords(name).find((r) => r.version === version);
      return record ? expandNpmOnce(record) : undefined;
    },
    plausiblePackage,
    debProviders: (virtual: string, distro?: Distro): string[] =>
      typeof virtual === 'string' ? (debArchive(distro)?.providers(virtual) ?? []) : [],
    aptRepository(url: string, suite: string, component: string): AptRepository | undefined {
      if (typeof url !== 'string' || typeof suite !== 'string' || typeof component !== 'string')
        return undefined;
      return byRepositoryKey.get(repositoryKey(url, suite, component));
    },
    aptRepositories: () => repositories,
    packageNames(ecosystem: Ecosystem, distro?: Distro): string[] {
      switch (ecosystem) {
        case 'deb':
          return debArchive(distro)?.names() ?? [];
        case 'apk':
          return data.apk.names();
        case 'pypi':
          return [...data.pypi.keys()].sort();
        case 'npm':
          return [...data.npm.keys()].sort();
        case 'go':
          return [...data.go.keys()].sort();
        case 'rubygems':
          return [...(data.rubygems?.keys() ?? [])].sort();
        default:
          return [];
      }
    },
  };
}
