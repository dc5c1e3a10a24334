/**
 * Alpine's minirootfs (the alpine image's only layer) and apk's database, so that apk in a
 * container knows what is installed: /lib/apk/db/installed holds one paragraph per package
 * (P: name, V: version, D: depends, F:/R: its directories and files).
 */
import type { DirNode } from '../../fs/node';
import type { ApkArchive } from '../apk/packages';
import type { Package } from '../types';
import { TreeBuilder } from '../util/tree-builder';
import { APPLETS } from './busybox-applets';

export interface AlpineRelease {
  /** "3.22.2" */
  version: string;
  /** Version overrides for an older branch's base packages. */
  versions?: Record<string, string>;
}

export const ALPINE_BASE = [
  'alpine-baselayout',
  'alpine-keys',
  'alpine-release',
  'apk-tools',
  'busybox',
  'busybox-binsh',
  'ca-certificates-bundle',
  'libc-utils',
  'ssl_client',
  'zlib',
];

export const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

export function alpineOsRelease(version: string): string {
  const branch = version.split('.').slice(0, 2).join('.');
  return `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${version}
PRETTY_NAME="Alpine Linux v${branch}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;
}

/** One package's paragraph in /lib/apk/db/installed. */
export function apkDbEntry(pkg: Package, placed: readonly string[]): string {
  const lines = [
    `P:${pkg.name}`,
    `V:${pkg.version}`,
    'A:x86_64',
    `S:${pkg.downloadSize}`,
    `I:${pkg.installedSize}`,
    `T:${pkg.summary}`,
  ];
  if (pkg.depends.length > 0) lines.push(`D:${pkg.depends.join(' ')}`);
  const byDir = new Map<string, string[]>();
  for (const path of placed) {
    const cut = path.lastIndexOf('/');
    const dir = path.slice(1, cut);
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.slice(cut + 1)]);
  }
  for (const dir of [...byDir.keys()].sort()) {
    lines.push(`F:${dir}`);
    for (const file of byDir.get(dir) ?? []) lines.push(`R:${file}`);
  }
  return lines.join('\n') + '\n';
}

/** Adds packages (and dependencies not yet installed) to a layer; returns the new world. */
export function installApks(
  builder: TreeBuilder,
  archive: ApkArchive,
  installed: readonly string[],
  roots: readonly string[],
  db: string,
  versions: Record<string, string> = {},
): { installed: string[]; db: string } {
  const have = new Set(installed);
  let text = db;
  const added: string[] = [];
  for (const name of archive.closure(roots)) {
    if (have.has(name)) continue;
    const found = archive.package(name);
    if (!found) continue;
    const pkg = versions[name] ? { ...found, version: versions[name] as string } : found;
    const placed = builder.packageFiles(pkg.files, `apk:${pkg.name}@${pkg.version}`);
    text += apkDbEntry(pkg, placed) + '\n';
    added.push(name);
  }
  builder.text('/lib/apk/db/installed', text);
  return { installed: [...installed, ...added], db: text };
}

export function alpineRootfs(
  archive: ApkArchive,
  release: AlpineRelease,
): { tree: DirNode; installed: string[]; db: string } {
  const builder = new TreeBuilder();
  for (const dir of [
    'bin',
    'dev',
    'etc',
    'home',
    'lib',
    'mnt',
    'opt',
    'proc',
    'run',
    'sbin',
    'srv',
    'sys',
  ])
    builder.dir(`/${dir}`);
  for (const dir of ['cdrom', 'floppy', 'usb']) builder.dir(`/media/${dir}`);
  builder.dir('/root', 0o700).dir('/tmp', 0o1777).dir('/var/tmp', 0o1777);
  for (const dir of ['bin', 'lib', 'local/bin', 'local/lib', 'local/share', 'sbin', 'share'])
    builder.dir(`/usr/${dir}`);
  for (const dir of ['cache', 'empty', 'lib', 'local', 'log', 'mail', 'opt', 'spool'])
    builder.dir(`/var/${dir}`);
  builder
    .link('/var/run', '/run')
    .link('/var/lock', '../run/lock')
    .link('/var/spool/mail', '../mail');
  const world = installApks(builder, archive, [], ALPINE_BASE, '', release.versions);
  // busybox's trigger links every applet that no package provides as a real file
  for (const [dir, names] of Object.entries(APPLETS)) {
    for (const name of names.split(' ')) {
      const path = `${dir}/${name}`;
      if (!builder.has(path)) builder.link(path, '/bin/busybox');
    }
  }
  const branch = release.version.split('.').slice(0, 2).join('.');
  builder.text('/etc/os-release', alpineOsRelease(release.version));
  builder.text('/etc/alpine-release', `${release.version}\n`);
  builder.text('/etc/passwd', ALPINE_PASSWD).text('/etc/group', ALPINE_GROUP);
  builder.text(
    '/etc/shadow',
    ALPINE_PASSWD.split('\n')
      .filter(Boolean)
      .map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`)
      .join('\n') + '\n',
    0o640,
    { uid: 0, gid: 42 },
  );
  // Alpine 3.13 was the first to list its repositories over https.
  const scheme = Number(branch.split('.')[1]) < 13 && branch.startsWith('3.') ? 'http' : 'https';
  builder.text(
    '/etc/apk/repositories',
    `${scheme}://dl-cdn.alpinelinux.org/alpine/v${branch}/main\n${scheme}://dl-cdn.alpinelinux.org/alpine/v${branch}/community\n`,
  );
  builder.text(
    '/etc/apk/world',
    [
      'alpine-baselayout',
      'alpine-keys',
      'alpine-release',
      'apk-tools',
      'busybox',
      'libc-utils',
    ].join('\n') + '\n',
  );
  builder.text('/etc/apk/arch', 'x86_64\n');
  builder.dir('/etc/apk/protected_paths.d').dir('/etc/apk/keys');
  builder
    .text('/lib/apk/db/lock', '')
    .text('/lib/apk/db/triggers', 'busybox /bin /sbin /usr/bin /usr/sbin\n');
  builder.blob('/lib/apk/db/scripts.tar', `apk:${release.version}:scripts`, 13_312);
  return { tree: builder.build(), ...world };
}
