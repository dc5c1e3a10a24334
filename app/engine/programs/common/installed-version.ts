/**
 * Which version of a system package the image has installed, from dpkg's or apk's own record:
 * programs whose wording or behaviour changed between releases (git, cmake, gcc) follow the
 * release the distribution ships rather than one fixed version.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readDpkgDb } from '../apt/dpkg-db';
import { readInstalled } from '../apk/apk-db';

/** "1:2.39.5-0+deb12u2" → "2.39.5"; "13.2.1_git20240309-r2" → "13.2.1". */
export function upstreamOf(packageVersion: string): string {
  return packageVersion.replace(/^\d+:/, '').replace(/[-_+~].*$/, '');
}

/** The installed package's upstream version, or undefined when neither dpkg nor apk has it. */
export function installedVersion(fs: FileSystem, name: string): string | undefined {
  const deb = readDpkgDb(fs).packages.get(name)?.version;
  const recorded = deb ?? readInstalled(fs).get(name)?.version;
  return recorded === undefined ? undefined : upstreamOf(recorded);
}
