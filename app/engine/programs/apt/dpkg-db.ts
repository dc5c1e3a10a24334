/**
 * dpkg's database in the filesystem: /var/lib/dpkg/status (one paragraph per package),
 * /var/lib/dpkg/info/<pkg>.list and .md5sums (the files each package owns), and apt's
 * /var/lib/apt/extended_states (which packages were installed automatically). Programs read
 * it from the image, so what an image already has is skipped and apt-mark sees the truth.
 */
import type { Package } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { exists, listDir, readText, writeText } from '../common/fs-helpers';
import { md5Hex } from '../common/hash';
import {
  dependencyNames,
  field,
  formatParagraphs,
  parseParagraphs,
  withField,
  type Paragraph,
} from './control';

export const STATUS = '/var/lib/dpkg/status';
export const INFO = '/var/lib/dpkg/info';
export const EXTENDED_STATES = '/var/lib/apt/extended_states';

export interface InstalledDeb {
  name: string;
  version: string;
  /** "install ok installed", "deinstall ok config-files", ... */
  status: string;
  architecture: string;
  installedSizeKb: number;
  /** Each inner list is a group of alternatives. */
  depends: string[][];
  essential: boolean;
  priority: string;
  paragraph: Paragraph;
}

export interface DpkgDb {
  packages: Map<string, InstalledDeb>;
  auto: Set<string>;
}

export function readDpkgDb(fs: FileSystem): DpkgDb {
  const packages = new Map<string, InstalledDeb>();
  for (const paragraph of parseParagraphs(readText(fs, STATUS) ?? '')) {
    const name = field(paragraph, 'Package');
    if (!name) continue;
    packages.set(name, {
      name,
      version: field(paragraph, 'Version') ?? '',
      status: field(paragraph, 'Status') ?? 'install ok installed',
      architecture: field(paragraph, 'Architecture') ?? 'amd64',
      installedSizeKb: Number(field(paragraph, 'Installed-Size') ?? '0') || 0,
      depends: [
        ...dependencyNames(field(paragraph, 'Pre-Depends')),
        ...dependencyNames(field(paragraph, 'Depends')),
      ],
      essential: field(paragraph, 'Essential') === 'yes',
      priority: field(paragraph, 'Priority') ?? 'optional',
      paragraph,
    });
  }
  const auto = new Set<string>();
  for (const paragraph of parseParagraphs(readText(fs, EXTENDED_STATES) ?? '')) {
    const name = field(paragraph, 'Package');
    if (name && field(paragraph, 'Auto-Installed') === '1') auto.add(name);
  }
  return { packages, auto };
}

export function isInstalled(entry: InstalledDeb | undefined): entry is InstalledDeb {
  return entry !== undefined && entry.status.endsWith(' installed');
}

/** Writes status (keeping the previous one as status-old, as dpkg does) and extended_states. */
export function writeDpkgDb(fs: FileSystem, db: DpkgDb): void {
  const previous = readText(fs, STATUS);
  if (previous !== undefined) writeText(fs, `${STATUS}-old`, previous);
  const sorted = [...db.packages.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  writeText(fs, STATUS, formatParagraphs(sorted.map((p) => p.paragraph)));
  const autoParagraphs: Paragraph[] = [...db.auto]
    .filter((name) => isInstalled(db.packages.get(name)))
    .sort()
    .map((name) => [
      ['Package', name],
      // apt records the native architecture even for Architecture: all packages.
      ['Architecture', 'amd64'],
      ['Auto-Installed', '1'],
    ]);
  if (autoParagraphs.length > 0 || exists(fs, EXTENDED_STATES)) {
    writeText(fs, EXTENDED_STATES, formatParagraphs(autoParagraphs));
  }
}

/** Architecture-independent packages by name: documentation, data, certificates. */
export function debArchitecture(name: string): 'amd64' | 'all' {
  if (/-(common|data|doc|l10n|locales)$/.test(name)) return 'all';
  if (
    /^(ca-certificates|tzdata|media-types|netbase|publicsuffix|sensible-utils|debconf|adduser|init-system-helpers|fonts-.*|python3-[a-z].*)$/.test(
      name,
    )
  ) {
    return name.startsWith('python3-dev') ? 'amd64' : 'all';
  }
  return 'amd64';
}

/** Shared libraries are Multi-Arch: same, and dpkg names them with their architecture. */
export function isMultiArchSame(name: string): boolean {
  return /^lib/.test(name) && !/-(bin|utils|tools|progs|common|data|doc|l10n|perl)$/.test(name);
}

/** How dpkg prints a package: "libcurl4t64:amd64" for Multi-Arch: same, else the name. */
export function dpkgName(name: string): string {
  return isMultiArchSame(name) ? `${name}:amd64` : name;
}

export function newStatusEntry(pkg: Package): InstalledDeb {
  const architecture = debArchitecture(pkg.name);
  const installedSizeKb = Math.max(1, Math.ceil(pkg.installedSize / 1024));
  const paragraph: Paragraph = [
    ['Package', pkg.name],
    ['Status', 'install ok installed'],
    ['Installed-Size', String(installedSizeKb)],
    ['Architecture', architecture],
  ];
  if (isMultiArchSame(pkg.name)) paragraph.push(['Multi-Arch', 'same']);
  paragraph.push(['Version', pkg.version]);
  if (pkg.depends.length > 0) paragraph.push(['Depends', pkg.depends.join(', ')]);
  paragraph.push(['Description', pkg.summary || pkg.name]);
  return {
    name: pkg.name,
    version: pkg.version,
    status: 'install ok installed',
    architecture,
    installedSizeKb,
    depends: pkg.depends.map((d) => [d]),
    essential: false,
    priority: 'optional',
    paragraph,
  };
}

export function withStatus(entry: InstalledDeb, status: string): InstalledDeb {
  return { ...entry, status, paragraph: withField(entry.paragraph, 'Status', status) };
}

export function withVersion(entry: InstalledDeb, version: string): InstalledDeb {
  return { ...entry, version, paragraph: withField(entry.paragraph, 'Version', version) };
}

function infoBase(name: string): string {
  return `${INFO}/${dpkgName(name)}`;
}

/** The paths a package owns, from its .list file ("/." excluded). */
export function ownedPaths(fs: FileSystem, name: string): string[] {
  const text = readText(fs, `${infoBase(name)}.list`) ?? readText(fs, `${INFO}/${name}.list`) ?? '';
  return text.split('\n').filter((line) => line !== '' && line !== '/.');
}

/** Writes <pkg>.list (every directory and file, parents first) and <pkg>.md5sums. */
export function writeInfoFiles(
  fs: FileSystem,
  name: string,
  files: readonly string[],
  dirs: readonly string[],
  contentId: (path: string) => string,
): void {
  const all = [...new Set([...dirs, ...files])].sort(comparePaths);
  writeText(fs, `${infoBase(name)}.list`, ['/.', ...all].join('\n') + '\n');
  const sums = files
    .filter((path) => {
      const st = fs.lstat(path);
      return st.ok && st.value.node.kind === 'file';
    })
    .sort(comparePaths)
    .map((path) => `${md5Hex(contentId(path))}  ${path.slice(1)}`);
  writeText(fs, `${infoBase(name)}.md5sums`, sums.join('\n') + (sums.length > 0 ? '\n' : ''));
}

export function removeInfoFiles(fs: FileSystem, name: string): void {
  const prefixes = [`${dpkgName(name)}.`, `${name}.`];
  for (const file of listDir(fs, INFO)) {
    if (prefixes.some((prefix) => file.startsWith(prefix))) fs.remove(`${INFO}/${file}`);
  }
}

/** How many paths dpkg's database knows: the number in "(Reading database ... N files ...)". */
export function databaseEntryCount(fs: FileSystem): number {
  const seen = new Set<string>();
  for (const file of listDir(fs, INFO)) {
    if (!file.endsWith('.list')) continue;
    for (const line of (readText(fs, `${INFO}/${file}`) ?? '').split('\n'))
      if (line) seen.add(line);
  }
  return seen.size;
}

/** Path order as in a package's data.tar: a directory right before what it contains. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return (pa[i] as string) < (pb[i] as string) ? -1 : 1;
  }
  return pa.length - pb.length;
}
