/**
 * What curl and wget write when the simulation knows what a URL serves: a known release
 * archive as a simulated tar (so the shell's tar unpacks the real layout), Node.js's
 * SHASUMS256.txt, and ASCII-armoured `.asc` signatures as text (so gpg can read them).
 * Anything else stays an opaque blob of a plausible size (net/downloads.ts).
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Content } from '../../fs/filesystem';
import { compress, encodeTar, type Compression } from '../../shell/programs/archive';
import { contentDigest } from '../checksum/digest';
import { describeDownload } from '../net/downloads';
import { archiveEntries, describeArchive, knownArchive } from './known-archives';
import { clearsigned, detachedSignature, nodeShasums } from './release-texts';

export interface KnownContent {
  content: Content;
  /** Replaces the downloader's "content not modelled" note. */
  note: string;
}

/** `url` and the size the download has (describeDownload); `tool` names the downloader. */
export type KnownContentResolver = (
  url: string,
  size: number,
  tool: string,
) => KnownContent | undefined;

function compressionOf(url: string): Compression | undefined {
  if (/\.(tar\.xz|txz)$/.test(url)) return 'xz';
  if (/\.(tar\.gz|tgz)$/.test(url)) return 'gzip';
  if (/\.(tar\.bz2|tbz2?)$/.test(url)) return 'bzip2';
  return undefined;
}

function origin(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^/]+).*$/i, '$1');
}

export function knownContentResolver(
  catalog: Catalog,
  distro: Distro | undefined,
): KnownContentResolver {
  // A release archive is built once per URL and shared by every build that downloads it.
  const archives = new Map<string, Content | null>();
  const archiveContent = (url: string): Content | undefined => {
    const cached = archives.get(url);
    if (cached !== undefined) return cached ?? undefined;
    const known = knownArchive(url);
    const entries = known && archiveEntries(known, catalog, distro);
    const kind = compressionOf(url);
    const packed = entries && kind ? compress(encodeTar(entries), kind) : undefined;
    const content =
      packed && 'blob' in packed
        ? { blob: packed.blob, size: describeDownload(url).size }
        : undefined;
    archives.set(url, content ?? null);
    return content;
  };

  return (url, size, tool) => {
    const offline = `${tool} did not connect to ${origin(url)}: Layercake has no network.`;
    const known = knownArchive(url);
    const archive = known && archiveContent(url);
    if (known && archive) {
      return {
        content: archive,
        note: `${offline} The download is simulated: ${size} bytes, as this URL serves, holding ${describeArchive(known)} as Layercake models it, so unpacking it gives the real file layout.`,
      };
    }
    const shasums = /\/dist\/v(\d+\.\d+\.\d+)\/SHASUMS256\.txt(\.asc)?$/.exec(url);
    if (shasums && /nodejs\.org/.test(url)) {
      const body = nodeShasums(shasums[1] ?? '', (file) => {
        const content = archiveContent(file);
        return content && contentDigest('sha256', content).hex;
      });
      return {
        content: { text: shasums[2] ? clearsigned(body) : body },
        note: `${offline} The checksum list is simulated: its sums are those of the simulated downloads, so sha256sum -c agrees with them.`,
      };
    }
    if (/\.asc$/.test(url)) {
      return {
        content: { text: detachedSignature(url) },
        note: `${offline} The signature file is a stand-in: gpg accepts it without checking anything.`,
      };
    }
    return undefined;
  };
}
