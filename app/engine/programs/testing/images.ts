/**
 * Test support: minimal base-image trees for the package tools, holding just what the tools
 * read (os-release, apt's Docker config, dpkg's database, Python's and Node's executables).
 */
import { emptyDir, symlink, textFile, blobFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';

export type TreeSpec = Record<string, string | { blob: number; mode?: number } | { link: string }>;

/** A tree from paths: "dir/" for a directory, text for a file, {blob} or {link}. */
export function tree(spec: TreeSpec): DirNode {
  let root = emptyDir();
  for (const [path, value] of Object.entries(spec)) {
    const parts = splitPath(path);
    if (path.endsWith('/')) root = setAt(root, parts, emptyDir());
    else if (typeof value === 'string') root = setAt(root, parts, textFile(value));
    else if ('link' in value) root = setAt(root, parts, symlink(value.link));
    else root = setAt(root, parts, blobFile(`test:${path}`, value.blob, value.mode ?? 0o755));
  }
  return root;
}

const DPKG_STATUS = `Package: base-files
Essential: yes
Status: install ok installed
Priority: required
Installed-Size: 340
Architecture: amd64
Version: 13.8
Description: Debian base system miscellaneous files

Package: libc-bin
Essential: yes
Status: install ok installed
Priority: required
Installed-Size: 2000
Architecture: amd64
Version: 2.41-12
Depends: libc6 (>> 2.41), libc6 (<< 2.42)
Description: GNU C Library: Binaries

Package: libc6
Status: install ok installed
Priority: optional
Installed-Size: 12000
Architecture: amd64
Multi-Arch: same
Version: 2.41-12
Description: GNU C Library: Shared libraries

`;

export function debianTree(extra: TreeSpec = {}): DirNode {
  return tree({
    '/etc/os-release':
      'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_CODENAME=trixie\nID=debian\n',
    '/etc/apt/apt.conf.d/docker-clean': 'Dir::Cache::pkgcache "";\n',
    '/etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n',
    '/usr/bin/apt-get': { blob: 50_000 },
    '/usr/bin/dpkg': { blob: 300_000 },
    '/bin': { link: 'usr/bin' },
    '/var/lib/apt/lists/': '',
    '/var/cache/apt/archives/partial/': '',
    '/var/lib/dpkg/status': DPKG_STATUS,
    '/var/lib/dpkg/info/base-files.list': '/.\n/etc\n/etc/debian_version\n',
    '/var/lib/dpkg/info/libc6:amd64.list':
      '/.\n/usr\n/usr/lib\n/usr/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu/libc.so.6\n',
    '/var/lib/dpkg/info/libc-bin.list': '/.\n/usr\n/usr/sbin\n/usr/sbin/ldconfig\n',
    '/usr/lib/x86_64-linux-gnu/libc.so.6': { blob: 2_000_000 },
    '/usr/sbin/ldconfig': { blob: 900_000 },
    '/etc/debian_version': '13.1\n',
    '/root/': '',
    '/tmp/': '',
    ...extra,
  });
}

export function debianFs(extra: TreeSpec = {}): OverlayFs {
  return new OverlayFs([debianTree(extra)]);
}
