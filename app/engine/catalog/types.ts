/**
 * The shape of the simulated software world: packages (Debian, Alpine, PyPI, npm, Go) and
 * the official base images built from them. The data is compact (package and path lists);
 * trees are generated from it deterministically.
 */
import type { Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { Userland } from '../shell/program';

export type Ecosystem = 'deb' | 'apk' | 'pypi' | 'npm' | 'go';

/** Which distribution's package archive (Debian 13 trixie, Debian 12 bookworm, Ubuntu 24.04, Alpine 3.22). */
export type Distro = 'trixie' | 'bookworm' | 'noble' | 'alpine';

export interface PackageFile {
  path: string;
  size: number;
  mode?: number;
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
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; StartInterval?: number; Retries?: number };
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
  distro: Distro | 'scratch' | 'busybox';
  /** The registry's manifest digest, shown by pull ("Digest: sha256:...") and RepoDigests. */
  manifestDigest: Digest;
}

export interface Catalog {
  /** Finds an official image by repository and tag ("python", "3.14-slim"); tag defaults to latest. */
  image(repository: string, tag: string): CatalogImage | undefined;
  /** All images, for listings and search. */
  images(): readonly CatalogImage[];
  /** A package from a distribution or language ecosystem, or undefined if unknown. */
  package(ecosystem: Ecosystem, name: string, distro?: Distro): Package | undefined;
  /**
   * A plausible stand-in for a package the catalog does not know (deterministic from its
   * name): programs install it with a note saying so, rather than failing.
   */
  plausiblePackage(ecosystem: Ecosystem, name: string, version?: string): Package;
}
