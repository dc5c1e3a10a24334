/**
 * Turns a Debian package record and its shape into the files dpkg would unpack, with the
 * installed size divided deterministically among them: the program (commands, libraries,
 * notable files), /usr/share/doc (copyright, changelog), man pages and translations. The
 * parts follow the shape's percentages, so slim images (which drop docs, man pages and
 * translations) come out as much smaller than full ones as the real ones do.
 */
import type { Package, PackageFile } from '../types';
import { bashConfigText } from './bash-texts';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';
import { configFileSize, isConfigFile } from './config-sizes';
import type { DebRecord } from './records';
import type { DebShape } from './shapes';
import { sudoConfigFiles } from './sudoers-texts';

const MULTIARCH = '/usr/lib/x86_64-linux-gnu';
/** Languages that translations ship in, most common first. */
const LANGS =
  'de fr es it ja pt_BR ru zh_CN pl sv nl uk cs da fi hu ko ro sk tr vi zh_TW ca el eo gl id nb pt sr sl et eu ga he hr ka ms ta'.split(
    ' ',
  );

interface Bucket {
  files: PackageFile[];
  weights: number[];
}

function add(bucket: Bucket, file: PackageFile, weight: number): void {
  bucket.files.push(file);
  bucket.weights.push(weight);
}

/** "libcurl.so.4.8.0" → "libcurl.so.4": the name programs link against. */
export function soname(file: string): string {
  const match = /^(.*?\.so\.\d+)(\..*)?$/.exec(file);
  return match?.[1] ?? file;
}

/**
 * Configuration files whose content matters to what runs (sudo reads /etc/sudoers), with
 * their real text, for packages whose shape does not list them.
 */
function packagedConfigFiles(name: string, version: string): PackageFile[] {
  return name === 'sudo' ? sudoConfigFiles(version) : [];
}

export function expandDeb(record: DebRecord, shape: DebShape, summary: string): Package {
  const { name } = record;
  const total = record.kb * 1024;
  const links: PackageFile[] = [];
  const main: Bucket = { files: [], weights: [] };
  const link = (path: string, target: string) =>
    links.push({ path, size: target.length, link: target });
  /** Configuration files keep their own small sizes, outside the split below. */
  const configs: PackageFile[] = [];
  const ubuntu = record.version.includes('ubuntu');

  for (const [dir, names] of [
    ['/usr/bin', shape.bin],
    ['/usr/sbin', shape.sbin],
  ] as const) {
    for (const entry of names) {
      const [cmd, target] = entry.split('>') as [string, string | undefined];
      if (target !== undefined) link(`${dir}/${cmd}`, target);
      else add(main, { path: `${dir}/${cmd}`, size: 0, mode: 0o755 }, 4 * jitter(name + cmd));
    }
  }
  for (const lib of shape.lib) {
    add(main, { path: `${MULTIARCH}/${lib}`, size: 0 }, 8 * jitter(lib));
    const so = soname(lib);
    if (so !== lib) link(`${MULTIARCH}/${so}`, lib);
  }
  for (const path of shape.files) {
    if (isConfigFile(path)) {
      const text = name === 'bash' ? bashConfigText(path, ubuntu) : undefined;
      configs.push(
        text === undefined
          ? { path: `/${path}`, size: configFileSize(path, ubuntu), mode: 0o644 }
          : { path: `/${path}`, size: text.length, mode: 0o644, text },
      );
      continue;
    }
    const executable = /\/(s?bin|libexec)\//.test(path) || /\.so$/.test(path);
    add(main, { path: `/${path}`, size: 0, mode: executable ? 0o755 : 0o644 }, 2 * jitter(path));
  }
  for (const [path, target] of shape.links) link(`/${path}`, target);
  configs.push(...packagedConfigFiles(name, record.version));

  const doc: Bucket = { files: [], weights: [] };
  add(doc, { path: `/usr/share/doc/${name}/copyright`, size: 0 }, 1);
  add(doc, { path: `/usr/share/doc/${name}/changelog.Debian.gz`, size: 0 }, 2);
  const man: Bucket = { files: [], weights: [] };
  if (shape.man > 0) {
    for (const cmd of shape.bin.slice(0, 40)) {
      const base = cmd.split('>')[0] ?? cmd;
      add(man, { path: `/usr/share/man/man1/${base}.1.gz`, size: 0 }, jitter(base));
    }
    for (const cmd of shape.sbin.slice(0, 20)) {
      const base = cmd.split('>')[0] ?? cmd;
      add(man, { path: `/usr/share/man/man8/${base}.8.gz`, size: 0 }, jitter(base));
    }
    if (man.files.length === 0) add(man, { path: `/usr/share/man/man5/${name}.5.gz`, size: 0 }, 1);
  }
  const nls: Bucket = { files: [], weights: [] };
  const fixedBytes = [...links, ...configs].reduce((sum, f) => sum + f.size, 0);
  const budget = Math.max(0, total - fixedBytes);
  let nlsBytes = Math.floor((budget * shape.nls) / 100);
  if (nlsBytes > 0) {
    const count = Math.max(1, Math.min(LANGS.length, Math.round(nlsBytes / 40000)));
    for (const lang of LANGS.slice(0, count)) {
      add(
        nls,
        { path: `/usr/share/locale/${lang}/LC_MESSAGES/${name}.mo`, size: 0 },
        jitter(lang + name),
      );
    }
  }
  let manBytes = man.files.length > 0 ? Math.floor((budget * Math.max(shape.man, 1)) / 100) : 0;
  let docBytes = Math.max(Math.floor((budget * shape.doc) / 100), Math.min(budget, 1800));
  if (main.files.length === 0) {
    // Nothing but documentation (a metapackage, a keyring): the docs hold the rest.
    docBytes = budget - manBytes - nlsBytes;
    if (docBytes < 0) [docBytes, manBytes, nlsBytes] = [budget, 0, 0];
  }
  let mainBytes = budget - docBytes - manBytes - nlsBytes;
  if (mainBytes < main.files.length) {
    // A tiny package: the program gets what it needs first, docs the rest.
    mainBytes = Math.min(budget, Math.max(main.files.length * 64, Math.floor(budget / 2)));
    docBytes = budget - mainBytes;
    manBytes = 0;
    nlsBytes = 0;
  }
  const files: PackageFile[] = [];
  for (const [bucket, bytes] of [
    [main, mainBytes],
    [doc, docBytes],
    [man, manBytes],
    [nls, nlsBytes],
  ] as const) {
    if (bucket.files.length === 0 || (bytes === 0 && bucket !== main)) continue;
    const sizes = splitBytes(bytes, bucket.weights);
    bucket.files.forEach((file, i) => files.push({ ...file, size: sizes[i] ?? 0 }));
  }
  files.push(...configs, ...links);
  return {
    ecosystem: 'deb',
    name,
    version: record.version,
    depends: record.depends,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: record.downloadKb * 1000,
    files,
    summary,
    section: record.section,
    priority: record.priority,
    essential: record.essential,
    architecture: record.archAll ? 'all' : 'amd64',
  };
}
