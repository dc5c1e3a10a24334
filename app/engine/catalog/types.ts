/**
 * The shape of the simulated software world: packages (Debian, Alpine, PyPI, npm, Go) and
 * the official base images built from them. The data is compact (package and path lists);
 * trees are generated from it deterministically.
 */
import type { Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { Userland } from '../shell/program';

export type Ecosystem = 'deb' | 'apk' | 'pypi' | 'npm' | 'go' | 'rubygems';

/** Which distribution's package archive: Debian 13, 12, 11; Ubuntu 24.04, 22.04, 20.04; Alpine 3.22. */
export type Distro = 'trixie' | 'bookworm' | 'bullseye' | 'noble' | 'jammy' | 'focal' | 'alpine';

/**
 * Where a package's files go. deb and apk paths are absolute. The others are relative to the
 * install root the installing program chooses, so one package serves every prefix:
 * - pypi: relative to site-packages (`flask/app.py`, `flask-3.1.2.dist-info/METADATA`);
 *   console scripts as wheels' RECORD files list them, `../../../bin/flask`, which lands in
 *   `<prefix>/bin` for `<prefix>/lib/python3.X/site-packages` (system, venv or --user alike).
 *   Compiled modules carry the token `{abi}` (`_speedups.{abi}.so`): replace it with the
 *   interpreter's tag, e.g. `cpython-314-x86_64-linux-gnu` (see `pythonAbiTag`).
 * - npm: relative to the package's own folder (`node_modules/<name>/` in a project,
 *   `/usr/local/lib/node_modules/<name>/` for -g); `Package.bin` names its commands.
 * - go: relative to the module cache (GOMODCACHE, `/go/pkg/mod` in the golang image).
 * - rubygems: relative to the gem's own folder (`<GEM_HOME>/gems/<name>-<version>/`);
 *   `Package.bin` names its executables, `Package.gem` its requirements and extensions.
 * A path ending in `/` is a directory. install-paths.ts resolves all of this.
 */
export interface PackageFile {
  path: string;
  size: number;
  /** Permission bits (a directory's too: 0o1777 for a shared data dir); default 0644 / 0755. */
  mode?: number;
  /**
   * Numeric owner, where an image's Dockerfile chowns it (`/home/node` is 1000:1000, redis's
   * `/data` 999:999); default root. Directories given with a mode or owner keep them.
   */
  owner?: { uid: number; gid: number };
  /** Real content, for small text files worth reading (configs, scripts, os-release). */
  text?: string;
  /** A symlink target instead of content. */
  link?: string;
}

export interface Package {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** Names of packages this one needs (same ecosystem). */
  depends: string[];
  /** Sum of the sizes of `files`, in bytes. */
  installedSize: number;
  /** Size of the download (a .deb, a wheel, a tarball), for progress output and caches. */
  downloadSize: number;
  files: PackageFile[];
  summary: string;
  /** deb: the archive's Section, Priority, Essential and Architecture fields. */
  section?: string;
  priority?: string;
  essential?: boolean;
  architecture?: string;
  /** npm: command name → file inside the package (package.json's `bin`). */
  bin?: Record<string, string>;
  /** npm: each dependency's range as the package's package.json states it (`"debug": "2.6.9"`). */
  requires?: Record<string, string>;
  /** rubygems: what the gemspec says beyond the dependency names. */
  gem?: GemDetails;
  /** True for a stand-in made by `plausiblePackage` (its files are invented). */
  plausible?: boolean;
  /**
   * deb: where apt fetches it from when that is not the distribution's own archive, as apt's
   * Get lines show it ("https://nginx.org/packages/mainline/debian", "trixie/nginx").
   */
  origin?: { url: string; where: string };
}

/** A gem's dependency requirements and how it gets its native code. */
export interface GemDetails {
  /** Dependency name → requirement as the gemspec states it ("~> 1.2", ">= 1.6, < 2"). */
  requirements: Record<string, string>;
  /** Dependencies needed only when the gem is compiled from source (nokogiri's mini_portile2). */
  sourceOnly: string[];
  /** A C extension compiled at install, and the headers it needs beyond Ruby's own. */
  extension?: { headers: string[] };
  /** Platforms with a precompiled gem ("x86_64-linux-gnu"): nothing is compiled there. */
  platforms: string[];
}

/**
 * A third-party apt repository a Dockerfile can add under /etc/apt/sources.list.d (nginx.org's
 * packages): one suite and component of it, with its index sizes and packages.
 */
export interface AptRepository {
  /** Base URL without a trailing slash, as apt prints it ("https://nginx.org/packages/mainline/debian"). */
  url: string;
  suite: string;
  component: string;
  /** Sizes apt-get update fetches and stores: InRelease, and the Packages index (download, lz4, raw). */
  inReleaseSize: number;
  packagesSize: { download: number; stored: number; raw: number };
  /**
   * The newest version of a package; with `version`, that version if the repository keeps it
   * (nginx.org keeps every release it published), else undefined.
   */
  package(name: string, version?: string): Package | undefined;
  names(): string[];
}

export interface ImageConfig {
  Env: string[];
  Cmd?: string[];
  Entrypoint?: string[];
  WorkingDir: string;
  User: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Volumes?: Record<string, Record<string, never>>;
  Labels?: Record<string, string>;
  StopSignal?: string;
  Shell?: string[];
  OnBuild?: string[];
  Healthcheck?: HealthcheckConfig;
}

/** A HEALTHCHECK as Docker's container.HealthConfig holds it (durations in nanoseconds). */
export interface HealthcheckConfig {
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface HistoryEntry {
  /** RFC 3339 time, as in the image config. */
  created: string;
  created_by: string;
  comment?: string;
  author?: string;
  empty_layer?: boolean;
}

/** A layer as stored on a host or in a registry: its tree and what identifies it. */
export interface LayerBlob {
  diffId: Digest;
  tree: DirNode;
  /** Unpacked size in bytes. */
  size: number;
  /** Compressed size (what a pull downloads and a push uploads). */
  compressedSize: number;
  /**
   * Digest of the compressed blob, as registries name layers: `docker pull` prints its first
   * 12 hex digits ("a2318d6c47ec: Pull complete"). Absent for layers built locally.
   */
  digest?: Digest;
}

export interface CatalogImage {
  /** Repository as users type it ("python", "nginx", "busybox"). */
  repository: string;
  /** Every tag that points at this image ("3.14-slim", "3.14-slim-trixie", "3.14.2-slim"). */
  tags: string[];
  layers: LayerBlob[];
  config: ImageConfig;
  history: HistoryEntry[];
  created: string;
  userland: Userland;
  /** `oraclelinux`: mysql's base (microdnf, no apt or apk). */
  distro: Distro | 'scratch' | 'busybox' | 'oraclelinux';
  /** The registry's manifest digest, shown by pull ("Digest: sha256:...") and RepoDigests. */
  manifestDigest: Digest;
  /** `scratch`: the reserved empty image; `docker pull scratch` is an error, `FROM scratch` is not. */
  reserved?: boolean;
  /** One line for listings and `docker search`. */
  description?: string;
  /**
   * Set on a stand-in for a well-known reference the catalog has no image for (`ruby:3.3`):
   * what it approximates. Said once per pull or build after "Layercake models <the reference
   * as typed> approximately: " (`approximateNote` in registry/resolve.ts).
   */
  approximate?: string;
}

/**
 * A well-known reference resolved without an exact catalog image: a deterministic stand-in,
 * or why there is none (`unknown-repository`: pull access denied; `unknown-tag`: manifest unknown).
 */
export type StandInLookup =
  { ok: true; image: CatalogImage } | { ok: false; reason: 'unknown-repository' | 'unknown-tag' };

export interface Catalog {
  /** Finds an official image by repository and tag ("python", "3.14-slim"); tag defaults to latest. */
  image(repository: string, tag: string): CatalogImage | undefined;
  /** All images, for listings and search. */
  images(): readonly CatalogImage[];
  /**
   * A well-known reference by the official tag grammar (`python:3.11-slim`, `postgres:16`,
   * `mcr.microsoft.com/dotnet/sdk:8.0`): the catalog image when it has one, else a stand-in
   * derived from the name (same reference, same digests).
   */
  resolve?(repository: string, tag: string): StandInLookup;
  /**
   * The official repositories `resolve` knows beyond the catalog's own images (Docker Hub's
   * `ruby`, `postgres`...; vendors' `mcr.microsoft.com/dotnet/sdk`), for `docker search`.
   */
  wellKnownRepositories?(): readonly { repository: string; description: string }[];
  /** A package from a distribution or language ecosystem, or undefined if unknown. */
  package(ecosystem: Ecosystem, name: string, distro?: Distro): Package | undefined;
  /**
   * npm: every version of a package the catalog holds (older majors a range may pick, such as
   * express 4 beside express 5, and the newest, which `package` returns); empty if unknown.
   */
  packageVersions?(ecosystem: 'npm', name: string): string[];
  /** npm: one of the versions `packageVersions` lists, or undefined. */
  packageAt?(ecosystem: 'npm', name: string, version: string): Package | undefined;
  /**
   * A plausible stand-in for a package the catalog does not know (deterministic from its
   * name): programs install it with a note saying so, rather than failing.
   */
  plausiblePackage(ecosystem: Ecosystem, name: string, version?: string): Package;
  /**
   * deb: the packages of a distribution whose Provides names `virtual` (sorted), for apt to
   * select when no real package has that name.
   */
  debProviders?(virtual: string, distro?: Distro): string[];
  /** Names of every package the catalog knows in an ecosystem (and distribution), sorted. */
  packageNames?(ecosystem: Ecosystem, distro?: Distro): string[];
  /**
   * A known third-party apt repository by the URI, suite and component of a sources entry
   * (scheme and trailing slash do not matter), or undefined.
   */
  aptRepository?(url: string, suite: string, component: string): AptRepository | undefined;
  /** Every known third-party apt repository, to say where a package could come from. */
  aptRepositories?(): readonly AptRepository[];
}
