/**
 * /etc/os-release as programs read it to tell which release they run on (a tool's version
 * follows the release: shadow's useradd, sudo's wording). Values may be quoted.
 */
import type { FileSystem } from '../fs/filesystem';
import { readText } from './users';

/** A field of the image's /etc/os-release (`VERSION_CODENAME`, `ID`), unquoted; '' if absent. */
export function osReleaseField(fs: FileSystem, name: string): string {
  for (const line of readText(fs, '/etc/os-release').split('\n')) {
    if (line.startsWith(`${name}=`)) return line.slice(name.length + 1).replace(/^"|"$/g, '');
  }
  return '';
}
