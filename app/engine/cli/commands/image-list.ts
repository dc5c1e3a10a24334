/**
 * What `docker images` lists: one row per tag of each image (newest image first), a
 * `<none>` row for an image known only by digest or not at all (dangling), and the
 * filters the daemon applies (dangling, reference, before, since, label).
 */
import { tagsOf } from '../../host/images';
import type { HostState } from '../../host/state';
import type { Image } from '../../images/image';
import { imageSize } from '../../host/images';
import { parseGoBool } from '../args/flag-values';

import { imageIdColumn } from '../format/ids';
import { imageCreatedSince } from '../format/status';
import { humanSize, humanSizeWithPrecision } from '../format/units';
import { createdMs, goTimeString, missingImageName } from './image-common';
import { findLocalImage } from '../../host/images';

export interface ImageListRow {
  repository: string;
  tag: string;
  digest: string;
  image: Image;
}

export interface ImageListOptions {
  all: boolean;
  /** The REPOSITORY[:TAG] argument, a glob as docker's reference filter takes it. */
  reference?: string;
  filters: [string, string][];
}

export type RowsResult = { ok: true; rows: ImageListRow[] } | { ok: false; error: string };

/** Go's path.Match over a whole name: `*` and `?` stop at `/`, `[...]` classes. */
export function globMatch(pattern: string, name: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false;
      source += `[${pattern
        .slice(i + 1, end)
        .replace(/^\^/, '^')
        .replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (ch === '\\' && i + 1 < pattern.length) {
      source += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`).test(name);
  } catch {
    return false;
  }
}

function splitTag(familiar: string): [string, string] {
  const colon = familiar.lastIndexOf(':');
  return [familiar.slice(0, colon), familiar.slice(colon + 1)];
}

function digestRepo(repoDigest: string): [string, string] {
  const at = repoDigest.indexOf('@');
  return [repoDigest.slice(0, at), repoDigest.slice(at + 1)];
}

/** The rows of one image, before any filter. */
export function imageRows(host: HostState, image: Image): ImageListRow[] {
  const digests = new Map(image.repoDigests.map(digestRepo));
  const rows: ImageListRow[] = tagsOf(host, image.id).map((familiar) => {
    const [repository, tag] = splitTag(familiar);
    return { repository, tag, digest: digests.get(repository) ?? '<none>', image };
  });
  for (const [repository, digest] of digests) {
    if (!rows.some((r) => r.repository === repository))
      rows.push({ repository, tag: '<none>', digest, image });
  }
  if (rows.length === 0)
    rows.push({ repository: '<none>', tag: '<none>', digest: '<none>', image });
  return rows;
}

export function isDangling(host: HostState, image: Image): boolean {
  return tagsOf(host, image.id).length === 0 && image.repoDigests.length === 0;
}

/** Images newest first; ties by id so the order is stable. */
export function imagesNewestFirst(host: HostState): Image[] {
  return Object.values(host.images).sort(
    (a, b) => createdMs(b) - createdMs(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const KNOWN_FILTERS = ['dangling', 'reference', 'before', 'since', 'label', 'until'];

export function listRows(host: HostState, options: ImageListOptions, now: number): RowsResult {
  const references = options.filters.filter(([k]) => k === 'reference').map(([, v]) => v);
  if (options.reference !== undefined) references.push(options.reference);
  let dangling: boolean | undefined;
  const keep: ((image: Image) => boolean)[] = [];
  for (const [key, value] of options.filters) {
    if (!KNOWN_FILTERS.includes(key)) return { ok: false, error: `invalid filter '${key}'` };
    if (key === 'dangling') {
      const parsed = parseGoBool(value);
      if (!parsed.ok) return { ok: false, error: `invalid filter 'dangling=[${value}]'` };
      dangling = parsed.value;
    } else if (key === 'before' || key === 'since') {
      const pivot = findLocalImage(host, value);
      if (!pivot) return { ok: false, error: `No such image: ${missingImageName(value)}` };
      const t = createdMs(pivot);
      keep.push(key === 'before' ? (img) => createdMs(img) < t : (img) => createdMs(img) > t);
    } else if (key === 'label') {
      const eq = value.indexOf('=');
      const name = eq < 0 ? value : value.slice(0, eq);
      keep.push((img) => {
        const labels = img.config.Labels ?? {};
        return eq < 0 ? name in labels : labels[name] === value.slice(eq + 1);
      });
    } else if (key === 'until') {
      const limit = untilTime(value, now);
      if (limit === undefined) return { ok: false, error: `invalid filter 'until=[${value}]'` };
      keep.push((img) => createdMs(img) < limit);
    }
  }
  const parents = new Set(
    Object.values(host.images)
      .map((img) => img.parent)
      .filter(Boolean),
  );
  const rows: ImageListRow[] = [];
  for (const image of imagesNewestFirst(host)) {
    if (!keep.every((test) => test(image))) continue;
    const untagged = isDangling(host, image);
    if (dangling !== undefined && untagged !== dangling) continue;
    // Without -a, an untagged image that another image was committed from is an intermediate.
    if (!options.all && untagged && parents.has(image.id) && dangling === undefined) continue;
    let imageRowsList = imageRows(host, image);
    if (references.length > 0) {
      imageRowsList = imageRowsList.filter(
        (row) =>
          row.tag !== '<none>' &&
          references.every(
            (pattern) =>
              globMatch(pattern, row.repository) ||
              globMatch(pattern, `${row.repository}:${row.tag}`),
          ),
      );
    }
    rows.push(...imageRowsList);
  }
  return { ok: true, rows };
}

/** `until=24h` (before that long ago) or an RFC 3339 / Unix timestamp. */
export function untilTime(value: string, now: number): number | undefined {
  const duration = /^(\d+(?:\.\d+)?)(h|m|s)$/.exec(value);
  if (duration) {
    const unit = { h: 3_600_000, m: 60_000, s: 1000 }[duration[2] as 'h' | 'm' | 's'];
    return now - Number(duration[1]) * unit;
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

export const IMAGE_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGE_TABLE_DIGESTS =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';

export const IMAGE_HEADER = {
  Containers: 'CONTAINERS',
  CreatedAt: 'CREATED AT',
  CreatedSince: 'CREATED',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  SharedSize: 'SHARED SIZE',
  Size: 'SIZE',
  Tag: 'TAG',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'VIRTUAL SIZE',
};

/** The fields a row offers to --format, as docker's image context names them. */
export function rowFields(host: HostState, row: ImageListRow, now: number, noTrunc: boolean) {
  const size = imageSize(host, row.image);
  const created = createdMs(row.image);
  const containers = Object.values(host.containers).filter((c) => c.image === row.image.id).length;
  return {
    Containers: String(containers),
    CreatedAt: goTimeString(created),
    CreatedSince: imageCreatedSince(created || null, now),
    Digest: row.digest,
    ID: imageIdColumn(row.image.id, noTrunc),
    Repository: row.repository,
    SharedSize: 'N/A',
    Size: humanSizeWithPrecision(size, 3),
    Tag: row.tag,
    UniqueSize: 'N/A',
    VirtualSize: humanSize(size),
  };
}
