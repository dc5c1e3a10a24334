/**
 * RubyGems: a gem's files relative to its own folder (`gems/<name>-<version>/` under
 * GEM_HOME or a Bundler path), its executables in `bin`, and what its gemspec says in `gem`
 * (requirements, a C extension and the headers it needs, the platforms with a precompiled
 * gem). The gemspec, the cached .gem and the extension build files are written by the
 * installing program, which knows the version and platform it installs.
 */
import type { GemDetails, Package, PackageFile } from '../types';
import { jitter } from '../util/hash';
import { commandPaths, words } from '../util/line-fields';
import { splitBytes } from '../util/split';

export interface GemRecord {
  name: string;
  version: string;
  kb: number;
  /** Dependency names; requirements and source-only marks are in `details`. */
  depends: string[];
  summary: string;
  files: string[];
  bin: Record<string, string>;
  details: GemDetails;
}

/** "i18n(>=1.6,<2)" → ["i18n", ">= 1.6, < 2"]; "(=)" is this gem's own version. */
function parseDependency(text: string, ownVersion: string): [string, string] {
  const open = text.indexOf('(');
  if (open < 0) return [text, '>= 0'];
  const inner = text.slice(open + 1, text.lastIndexOf(')'));
  const requirement =
    inner === '='
      ? `= ${ownVersion}`
      : inner
          .split(',')
          .map((part) => part.replace(/^([~<>=!]+)\s*/, '$1 '))
          .join(', ');
  return [text.slice(0, open), requirement];
}

function parseNative(text: string): Pick<GemDetails, 'extension' | 'platforms'> {
  const [kind, list] = text.split(':');
  if (kind === 'ext')
    return { extension: { headers: (list ?? '').split(',').filter(Boolean) }, platforms: [] };
  if (kind === 'platform') return { platforms: (list ?? '').split(',').filter(Boolean) };
  return { platforms: [] };
}

export function parseGemLines(text: string): Map<string, GemRecord> {
  const records = new Map<string, GemRecord>();
  for (const line of text.split('\n')) {
    const [head, summary, files, bins, native] = line.split('|');
    const [name, version, kb, ...deps] = (head ?? '').trim().split(' ');
    if (!name || !version) continue;
    const requirements: Record<string, string> = {};
    const sourceOnly: string[] = [];
    const depends: string[] = [];
    for (const dep of deps.filter(Boolean)) {
      const [depName, requirement] = parseDependency(dep.replace(/^!/, ''), version);
      requirements[depName] = requirement;
      depends.push(depName);
      if (dep.startsWith('!')) sourceOnly.push(depName);
    }
    records.set(name, {
      name,
      version,
      kb: Number(kb) || 0,
      depends,
      summary: summary ?? '',
      files: words(files),
      bin: commandPaths(bins),
      details: { requirements, sourceOnly, ...parseNative(native ?? '') },
    });
  }
  return records;
}

/** A gem's files when the table lists none: its entry point, version file, README, licence. */
function defaultFiles(name: string): string[] {
  const lib = name.replace(/-/g, '/');
  return [`lib/${lib}.rb`, `lib/${lib}/version.rb`, 'README.md', 'LICENSE'];
}

function weight(path: string): number {
  if (/\.so$/.test(path) || /exe\/x86_64-linux\//.test(path)) return 40 * jitter(path, 0.7, 1.3);
  if (/\.(js|css|db)$/.test(path)) return 8 * jitter(path);
  if (/(README|LICENSE|COPYING|History)/i.test(path)) return 0.4 * jitter(path);
  return jitter(path, 0.3, 2);
}

export function expandGem(record: GemRecord): Package {
  const paths = record.files.length > 0 ? record.files : defaultFiles(record.name);
  const sizes = splitBytes(Math.max(paths.length, record.kb * 1024), paths.map(weight));
  const executables = new Set(Object.values(record.bin));
  const files: PackageFile[] = paths.map((path, i) => ({
    path,
    size: sizes[i] ?? 0,
    ...(executables.has(path) || /^exe\/[^/]+\/thrust$/.test(path) ? { mode: 0o755 } : {}),
  }));
  const installedSize = files.reduce((sum, f) => sum + f.size, 0);
  return {
    ecosystem: 'rubygems',
    name: record.name,
    version: record.version,
    depends: record.depends,
    installedSize,
    // A .gem is a tar of gzipped data: about a third of what it unpacks to.
    downloadSize: Math.round(installedSize * 0.32),
    files,
    summary: record.summary,
    gem: record.details,
    ...(Object.keys(record.bin).length ? { bin: record.bin } : {}),
  };
}
