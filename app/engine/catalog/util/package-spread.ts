/**
 * A package's files from its compact path list: `path>target` is a symlink, `path/` a
 * folder, anything else a file; the installed size (less the links' own bytes) is spread
 * over the files by `weightOf`, programs and shared objects executable. Shared by the apk
 * and rpm catalogs, whose data lines list paths the same way.
 */
import type { PackageFile } from '../types';
import { splitBytes } from './split';

export function spreadPackageFiles(
  name: string,
  kb: number,
  paths: readonly string[],
  weightOf: (path: string) => number,
): PackageFile[] {
  const links: PackageFile[] = [];
  const plain: string[] = [];
  for (const entry of paths) {
    const [path = '', target] = entry.split('>');
    if (target !== undefined) links.push({ path: `/${path}`, size: target.length, link: target });
    else if (path.endsWith('/')) links.push({ path: `/${path}`, size: 0 });
    else plain.push(`/${path}`);
  }
  const linkBytes = links.reduce((sum, f) => sum + f.size, 0);
  const total = Math.max(0, kb * 1024 - linkBytes);
  if (plain.length === 0 && total > 0) plain.push(`/usr/share/doc/${name}/README`);
  const sizes = splitBytes(total, plain.map(weightOf));
  const files: PackageFile[] = plain.map((path, i) => ({
    path,
    size: sizes[i] ?? 0,
    mode: /\/s?bin\/|\/libexec\/|\.so(\.|$)/.test(path) ? 0o755 : 0o644,
  }));
  return [...files, ...links];
}
