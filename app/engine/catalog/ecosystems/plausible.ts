/**
 * A stand-in for a package the catalog does not know: deterministic from its name (size
 * from a hash, a version if none is asked for, a few files where that ecosystem puts them),
 * marked `plausible` so the installing program can say the files are invented.
 */
import { utf8Length } from '../../fs/node';
import type { Ecosystem, Package, PackageFile } from '../types';
import { fnv1a } from '../util/hash';
import { splitBytes } from '../util/split';

// `h` is an unsigned 32-bit hash: `>>>` keeps it unsigned (`>>` would make half of all names'
// versions negative, "1.-3.-2-1").
const DEFAULT_VERSION: Record<Ecosystem, (h: number) => string> = {
  deb: (h) => `${1 + (h % 4)}.${(h >>> 4) % 20}.${(h >>> 9) % 10}-${1 + ((h >>> 13) % 3)}`,
  apk: (h) => `${1 + (h % 4)}.${(h >>> 4) % 20}.${(h >>> 9) % 10}-r${(h >>> 13) % 4}`,
  pypi: (h) => `${1 + (h % 3)}.${(h >>> 4) % 12}.${(h >>> 9) % 8}`,
  npm: (h) => `${1 + (h % 5)}.${(h >>> 4) % 15}.${(h >>> 9) % 10}`,
  go: (h) => `v${h % 2}.${(h >>> 4) % 15}.${(h >>> 9) % 10}`,
};

function pathsFor(ecosystem: Ecosystem, name: string): string[] {
  const mod = name.toLowerCase().replace(/[-.]+/g, '_');
  switch (ecosystem) {
    case 'deb':
    case 'apk':
      return [
        `/usr/bin/${name}`,
        `/usr/share/${name}/${name}.conf`,
        `/usr/share/doc/${name}/copyright`,
      ];
    case 'pypi':
      return [`${mod}/__init__.py`, `${mod}/core.py`, `${mod}/utils.py`];
    case 'npm':
      return ['index.js', 'lib/index.js', 'README.md', 'LICENSE'];
    case 'go':
      return [
        `${name}@VERSION/${mod.split('/').pop() ?? mod}.go`,
        `${name}@VERSION/go.mod`,
        `${name}@VERSION/LICENSE`,
      ];
  }
}

export function plausiblePackage(ecosystem: Ecosystem, name: string, version?: string): Package {
  const h = fnv1a(`${ecosystem}:${name}`);
  const ver = version ?? DEFAULT_VERSION[ecosystem](h);
  // 20 KB to ~2 MB, skewed small as most packages are
  const total = 20_000 + Math.round(((h % 1000) / 1000) ** 2 * 2_000_000);
  const paths = pathsFor(ecosystem, name).map((p) => p.replace('VERSION', ver));
  const sizes = splitBytes(
    total,
    paths.map((_, i) => (i === 0 ? 6 : 1)),
  );
  const files: PackageFile[] = paths.map((path, i) => ({
    path,
    size: sizes[i] ?? 0,
    ...(path.startsWith('/usr/bin/') ? { mode: 0o755 } : {}),
  }));
  if (ecosystem === 'pypi') {
    const meta = `Metadata-Version: 2.4\nName: ${name}\nVersion: ${ver}\n`;
    files.push({
      path: `${name.toLowerCase().replace(/[-.]+/g, '_')}-${ver}.dist-info/METADATA`,
      size: utf8Length(meta),
      text: meta,
    });
  }
  if (ecosystem === 'npm') {
    const json = `{\n  "name": "${name}",\n  "version": "${ver}"\n}\n`;
    files.push({ path: 'package.json', size: utf8Length(json), text: json });
  }
  return {
    ecosystem,
    name,
    version: ver,
    depends: [],
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: Math.round(total * 0.4),
    files,
    summary: `${name} (not in the catalog: a plausible stand-in)`,
    plausible: true,
  };
}
