/**
 * apt's binary caches (/var/cache/apt/pkgcache.bin and srcpkgcache.bin) and its archive of
 * downloaded .debs. Docker's Debian and Ubuntu images switch all of these off with
 * /etc/apt/apt.conf.d/docker-clean; an image without that file keeps them in its layers.
 */
import { ensureDir, exists, writeBlob } from '../common/fs-helpers';
import { releasesFor } from './archive';
import type { AptContext } from './context';

export const ARCHIVES_DIR = '/var/cache/apt/archives';

export function writePkgCaches(ctx: AptContext): void {
  const raw = releasesFor(ctx.distro)
    .flatMap((r) => r.components)
    .reduce((sum, c) => sum + c.rawSize, 0);
  const size = Math.round(raw * 0.62);
  writeBlob(ctx.io.fs, '/var/cache/apt/pkgcache.bin', `apt-pkgcache:${ctx.distro}:${raw}`, size);
  writeBlob(
    ctx.io.fs,
    '/var/cache/apt/srcpkgcache.bin',
    `apt-srcpkgcache:${ctx.distro}:${raw}`,
    size - 4096,
  );
}

export function debFileName(name: string, version: string, arch: string): string {
  return `${name}_${version.replace(/:/g, '%3a')}_${arch}.deb`;
}

export function keepDeb(ctx: AptContext, fileName: string, size: number): void {
  const fs = ctx.io.fs;
  ensureDir(fs, `${ARCHIVES_DIR}/partial`);
  if (!exists(fs, `${ARCHIVES_DIR}/lock`))
    fs.writeFile(`${ARCHIVES_DIR}/lock`, { text: '' }, { mode: 0o640 });
  writeBlob(fs, `${ARCHIVES_DIR}/${fileName}`, `deb:${fileName}`, size);
}
