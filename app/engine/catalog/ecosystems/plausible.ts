/**
 * A stand-in for a package the catalog does not know: deterministic from its name (size
 * from a hash, a version if none is asked for, a few files where that ecosystem puts them),
 * marked `plausible` so the installing program can say the files are invented.
 */
import { utf8Length } from '../../fs/node';
import type { Ecosystem, Package, PackageFile } from '../types';
import { fnv1a } from '../util/hash';
import { splitBytes } from '../util/split';
import { expandDeb } from '../deb/expand';
import type { DebRecord } from '../deb/records';
import { guessShape } from '../deb/shapes';

// `h` is an unsigned 32-bit hash: `>>>` keeps it unsigned (`>>` would make half of all names'
// versions negative, "1.-3.-2-1").
const DEFAULT_VERSION: Record<Ecosystem, (h: number) => string> = {
  deb: (h) => `${1 + (h % 4)}.${(h >>> 4) % 20}.${(h >>> 9) % 10}-${1 + ((h >>> 13) % 3)}`,
  apk: (h) => `${1 + (h % 4)}.${(h >>> 4) % 20}.${(h >>> 9) % 10}-r${(h >>> 13) % 4}`,
  pypi: (h) => `${1 + (h % 3)}.${(h >>> 4) % 12}.${(h >>> 9) % 8}`,
  npm: (h) => `${1 + (h % 5)}.${(h >>> 4) % 15}.${(h >>> 9) % 10}`,
  go: (h) => `v${h % 2}.${(h >>> 4) % 15}.${(h >>> 9) % 10}`,
  rubygems: (h) => `${h % 4}.${(h >>> 4) % 12}.${(h >>> 9) % 10}`,
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
    case 'rubygems':
      return [`lib/${mod}.rb`, `lib/${mod}/version.rb`, 'README.md', 'LICENSE'];
    case 'go':
      return [
        `${name}@VERSION/${mod.split('/').pop() ?? mod}.go`,
        `${name}@VERSION/go.mod`,
        `${name}@VERSION/LICENSE`,
      ];
  }
}

/**
 * Commands of well-known packages from third-party apt repositories whose names do not say
 * them (Docker's, for one); any other stand-in's command is its own name.
 */
const THIRD_PARTY_COMMANDS: Record<string, { bin: string[]; files?: string[] }> = {
  'docker-ce': { bin: ['dockerd', 'docker-proxy'] },
  'docker-ce-cli': { bin: ['docker'] },
  'docker-buildx-plugin': { bin: [], files: ['usr/libexec/docker/cli-plugins/docker-buildx'] },
  'docker-compose-plugin': { bin: [], files: ['usr/libexec/docker/cli-plugins/docker-compose'] },
  'containerd.io': { bin: ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc'] },
  'google-chrome-stable': { bin: ['google-chrome-stable'], files: ['opt/google/chrome/chrome'] },
  'mongodb-org': { bin: [] },
  'mongodb-org-server': { bin: ['mongod'] },
  'mongodb-mongosh': { bin: ['mongosh'] },
  'temurin-21-jdk': { bin: [], files: ['usr/lib/jvm/temurin-21-jdk-amd64/bin/java'] },
};

/**
 * A Debian stand-in laid out as the archive lays out packages it has no file list for
 * (guessShape: libfoo3 → a shared object, foo-dev → headers, python3-foo → a module, else a
 * command named after the package), so unknown packages land where real ones would.
 */
function plausibleDeb(name: string, version: string, total: number): Package {
  const section = /^lib.*-dev$/.test(name)
    ? 'libdevel'
    : /^lib/.test(name)
      ? 'libs'
      : /^python3-/.test(name)
        ? 'python'
        : 'misc';
  const shape = guessShape(name, section);
  const known = THIRD_PARTY_COMMANDS[name];
  if (known) {
    shape.bin = known.bin;
    shape.files = known.files ?? [];
  }
  const record: DebRecord = {
    name,
    version,
    kb: Math.max(1, Math.round(total / 1024)),
    downloadKb: Math.max(1, Math.round((total * 0.4) / 1000)),
    section,
    priority: 'optional',
    essential: false,
    archAll: false,
    depends: [],
  };
  const pkg = expandDeb(record, shape, `${name} (not in the catalog: a plausible stand-in)`);
  return { ...pkg, downloadSize: Math.round(total * 0.4), plausible: true };
}

export function plausiblePackage(ecosystem: Ecosystem, name: string, version?: string): Package {
  const h = fnv1a(`${ecosystem}:${name}`);
  const ver = version ?? DEFAULT_VERSION[ecosystem](h);
  // 20 KB to ~2 MB, skewed small as most packages are
  const total = 20_000 + Math.round(((h % 1000) / 1000) ** 2 * 2_000_000);
  if (ecosystem === 'deb') return plausibleDeb(name, ver, total);
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
