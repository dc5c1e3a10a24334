/**
 * Where a catalog package's files land, for the programs that install them (pip, npm, go):
 * the convention documented on `PackageFile` in types.ts, in one place.
 */
import { utf8Length } from '../fs/node';
import { resolvePath } from '../fs/path';
import type { Package, PackageFile } from './types';

export interface PythonTarget {
  /** "/usr/local/lib/python3.14/site-packages", or a venv's. */
  sitePackages: string;
  /** The interpreter scripts start with: "/usr/local/bin/python3.14". */
  python: string;
  /** "3.14.2" or "3.14". */
  pythonVersion: string;
  /** musl for Alpine's Python. */
  libc?: 'gnu' | 'musl';
}

/** The compiled-module tag: "cpython-314-x86_64-linux-gnu". */
export function pythonAbiTag(version: string, libc: 'gnu' | 'musl' = 'gnu'): string {
  const [major, minor] = version.split('.');
  return `cpython-${major ?? '3'}${minor ?? ''}-x86_64-linux-${libc}`;
}

/** A pypi package's files with absolute paths, `{abi}` and `{python}` filled in. */
export function pythonPackageFiles(pkg: Package, target: PythonTarget): PackageFile[] {
  const abi = pythonAbiTag(target.pythonVersion, target.libc);
  const [major, minor] = target.pythonVersion.split('.');
  const cp = `cp${major ?? '3'}${minor ?? ''}`;
  return pkg.files.map((file) => {
    const path = resolvePath(target.sitePackages, file.path.replace('{abi}', abi));
    if (file.text === undefined) return { ...file, path };
    const text = file.text.replace('{python}', target.python).replace(/cp3XX/g, cp);
    return { ...file, path, text, size: utf8Length(text) };
  });
}

/** npm: files under the package's folder; `-g` uses /usr/local/lib/node_modules/<name>. */
export function npmPackageFiles(pkg: Package, nodeModules: string): PackageFile[] {
  return pkg.files.map((file) => ({
    ...file,
    path: resolvePath(`${nodeModules}/${pkg.name}`, file.path),
  }));
}

/** npm's command links: node_modules/.bin/<cmd> → ../<name>/<path> (for -g: /usr/local/bin). */
export function npmBinLinks(pkg: Package, binDir: string, relativeTo: string): PackageFile[] {
  return Object.entries(pkg.bin ?? {}).map(([cmd, path]) => {
    const link = `${relativeTo}/${pkg.name}/${path.replace(/^\.\//, '')}`;
    return { path: `${binDir}/${cmd}`, size: link.length, link };
  });
}

/** go: files under GOMODCACHE ("/go/pkg/mod" in the golang image). */
export function goModuleFiles(pkg: Package, modCache = '/go/pkg/mod'): PackageFile[] {
  return pkg.files.map((file) => ({ ...file, path: resolvePath(modCache, file.path) }));
}
