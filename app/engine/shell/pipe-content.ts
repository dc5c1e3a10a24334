/**
 * Pipes and terminals carry text, but files may hold blobs (content known only by identity
 * and size: a tarball, a binary). A program that writes a blob to stdout (`tar -cf -`,
 * `gzip -c`, `cat app.tgz`) writes `BLOB_MARK + size + ":" + blob`; a redirection into a file
 * turns it back into a blob, and the terminal shows nothing for it (with a note).
 */
import type { Content } from '../fs/filesystem';

export const BLOB_MARK = '\u0000layercake-blob:';

export function contentToPipe(content: Content): string {
  return 'text' in content ? content.text : `${BLOB_MARK}${content.size}:${content.blob}`;
}

export function pipeToContent(text: string): Content {
  if (!text.startsWith(BLOB_MARK)) return { text };
  const rest = text.slice(BLOB_MARK.length);
  const colon = rest.indexOf(':');
  const size = Number(rest.slice(0, colon));
  return colon > 0 && Number.isFinite(size) ? { blob: rest.slice(colon + 1), size } : { text };
}

export function isBlobText(text: string): boolean {
  return text.startsWith(BLOB_MARK);
}
