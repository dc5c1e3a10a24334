/**
 * How archives and compressed files are represented. A file holds either text or a blob (an
 * identity string plus a size); an archive the simulation creates is a blob that carries its
 * content, so extracting it restores exactly what was archived:
 *
 *   tar:     "layercake-tar:" + JSON { v: 1, entries: [{ name, node }] }  (nodes as in fs/node)
 *   gzip:    "gzip:" + JSON of the inner content ({ text } or { blob, size }); also xz:, bzip2:
 *
 * Pipes carry text, so a blob written to stdout (`tar -c -f - dir | ...`) travels as
 * `BLOB_MARK + size + ":" + blob`. Other programs (curl, wget) may use the same helpers.
 */
import type { Content } from '../../fs/filesystem';
import type { LiveNode } from '../../fs/node';
import { utf8Length } from '../../fs/node';
export { BLOB_MARK, contentToPipe, pipeToContent } from '../pipe-content';

export interface ArchiveEntry {
  /** The member name as given when archiving ("app", "etc/nginx"), without a leading slash. */
  name: string;
  node: LiveNode;
}

export const TAR_PREFIX = 'layercake-tar:';
const COMPRESSIONS = ['gzip', 'xz', 'bzip2', 'zstd'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

/** Size of a tar stream: a 512-byte header per member, data in 512-byte blocks, 10 KiB records. */
export function tarSize(entries: readonly ArchiveEntry[]): number {
  let bytes = 1024;
  const visit = (node: LiveNode): void => {
    bytes += 512;
    if (node.kind === 'file') bytes += Math.ceil(node.size / 512) * 512;
    if (node.kind === 'dir')
      for (const child of Object.values(node.children)) if (child.kind !== 'whiteout') visit(child);
  };
  for (const entry of entries) visit(entry.node);
  return Math.ceil(bytes / 10240) * 10240;
}

export function encodeTar(entries: readonly ArchiveEntry[]): Content {
  return { blob: TAR_PREFIX + JSON.stringify({ v: 1, entries }), size: tarSize(entries) };
}

/** The entries of a simulated tar archive, or undefined for content the simulation did not make. */
export function decodeTar(content: Content): ArchiveEntry[] | undefined {
  if (!('blob' in content) || !content.blob.startsWith(TAR_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(content.blob.slice(TAR_PREFIX.length)) as {
      entries?: ArchiveEntry[];
    };
    return Array.isArray(parsed.entries) ? parsed.entries : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compressed size: text shrinks to about a third; a tar archive by its members (headers and
 * padding compress away, text shrinks, binaries barely); other blobs barely shrink at all.
 */
export function compressedSize(content: Content): number {
  if ('text' in content) return Math.max(20, Math.round(utf8Length(content.text) * 0.33 + 20));
  const entries = decodeTar(content);
  if (!entries) return Math.max(20, Math.round(content.size * 0.995 + 20));
  let bytes = 20;
  const visit = (node: LiveNode): void => {
    bytes += 40;
    if (node.kind === 'file')
      bytes += node.text !== undefined ? utf8Length(node.text) * 0.33 : node.size * 0.95;
    if (node.kind === 'dir')
      for (const child of Object.values(node.children)) if (child.kind !== 'whiteout') visit(child);
  };
  for (const entry of entries) visit(entry.node);
  return Math.round(bytes);
}

export function compress(content: Content, kind: Compression = 'gzip'): Content {
  return { blob: `${kind}:${JSON.stringify(content)}`, size: compressedSize(content) };
}

/** Undoes compress(); undefined when the content is not a compressed file the simulation made. */
export function decompress(content: Content): { content: Content; kind: Compression } | undefined {
  if (!('blob' in content)) return undefined;
  for (const kind of COMPRESSIONS) {
    if (!content.blob.startsWith(`${kind}:`)) continue;
    try {
      const inner = JSON.parse(content.blob.slice(kind.length + 1)) as Content;
      if (
        inner &&
        (typeof (inner as { text?: unknown }).text === 'string' ||
          typeof (inner as { blob?: unknown }).blob === 'string')
      )
        return { content: inner, kind };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Strips every layer of compression the simulation added. */
export function unwrap(content: Content): Content {
  let current = content;
  for (let i = 0; i < 4; i++) {
    const inner = decompress(current);
    if (!inner) break;
    current = inner.content;
  }
  return current;
}

/** A file's content as fs.writeFile takes it (with the known tail of a size-only file). */
export function contentOf(node: LiveNode): Content | undefined {
  if (node.kind !== 'file') return undefined;
  if (node.text !== undefined) return { text: node.text };
  const blob = { blob: node.blob ?? 'unknown', size: node.size };
  return node.tail !== undefined ? { ...blob, tail: node.tail } : blob;
}
