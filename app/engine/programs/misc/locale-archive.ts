/**
 * Generated locales: glibc keeps the ones locale-gen and localedef compile in one file,
 * /usr/lib/locale/locale-archive. The simulation does not hold its bytes; its blob id lists
 * the locales it holds, so `locale -a` and update-locale's check can read them back.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText, writeBlob, writeText } from '../common/fs-helpers';

export const ARCHIVE = '/usr/lib/locale/locale-archive';
export const LOCALE_GEN = '/etc/locale.gen';
const PREFIX = 'locale-archive:';
/** The archive with one UTF-8 locale is ~3 MB; each further one adds about 1.6 MB. */
const FIRST_BYTES = 3_035_856;
const EACH_BYTES = 1_612_000;

/** "en_US.UTF-8" → "en_US.utf8": the codeset as glibc normalises it in locale names. */
export function normalizeLocale(name: string): string {
  const match = /^([^.@]+)(?:\.([^@]+))?(@.*)?$/.exec(name);
  if (!match) return name;
  const [, base = '', codeset, modifier = ''] = match;
  if (codeset === undefined) return name;
  const normal = /^[0-9]+$/.test(codeset.replace(/[^a-z0-9]/gi, ''))
    ? `iso${codeset.replace(/[^a-z0-9]/gi, '').toLowerCase()}`
    : codeset.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return `${base}.${normal}${modifier}`;
}

export function archivedLocales(fs: FileSystem): string[] {
  const file = fs.readFile(ARCHIVE);
  if (!file.ok || file.value.node.kind !== 'file') return [];
  const blob = file.value.node.blob ?? '';
  return blob.startsWith(PREFIX) ? blob.slice(PREFIX.length).split(',').filter(Boolean) : [];
}

/** Adds locales (by any spelling) to the archive; returns the normalised names added. */
export function addToArchive(fs: FileSystem, names: readonly string[]): string[] {
  const held = archivedLocales(fs);
  const added = names.map(normalizeLocale).filter((n) => !held.includes(n));
  const all = [...new Set([...held, ...added])].sort();
  if (all.length > 0)
    writeBlob(
      fs,
      ARCHIVE,
      `${PREFIX}${all.join(',')}`,
      FIRST_BYTES + (all.length - 1) * EACH_BYTES,
    );
  return added;
}

/** Every locale the system has: the built-in C, C.utf8 and POSIX, then the archive's. */
export function availableLocales(fs: FileSystem): string[] {
  return ['C', 'C.utf8', 'POSIX', ...archivedLocales(fs)];
}

/** Whether a locale name (as LANG spells it) is available, as setlocale(3) would find it. */
export function isAvailable(fs: FileSystem, name: string): boolean {
  if (name === '' || name === 'C' || name === 'POSIX') return true;
  return availableLocales(fs).includes(normalizeLocale(name));
}

const HEADER = `# This file lists locales that you wish to have built. You can find a list
# of valid supported locales at /usr/share/i18n/SUPPORTED, and you can add
# user defined locales to /usr/local/share/i18n/SUPPORTED. If you change
# this file, you need to rerun locale-gen.


`;

/** A selection of the SUPPORTED list: the common languages, each as Debian lists them. */
const SUPPORTED = `ar_EG.UTF-8 UTF-8
ca_ES ISO-8859-1
ca_ES.UTF-8 UTF-8
cs_CZ ISO-8859-2
cs_CZ.UTF-8 UTF-8
da_DK ISO-8859-1
da_DK.UTF-8 UTF-8
de_AT ISO-8859-1
de_AT.UTF-8 UTF-8
de_CH ISO-8859-1
de_CH.UTF-8 UTF-8
de_DE ISO-8859-1
de_DE.UTF-8 UTF-8
de_DE@euro ISO-8859-15
el_GR ISO-8859-7
el_GR.UTF-8 UTF-8
en_AU ISO-8859-1
en_AU.UTF-8 UTF-8
en_CA ISO-8859-1
en_CA.UTF-8 UTF-8
en_GB ISO-8859-1
en_GB.ISO-8859-15 ISO-8859-15
en_GB.UTF-8 UTF-8
en_IE ISO-8859-1
en_IE.UTF-8 UTF-8
en_IN UTF-8
en_NZ ISO-8859-1
en_NZ.UTF-8 UTF-8
en_US ISO-8859-1
en_US.ISO-8859-15 ISO-8859-15
en_US.UTF-8 UTF-8
es_AR ISO-8859-1
es_AR.UTF-8 UTF-8
es_ES ISO-8859-1
es_ES.UTF-8 UTF-8
es_MX ISO-8859-1
es_MX.UTF-8 UTF-8
fi_FI ISO-8859-1
fi_FI.UTF-8 UTF-8
fr_BE ISO-8859-1
fr_BE.UTF-8 UTF-8
fr_CA ISO-8859-1
fr_CA.UTF-8 UTF-8
fr_CH ISO-8859-1
fr_CH.UTF-8 UTF-8
fr_FR ISO-8859-1
fr_FR.UTF-8 UTF-8
fr_FR@euro ISO-8859-15
he_IL ISO-8859-8
he_IL.UTF-8 UTF-8
hi_IN UTF-8
hu_HU ISO-8859-2
hu_HU.UTF-8 UTF-8
id_ID ISO-8859-1
id_ID.UTF-8 UTF-8
it_IT ISO-8859-1
it_IT.UTF-8 UTF-8
ja_JP.EUC-JP EUC-JP
ja_JP.UTF-8 UTF-8
ko_KR.EUC-KR EUC-KR
ko_KR.UTF-8 UTF-8
nb_NO ISO-8859-1
nb_NO.UTF-8 UTF-8
nl_BE ISO-8859-1
nl_BE.UTF-8 UTF-8
nl_NL ISO-8859-1
nl_NL.UTF-8 UTF-8
pl_PL ISO-8859-2
pl_PL.UTF-8 UTF-8
pt_BR ISO-8859-1
pt_BR.UTF-8 UTF-8
pt_PT ISO-8859-1
pt_PT.UTF-8 UTF-8
ro_RO ISO-8859-2
ro_RO.UTF-8 UTF-8
ru_RU ISO-8859-5
ru_RU.UTF-8 UTF-8
sv_SE ISO-8859-1
sv_SE.UTF-8 UTF-8
th_TH.UTF-8 UTF-8
tr_TR ISO-8859-9
tr_TR.UTF-8 UTF-8
uk_UA KOI8-U
uk_UA.UTF-8 UTF-8
vi_VN UTF-8
zh_CN GB2312
zh_CN.GB18030 GB18030
zh_CN.UTF-8 UTF-8
zh_HK.UTF-8 UTF-8
zh_TW BIG5
zh_TW.UTF-8 UTF-8
`;

/**
 * The /etc/locale.gen the locales package's postinst writes when there is none: every
 * supported locale, commented out (so `sed -i 's/# en_US.UTF-8/en_US.UTF-8/'` has a line).
 */
export function writeDefaultLocaleGen(fs: FileSystem): void {
  if (readText(fs, LOCALE_GEN) !== undefined) return;
  const lines = SUPPORTED.split('\n')
    .filter(Boolean)
    .map((l) => `# ${l}\n`);
  writeText(fs, LOCALE_GEN, HEADER + lines.join(''), 0o644);
}

/** The "locale charset" lines locale.gen enables (not commented out). */
export function enabledLocales(fs: FileSystem): [string, string][] {
  return (readText(fs, LOCALE_GEN) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name = '', charset = ''] = l.split(/\s+/);
      return [name, charset];
    });
}
