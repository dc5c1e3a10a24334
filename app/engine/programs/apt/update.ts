/**
 * `apt-get update`: fetches each release's InRelease and its Packages indexes and stores
 * them in /var/lib/apt/lists — about 20 MB for Debian, more for Ubuntu's universe. This is
 * the layer weight that `rm -rf /var/lib/apt/lists/*` in the same RUN avoids.
 */
import { emptyDir } from '../../fs/node';
import { ensureDir, exists, listDir, writeBlob } from '../common/fs-helpers';
import { aptDuration, aptSize, transferMs } from '../common/sizes';
import { inReleaseFile, packagesFile, releasesFor } from './archive';
import { dockerClean, gzipIndexes, say, type AptContext } from './context';
import { writePkgCaches } from './caches';

export const LISTS = '/var/lib/apt/lists';

export function listsPresent(ctx: AptContext): boolean {
  return listDir(ctx.io.fs, LISTS).some(
    (name) => name.endsWith('_Packages') || name.includes('_Packages.'),
  );
}

export function aptUpdate(ctx: AptContext): number {
  const { io } = ctx;
  const fs = io.fs;
  const releases = releasesFor(ctx.distro);
  const compressed = gzipIndexes(ctx);
  const fresh = listDir(fs, LISTS).includes(inReleaseFile(releases[0]!));
  ensureDir(fs, LISTS);
  if (!exists(fs, `${LISTS}/partial`))
    fs.putTree(`${LISTS}/partial`, { ...emptyDir(0o700), uid: 42 });
  if (!exists(fs, `${LISTS}/auxfiles`))
    fs.putTree(`${LISTS}/auxfiles`, { ...emptyDir(0o755), uid: 42 });
  if (!exists(fs, `${LISTS}/lock`)) fs.writeFile(`${LISTS}/lock`, { text: '' }, { mode: 0o640 });

  let n = 0;
  let fetched = 0;
  const lines: string[] = [];
  for (const release of releases) {
    n++;
    if (fresh) {
      lines.push(`Hit:${n} ${release.url} ${release.suite} InRelease`);
      continue;
    }
    lines.push(
      `Get:${n} ${release.url} ${release.suite} InRelease [${aptSize(release.inReleaseSize)}]`,
    );
    fetched += release.inReleaseSize;
    writeBlob(
      fs,
      `${LISTS}/${inReleaseFile(release)}`,
      `apt-inrelease:${release.url}:${release.suite}`,
      release.inReleaseSize,
    );
  }
  if (!fresh) {
    for (const release of releases) {
      for (const component of release.components) {
        n++;
        lines.push(
          `Get:${n} ${release.url} ${release.suite}/${component.name} amd64 Packages [${aptSize(component.downloadSize)}]`,
        );
        fetched += component.downloadSize;
        const size = compressed ? component.storedSize : component.rawSize;
        writeBlob(
          fs,
          `${LISTS}/${packagesFile(release, component.name, compressed)}`,
          `apt-packages:${release.url}:${release.suite}:${component.name}`,
          size,
        );
      }
    }
  }
  const elapsed = transferMs(fetched, 12_000_000) + 400 * releases.length;
  io.spend(elapsed);
  for (const line of lines) say(ctx, `${line}\n`);
  if (fetched > 0) {
    const rate = aptSize(Math.round((fetched / Math.max(elapsed, 1)) * 1000));
    say(ctx, `Fetched ${aptSize(fetched)} in ${aptDuration(elapsed)} (${rate}/s)\n`);
  }
  say(ctx, 'Reading package lists...\n');
  io.spend(900);
  if (!dockerClean(ctx)) writePkgCaches(ctx);
  if (!fresh) {
    io.note(
      `apt-get update did not contact ${releases[0]!.url}: the index files in /var/lib/apt/lists are modelled with the real archive's sizes (${aptSize(
        releases
          .flatMap((r) => r.components)
          .reduce((s, c) => s + (compressed ? c.storedSize : c.rawSize), 0),
      )} here), and they stay in this layer unless the same RUN deletes them.`,
    );
  }
  return 0;
}
