/**
 * `apt-get update`: fetches each release's InRelease and its Packages indexes and stores
 * them in /var/lib/apt/lists — about 20 MB for Debian, more for Ubuntu's universe. This is
 * the layer weight that `rm -rf /var/lib/apt/lists/*` in the same RUN avoids.
 */
import { emptyDir } from '../../fs/node';
import { ensureDir, exists, listDir, writeBlob } from '../common/fs-helpers';
import { aptDuration, aptSize, transferMs } from '../common/sizes';
import { inReleaseFile, packagesFile } from './archive';
import { archivedNote, archivedSuite, releaseNotFound, type ArchivedRelease } from './archived';
import { dockerClean, gzipIndexes, noteOnce, say, type AptContext } from './context';
import {
  sourceInReleaseFile,
  sourcePackagesFile,
  thirdPartySources,
  type ThirdPartySource,
} from './repositories';
import { writePkgCaches } from './caches';
import { ownReleases } from './own-releases';
import { readDpkgDb } from './dpkg-db';
import { upgradePlan } from './upgrade';

export const LISTS = '/var/lib/apt/lists';

export function listsPresent(ctx: AptContext): boolean {
  return listDir(ctx.io.fs, LISTS).some(
    (name) => name.endsWith('_Packages') || name.includes('_Packages.'),
  );
}

/** One index file apt fetches: its Get line and where it is stored. */
interface IndexFetch {
  line: string;
  size: number;
  file: string;
  blob: string;
  stored: number;
}

/** A source whose mirror no longer has its suite (archived.ts). */
interface Missing {
  url: string;
  suite: string;
  gone: ArchivedRelease;
}

/**
 * The Get/Hit lines and index files of one source: its InRelease, then (unless apt has that
 * InRelease already: "Hit") its Packages indexes, numbered in the order apt prints them. An
 * archived suite gets "Ign" for its InRelease and, after every InRelease, "Err" for its Release.
 */
function sourceFetches(
  ctx: AptContext,
  compressed: boolean,
): { hits: string[]; inReleases: IndexFetch[]; packages: IndexFetch[]; missing: Missing[] } {
  const fs = ctx.io.fs;
  const have = listDir(fs, LISTS);
  const hits: string[] = [];
  const inReleases: IndexFetch[] = [];
  const packages: IndexFetch[] = [];
  const missing: Missing[] = [];
  let n = 0;
  for (const release of ownReleases(ctx)) {
    n++;
    const gone = archivedSuite(release.url, release.suite);
    if (gone) {
      hits.push(`Ign:${n} ${release.url} ${release.suite} InRelease`);
      missing.push({ url: release.url, suite: release.suite, gone });
      continue;
    }
    const file = inReleaseFile(release);
    if (have.includes(file)) {
      hits.push(`Hit:${n} ${release.url} ${release.suite} InRelease`);
      continue;
    }
    inReleases.push({
      line: `Get:${n} ${release.url} ${release.suite} InRelease [${aptSize(release.inReleaseSize)}]`,
      size: release.inReleaseSize,
      file,
      blob: `apt-inrelease:${release.url}:${release.suite}`,
      stored: release.inReleaseSize,
    });
    for (const component of release.components) {
      packages.push({
        line: `${release.url} ${release.suite}/${component.name} amd64 Packages [${aptSize(component.downloadSize)}]`,
        size: component.downloadSize,
        file: packagesFile(release, component.name, compressed),
        blob: `apt-packages:${release.url}:${release.suite}:${component.name}`,
        stored: compressed ? component.storedSize : component.rawSize,
      });
    }
  }
  const third = thirdPartySources(ctx);
  const bySuite = new Map<string, ThirdPartySource[]>();
  for (const source of third) {
    const key = `${source.url} ${source.suite}`;
    bySuite.set(key, [...(bySuite.get(key) ?? []), source]);
  }
  for (const [key, sources] of bySuite) {
    n++;
    const first = sources[0] as ThirdPartySource;
    const file = sourceInReleaseFile(first);
    if (have.includes(file)) {
      hits.push(`Hit:${n} ${key} InRelease`);
      continue;
    }
    const inRelease = first.repository?.inReleaseSize ?? 2_000 + (fnv(key) % 40_000);
    inReleases.push({
      line: `Get:${n} ${key} InRelease [${aptSize(inRelease)}]`,
      size: inRelease,
      file,
      blob: `apt-inrelease:${key}`,
      stored: inRelease,
    });
    for (const source of sources) {
      const modelled = source.repository?.packagesSize;
      const raw = modelled?.raw ?? 20_000 + (fnv(`${key} ${source.component}`) % 400_000);
      const download = modelled?.download ?? Math.round(raw * 0.12);
      const where = source.component ? `${source.suite}/${source.component}` : source.suite;
      packages.push({
        line: `${source.url} ${where} amd64 Packages [${aptSize(download)}]`,
        size: download,
        file: sourcePackagesFile(source, compressed),
        blob: `apt-packages:${key}:${source.component}`,
        stored: compressed ? (modelled?.stored ?? Math.round(raw * 0.3)) : raw,
      });
      if (!source.repository)
        noteOnce(
          ctx,
          `Layercake does not know the apt repository ${source.url} (${where}): its index is modelled with a made-up size, and packages only it has install as plausible stand-ins.`,
        );
    }
  }
  // Release files of archived suites, then Packages lines, are numbered after every InRelease,
  // as apt's queue fetches them.
  for (const { url, suite, gone } of missing) hits.push(releaseNotFound(++n, url, suite, gone));
  for (const fetch of packages) fetch.line = `Get:${++n} ${fetch.line}`;
  return { hits, inReleases, packages, missing };
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function aptUpdate(ctx: AptContext): number {
  const { io } = ctx;
  const fs = io.fs;
  const compressed = gzipIndexes(ctx);
  ensureDir(fs, LISTS);
  if (!exists(fs, `${LISTS}/partial`))
    fs.putTree(`${LISTS}/partial`, { ...emptyDir(0o700), uid: 42 });
  if (!exists(fs, `${LISTS}/auxfiles`))
    fs.putTree(`${LISTS}/auxfiles`, { ...emptyDir(0o755), uid: 42 });
  if (!exists(fs, `${LISTS}/lock`)) fs.writeFile(`${LISTS}/lock`, { text: '' }, { mode: 0o640 });

  const { hits, inReleases, packages, missing } = sourceFetches(ctx, compressed);
  const fetches = [...inReleases, ...packages];
  let fetched = 0;
  for (const fetch of fetches) {
    fetched += fetch.size;
    writeBlob(fs, `${LISTS}/${fetch.file}`, fetch.blob, fetch.stored);
  }
  // A 404 comes back at once; each InRelease fetched or checked costs a round trip.
  const answered = inReleases.length + hits.length - 2 * missing.length;
  const elapsed = transferMs(fetched, 12_000_000) + 400 * answered + 20 * missing.length;
  // Each line is printed as its fetch ends, so a build log shows them over the update's time:
  // a round trip per index checked, and the transfer for one downloaded.
  const timed = [
    ...hits.map((line) => ({ line, ms: 400 })),
    ...fetches.map((f) => ({
      line: f.line,
      ms: transferMs(f.size, 12_000_000) + (inReleases.includes(f) ? 400 : 0),
    })),
  ].sort((a, b) => Number(/:(\d+) /.exec(a.line)?.[1]) - Number(/:(\d+) /.exec(b.line)?.[1]));
  let spent = 0;
  for (const { line, ms } of timed) {
    const share = Math.min(ms, elapsed - spent);
    io.spend(share);
    spent += share;
    say(ctx, `${line}\n`);
  }
  io.spend(elapsed - spent);
  if (fetched > 0) {
    const rate = aptSize(Math.round((fetched / Math.max(elapsed, 1)) * 1000));
    say(ctx, `Fetched ${aptSize(fetched)} in ${aptDuration(elapsed)} (${rate}/s)\n`);
  }
  say(ctx, 'Reading package lists...\n');
  io.spend(900);
  if (missing.length > 0) return repositoriesMissing(ctx, missing);
  if (!dockerClean(ctx)) writePkgCaches(ctx);
  if (ctx.binary === 'apt') upgradableSummary(ctx);
  if (packages.length > 0) {
    const first = ownReleases(ctx)[0];
    io.note(
      `apt-get update did not contact ${first?.url ?? 'the archive'}: the index files in /var/lib/apt/lists are modelled with the real archive's sizes (${aptSize(
        packages.reduce((s, p) => s + p.stored, 0),
      )} here), and they stay in this layer unless the same RUN deletes them.`,
    );
  }
  return 0;
}

/**
 * apt's verdict on suites without a Release file: an E: line each (with its two N: notes on a
 * terminal; apt hides notices when quiet, as in every Docker build) and exit 100.
 */
function repositoriesMissing(ctx: AptContext, missing: readonly Missing[]): number {
  for (const { url, suite } of missing) {
    ctx.io.stderr(`E: The repository '${url} ${suite} Release' does not have a Release file.\n`);
    if (ctx.io.tty && ctx.quiet <= 1)
      ctx.io.stderr(
        "N: Updating from such a repository can't be done securely, and is therefore disabled by default.\nN: See apt-secure(8) manpage for repository creation and user configuration details.\n",
      );
  }
  for (const { gone } of missing) noteOnce(ctx, archivedNote(gone));
  return 100;
}

/** `apt update` (not apt-get) ends by reading the state and counting what could be upgraded. */
function upgradableSummary(ctx: AptContext): void {
  say(ctx, 'Building dependency tree...\nReading state information...\n');
  const count = upgradePlan(ctx, readDpkgDb(ctx.io.fs)).length;
  say(
    ctx,
    count === 0
      ? 'All packages are up to date.\n'
      : `${count} package${count === 1 ? '' : 's'} can be upgraded. Run 'apt list --upgradable' to see ${count === 1 ? 'it' : 'them'}.\n`,
  );
  ctx.io.spend(300);
}
