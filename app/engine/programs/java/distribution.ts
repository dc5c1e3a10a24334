/**
 * Unpacked tool distributions (a wrapper's Maven or Gradle): a compact path list with a byte
 * budget, as the image stand-ins describe theirs ("bin/mvn:x=6390 lib/x.jar", `:x` executable,
 * `=N` a fixed size; the rest share the budget).
 */
import type { FileSystem } from '../../fs/filesystem';
import { jitter } from '../../catalog/util/hash';
import { splitBytes } from '../../catalog/util/split';
import { writeBlob } from '../common/fs-helpers';

export function spreadFilesUnder(fs: FileSystem, root: string, spec: string, total: number): void {
  const entries = spec
    .trim()
    .split(/\s+/)
    .map((word) => {
      const m = /^(.*?)(:x)?(=(\d+))?$/.exec(word) as RegExpExecArray;
      return {
        path: `${root}/${m[1] ?? ''}`,
        executable: !!m[2],
        fixed: m[4] ? Number(m[4]) : undefined,
      };
    });
  const spread = entries.filter((e) => e.fixed === undefined);
  const sizes = splitBytes(
    total,
    spread.map((e) => jitter(e.path, 0.3, 1.7)),
  );
  for (const e of entries) {
    const size = e.fixed ?? sizes[spread.indexOf(e)] ?? 0;
    writeBlob(fs, e.path, `dist:${e.path}`, size, e.executable ? 0o755 : 0o644);
  }
}
