/**
 * PyPI packages as pip installs their wheels: the import packages, a .dist-info folder
 * (METADATA, WHEEL, INSTALLER, RECORD, entry_points.txt) and console scripts, with paths
 * relative to site-packages (scripts as `../../../bin/<name>`, as RECORD lists them). Script
 * texts start `#!{python}`; compiled modules carry `{abi}` (install-paths.ts fills both in).
 */
import { utf8Length } from '../../fs/node';
import { djangoAdminStatic } from '../data/lang/django-admin-static';
import type { Package, PackageFile } from '../types';
import { fnv1a, jitter } from '../util/hash';
import { words } from '../util/line-fields';
import { splitBytes } from '../util/split';

export interface PypiRecord {
  name: string;
  version: string;
  kb: number;
  depends: string[];
  summary: string;
  modules: string[];
  scripts: string[];
}

export function parsePypiLines(text: string): Map<string, PypiRecord> {
  const records = new Map<string, PypiRecord>();
  for (const line of text.split('\n')) {
    const [head, summary, modules, scripts] = line.split('|');
    const [name, version, kb, ...depends] = (head ?? '').trim().split(' ');
    if (!name || !version) continue;
    records.set(name, {
      name,
      version,
      kb: Number(kb) || 0,
      depends,
      summary: summary ?? '',
      modules: words(modules),
      scripts: words(scripts),
    });
  }
  return records;
}

/** "typing-extensions" → "typing_extensions" (wheel and dist-info names). */
export function distName(name: string): string {
  return name.replace(/[-.]+/g, '_').toLowerCase();
}

function modulePaths(entries: readonly string[]): string[] {
  const paths: string[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    if (colon < 0) {
      paths.push(entry);
      continue;
    }
    const dir = entry.slice(0, colon);
    for (const file of entry.slice(colon + 1).split(',')) {
      paths.push(
        `${dir}/${/\.[A-Za-z0-9{}_-]+$/.test(file) && !/^__init__$/.test(file) ? file : `${file}.py`}`,
      );
    }
  }
  return paths;
}

function weight(path: string): number {
  if (/\.so(\.[\d.]+)?$/.test(path) || path.includes('{abi}')) return 30 * jitter(path, 0.5, 1.5);
  if (/\.(json|gz|pem|mo|js)$/.test(path)) return 6 * jitter(path);
  if (path.endsWith('py.typed') || path.endsWith('.pth')) return 0;
  return jitter(path, 0.2, 1.8);
}

/** A base64url-looking sha256 for RECORD (stand-in: the content is not modelled). */
function recordHash(key: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let h = fnv1a(key);
  let out = '';
  for (let i = 0; i < 43; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    out += alphabet[h & 63];
  }
  return out;
}

/** Files a package ships with their real names and sizes, beside its modelled modules. */
const SIZED_FILES: Record<string, (version: string) => readonly PackageFile[]> = {
  django: djangoAdminStatic,
};

export function expandPypi(record: PypiRecord): Package {
  const { name, version } = record;
  const info = `${distName(name)}-${version}.dist-info`;
  const code = modulePaths(record.modules);
  const texts: PackageFile[] = [];
  const text = (path: string, content: string, mode?: number) =>
    texts.push({ path, size: utf8Length(content), text: content, ...(mode ? { mode } : {}) });
  const requires = record.depends.map((d) => `Requires-Dist: ${d}`).join('\n');
  text(
    `${info}/METADATA`,
    `Metadata-Version: 2.4\nName: ${name}\nVersion: ${version}\nSummary: ${record.summary}\nRequires-Python: >=3.9\n${requires ? `${requires}\n` : ''}`,
  );
  const pure = !code.some((p) => p.includes('{abi}') || /\.so(\.|$)/.test(p));
  text(
    `${info}/WHEEL`,
    `Wheel-Version: 1.0\nGenerator: ${pure ? 'flit 3.12.0' : 'setuptools (80.9.0)'}\nRoot-Is-Purelib: ${pure}\nTag: ${pure ? 'py3-none-any' : 'cp3XX-cp3XX-manylinux_2_17_x86_64.manylinux2014_x86_64'}\n`,
  );
  text(`${info}/INSTALLER`, 'pip\n');
  const scripts = record.scripts.map((s) => s.split('=') as [string, string]);
  if (scripts.length > 0) {
    text(
      `${info}/entry_points.txt`,
      `[console_scripts]\n${scripts.map(([n, target]) => `${n} = ${target}`).join('\n')}\n`,
    );
  }
  for (const [script, target] of scripts) {
    const [mod, fn] = target.split(':') as [string, string];
    text(
      `../../../bin/${script}`,
      `#!{python}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${mod} import ${fn}\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(${fn}())\n`,
      0o755,
    );
  }
  const sized = SIZED_FILES[name]?.(version) ?? [];
  const fixed = [...texts, ...sized].reduce((sum, f) => sum + f.size, 0);
  const budget = Math.max(code.length, record.kb * 1024 - fixed - 2_000);
  const sizes = splitBytes(budget, code.map(weight));
  const files: PackageFile[] = code.map((path, i) => ({ path, size: sizes[i] ?? 0 }));
  files.push(...sized, ...texts);
  const record_ =
    [
      ...files.map((f) => `${f.path},sha256=${recordHash(`${name}${version}${f.path}`)},${f.size}`),
      `${info}/RECORD,,`,
    ].join('\n') + '\n';
  files.push({ path: `${info}/RECORD`, size: utf8Length(record_), text: record_ });
  return {
    ecosystem: 'pypi',
    name,
    version,
    depends: record.depends,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: Math.round(record.kb * 1024 * (pure ? 0.3 : 0.38)),
    files,
    summary: record.summary,
  };
}

/**
 * A package as another release of it installs: files the catalog knows per release (Django's
 * admin static files) are swapped for that release's; the rest stays the catalog release's.
 */
export function pypiRelease(pkg: Package, version: string): Package {
  const sized = SIZED_FILES[pkg.name];
  if (!sized || version === pkg.version) return pkg;
  const drop = new Set(sized(pkg.version).map((f) => f.path));
  const files = [...pkg.files.filter((f) => !drop.has(f.path)), ...sized(version)];
  return { ...pkg, files, installedSize: files.reduce((sum, f) => sum + f.size, 0) };
}
