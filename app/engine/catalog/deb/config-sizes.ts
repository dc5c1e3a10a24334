/**
 * Sizes for the configuration files a Debian package ships under /etc. They are small text
 * files, so they stay out of the split of the installed size among a package's programs
 * (which gave bash's /etc/skel/.bashrc 150kB, and every `useradd -m` home as much). The
 * files people look at (`ls -la ~` after useradd, /etc/bash.bashrc) carry their real sizes;
 * the others a plausible few kB.
 */
import { unitHash } from '../util/hash';

/** Real sizes on Debian, then on Ubuntu where they differ (bookworm and noble). */
const KNOWN: Record<string, [debian: number, ubuntu?: number]> = {
  'etc/skel/.bash_logout': [220],
  'etc/skel/.bashrc': [3_526, 3_771],
  'etc/skel/.profile': [807],
  'etc/bash.bashrc': [1_994, 2_319],
  'etc/adduser.conf': [3_040],
  'etc/deluser.conf': [604],
  'etc/debian_version': [5],
  'etc/default/useradd': [1_118],
};

/** Whether a package file (path without the leading slash) is a configuration file. */
export function isConfigFile(path: string): boolean {
  return path.startsWith('etc/') && !path.endsWith('.so');
}

/** The size of a configuration file; `ubuntu` when the package is Ubuntu's build. */
export function configFileSize(path: string, ubuntu: boolean): number {
  const known = KNOWN[path];
  if (known) return (ubuntu ? known[1] : undefined) ?? known[0];
  return 200 + Math.floor(3_800 * unitHash(path));
}
