/**
 * The files a wheel installs for one interpreter, and how a release other than the catalog's
 * own is laid out with the catalog's files (its dist-info folder renamed for its version).
 */
import { pythonPackageFiles } from '../../catalog/install-paths';
import type { Package, PackageFile } from '../../catalog/types';
import type { PythonEnv } from './env';

/**
 * A wheel's files for this interpreter: the catalog's paths carry {abi} and {python}
 * placeholders. Memoised per catalog package (whose files never change) and target, since
 * every `pip install` of the same package would work them out again.
 */
const wheelFileMemo = new WeakMap<Package, Map<string, readonly PackageFile[]>>();

export function wheelFiles(
  pkg: Package,
  version: string,
  site: string,
  env: PythonEnv,
): PackageFile[] {
  let byTarget = wheelFileMemo.get(pkg);
  if (!byTarget) wheelFileMemo.set(pkg, (byTarget = new Map()));
  const key = `${version}\0${site}\0${env.python}\0${env.version}`;
  let files = byTarget.get(key);
  if (!files) {
    files = releaseDistInfo(
      pythonPackageFiles(
        { ...pkg, version },
        { sitePackages: site, python: env.python, pythonVersion: env.version },
      ),
      pkg.version,
      version,
    );
    byTarget.set(key, files);
  }
  return files as PackageFile[];
}

/**
 * The catalog's files carry its own version's `<name>-<version>.dist-info`: another release
 * modelled with them gets its folder under its own version (one distribution, as pip list
 * shows it), with the METADATA left for writeDistInfo to write with that release's version
 * and dependencies.
 */
export function releaseDistInfo(
  files: readonly PackageFile[],
  catalogVersion: string,
  version: string,
): PackageFile[] {
  if (version === catalogVersion) return [...files];
  const folder = `-${catalogVersion}.dist-info/`;
  return files
    .filter((f) => !(f.path.includes(folder) && f.path.endsWith('/METADATA')))
    .map((f) =>
      f.path.includes(folder)
        ? { ...f, path: f.path.replace(folder, `-${version}.dist-info/`) }
        : f,
    );
}
