/**
 * Copies the files under one folder to another (resources into target/classes, a wrapper's
 * distribution): text stays text, blobs keep their identity and size.
 */
import type { FileSystem } from '../../fs/filesystem';
import { walkFiles, writeBlob, writeText } from '../common/fs-helpers';

export function copyFileTree(fs: FileSystem, from: string, to: string): number {
  let bytes = 0;
  for (const file of walkFiles(fs, from)) {
    const read = fs.readFile(file.path);
    if (!read.ok) continue;
    const target = `${to}${file.path.slice(from.length)}`;
    const node = read.value.node;
    if (read.value.text !== undefined) writeText(fs, target, read.value.text);
    else
      writeBlob(fs, target, node.kind === 'file' ? (node.blob ?? target) : target, read.value.size);
    bytes += read.value.size;
  }
  return bytes;
}
