/**
 * Where PHP lives in an official php image and what it was built with: the version (the
 * image's PHP_VERSION, else the extension directory's API number), the extension directory
 * `/usr/local/lib/php/extensions/no-debug-(non-)zts-<API>`, PHP_INI_DIR and its conf.d, and
 * the modules compiled into the binary by the image's ./configure. Everything else PHP loads
 * comes from the ini files that are really present, so `php -m` follows the layers.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProgramIO } from '../../shell/program';
import { exists, isDir, listDir, readText } from '../common/fs-helpers';

/** PHP_API_VERSION (= ZEND_MODULE_API_NO) of each line: the extension directory's name. */
const API: Record<string, string> = {
  '7.3': '20180731',
  '7.4': '20190902',
  '8.0': '20200930',
  '8.1': '20210902',
  '8.2': '20220829',
  '8.3': '20230831',
  '8.4': '20240924',
  '8.5': '20250925',
};

export interface PhpEnv {
  version: string;
  /** "8.2" */
  minor: string;
  api: string;
  zts: boolean;
  extDir: string;
  iniDir: string;
  confD: string;
  /** Alpine (apk) rather than Debian (dpkg). */
  alpine: boolean;
}

const EXT_ROOT = '/usr/local/lib/php/extensions';

function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** The PHP of an official image, or undefined when there is none at /usr/local/bin/php. */
export function phpEnv(io: Pick<ProgramIO, 'fs' | 'env'>): PhpEnv | undefined {
  const fs = io.fs;
  if (!exists(fs, '/usr/local/bin/php')) return undefined;
  const dirs = listDir(fs, EXT_ROOT).filter((d) => /^no-debug-(non-)?zts-\d{8}$/.test(d));
  const dirApi = dirs[0]?.slice(-8);
  let version = io.env.PHP_VERSION ?? '';
  if (!/^\d+\.\d+\.\d+/.test(version)) {
    const line = Object.entries(API).find(([, api]) => api === dirApi)?.[0] ?? '8.4';
    version = `${line}.0`;
  }
  const minor = minorOf(version);
  const api = dirApi ?? API[minor] ?? '20240924';
  const zts = dirs[0] !== undefined && !dirs[0].includes('non-zts');
  const iniDir = io.env.PHP_INI_DIR ?? '/usr/local/etc/php';
  return {
    version,
    minor,
    api,
    zts,
    extDir: `${EXT_ROOT}/${dirs[0] ?? `no-debug-${zts ? '' : 'non-'}zts-${api}`}`,
    iniDir,
    confD: `${iniDir}/conf.d`,
    alpine: exists(fs, '/lib/apk/db/installed'),
  };
}

/** The API number of a PHP line, for images and tests that make an extension directory. */
export function apiOf(minor: string): string {
  return API[minor] ?? '20240924';
}

/** Zend Extension Api No: the API prefixed by 3 (PHP 7) or 4 (PHP 8). */
export function zendExtensionApi(env: PhpEnv): string {
  return `${env.version.startsWith('7') ? 3 : 4}${env.api}`;
}

/** What the official images' ./configure compiles in (php -m of a fresh image). */
export function compiledModules(env: PhpEnv): string[] {
  const newer = (m: string) => Number(env.minor.replace('.', '0')) >= Number(m.replace('.', '0'));
  return [
    'Core',
    'ctype',
    'curl',
    'date',
    'dom',
    'fileinfo',
    'filter',
    ...(newer('8.4') ? [] : ['ftp']),
    'hash',
    'iconv',
    'json',
    ...(newer('8.5') ? ['lexbor', 'uri', 'Zend OPcache'] : []),
    'libxml',
    'mbstring',
    'mysqlnd',
    'openssl',
    'pcre',
    'PDO',
    'pdo_sqlite',
    'Phar',
    'posix',
    ...(newer('8.2') ? ['random'] : []),
    'readline',
    'Reflection',
    'session',
    'SimpleXML',
    'SPL',
    'sqlite3',
    'standard',
    'tokenizer',
    'xml',
    'xmlreader',
    'xmlwriter',
    'zlib',
  ];
}

/** How an extension's file name shows in `php -m` (opcache is "Zend OPcache"). */
export function moduleName(file: string): string {
  const base = file.replace(/^.*\//, '').replace(/\.so$/, '');
  if (base === 'opcache') return 'Zend OPcache';
  return base;
}

export interface IniState {
  /** php.ini if present. */
  loaded?: string;
  /** conf.d/*.ini in order. */
  scanned: string[];
  /** extension= and zend_extension= lines, in load order. */
  extensions: { file: string; zend: boolean; from: string }[];
}

/** Reads php.ini and conf.d as PHP does at startup (files in alphabetical order). */
export function readIni(fs: FileSystem, env: PhpEnv): IniState {
  const main = `${env.iniDir}/php.ini`;
  const loaded = exists(fs, main) ? main : undefined;
  const scanned = isDir(fs, env.confD)
    ? listDir(fs, env.confD)
        .filter((f) => f.endsWith('.ini'))
        .sort()
        .map((f) => `${env.confD}/${f}`)
    : [];
  const extensions: IniState['extensions'] = [];
  for (const path of [...(loaded ? [loaded] : []), ...scanned]) {
    for (const raw of (readText(fs, path) ?? '').split('\n')) {
      const m = /^\s*(zend_extension|extension)\s*=\s*"?([^";\s]+)"?/.exec(raw);
      if (m) extensions.push({ file: m[2] as string, zend: m[1] === 'zend_extension', from: path });
    }
  }
  return { ...(loaded ? { loaded } : {}), scanned, extensions };
}

/** The path an `extension=` value names: absolute, or in the extension directory. */
export function extensionPath(env: PhpEnv, file: string): string {
  if (file.startsWith('/')) return file;
  return `${env.extDir}/${file.endsWith('.so') ? file : `${file}.so`}`;
}

export interface Modules {
  php: string[];
  zend: string[];
  /** `extension=` lines whose file is missing: PHP's startup warnings. */
  missing: string[];
}

/** Compiled-in plus loaded modules, sorted as `php -m` sorts them (case-insensitively). */
export function loadedModules(fs: FileSystem, env: PhpEnv): Modules {
  const php = new Set(compiledModules(env));
  const zend = new Set<string>(env.minor === '8.5' ? ['Zend OPcache'] : []);
  const missing: string[] = [];
  for (const ext of readIni(fs, env).extensions) {
    if (!exists(fs, extensionPath(env, ext.file))) {
      missing.push(ext.file);
      continue;
    }
    const name = moduleName(ext.file);
    if (name === 'xdebug') {
      php.add('xdebug');
      zend.add('Xdebug');
    } else {
      php.add(name);
      if (ext.zend) zend.add(name);
    }
  }
  const sort = (s: Set<string>) =>
    [...s].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
  return { php: sort(php), zend: sort(zend), missing };
}
