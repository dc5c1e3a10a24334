/**
 * The shared ingredients of the official images: the package archives and the base
 * layers, each built once on first use. Every image on top of debian:trixie-slim calls the
 * same `trixieSlim()`, so they share one layer object and one diff_id, as real images that
 * are built FROM the same base do.
 */
import type { DebWorld } from '../deb/world';
import type { ApkArchive } from '../apk/packages';
import { alpineRootfs } from '../rootfs/alpine';
import { busyboxRootfs } from '../rootfs/busybox';
import { debianBaseLayer, type DebianBaseOptions } from '../rootfs/debian';
import type { DebSystem } from '../rootfs/dpkg';
import type { AptRepository, LayerBlob } from '../types';
import { layerBlob, lazy } from './layer';

export interface DebBase {
  blob: LayerBlob;
  system: DebSystem;
}

export interface ApkBase {
  blob: LayerBlob;
  installed: string[];
  db: string;
}

/** Debian images' build time: debuerreotype's snapshot, 2025-12-01T00:00:00Z. */
export const DEBIAN_EPOCH = 1764547200;
export const DEBIAN_CREATED = '2025-12-01T00:00:00Z';

export class World {
  constructor(
    readonly deb: DebWorld,
    readonly apk: ApkArchive,
    /** Third-party apt repositories (nginx.org's), for images whose Dockerfile adds one. */
    readonly aptRepositories: readonly AptRepository[] = [],
  ) {}

  /** Debian's images hold minbase (Priority required, and apt); Ubuntu's its noble data set. */
  private debBase(options: Omit<DebianBaseOptions, 'archive' | 'epoch' | 'packages'>) {
    return lazy((): DebBase => {
      const archive = this.deb[options.distro];
      const { tree, system } = debianBaseLayer({
        ...options,
        archive,
        epoch: DEBIAN_EPOCH,
        packages: options.distro === 'noble' ? archive.ownNames() : archive.baseNames(),
      });
      return { blob: layerBlob(tree), system };
    });
  }

  readonly trixieSlim = this.debBase({ distro: 'trixie', slim: true });
  readonly trixieFull = this.debBase({ distro: 'trixie', slim: false });
  readonly bookwormSlim = this.debBase({ distro: 'bookworm', slim: true });
  readonly bookwormFull = this.debBase({ distro: 'bookworm', slim: false });
  readonly noble = this.debBase({ distro: 'noble', slim: true });

  private alpineBase(version: string, versions?: Record<string, string>) {
    return lazy((): ApkBase => {
      const { tree, installed, db } = alpineRootfs(this.apk, {
        version,
        ...(versions ? { versions } : {}),
      });
      return { blob: layerBlob(tree), installed, db };
    });
  }

  readonly alpine322 = this.alpineBase('3.22.2');
  readonly alpine321 = this.alpineBase('3.21.5', {
    'alpine-baselayout': '3.6.8-r1',
    'alpine-baselayout-data': '3.6.8-r1',
    'alpine-release': '3.21.5-r0',
    'apk-tools': '2.14.6-r3',
    busybox: '1.37.0-r14',
    'busybox-binsh': '1.37.0-r14',
    'ca-certificates-bundle': '20250911-r0',
    libcrypto3: '3.3.5-r0',
    libssl3: '3.3.5-r0',
    musl: '1.2.5-r9',
    'musl-utils': '1.2.5-r9',
    ssl_client: '1.37.0-r14',
  });
  readonly busybox = lazy(() => layerBlob(busyboxRootfs('1.37.0')));
}
