/**
 * The account files a `useradd`/`adduser` step rewrites: the base's /etc/passwd, group,
 * shadow (and Debian's gshadow) with the new user appended, as whole new copies in the
 * layer (that is what makes such a step a layer of its own).
 */
import { ALPINE_GROUP, ALPINE_PASSWD } from '../rootfs/alpine';
import { accountFiles } from '../rootfs/debian-texts';
import type { BaseImage } from '../images/base';
import { DEBIAN_EPOCH } from '../images/world';
import type { PackageFile } from '../types';
import { textFile } from './layers';
import { OL_GROUP, OL_PASSWD } from './oraclelinux';

export interface NewUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  /** The comment field (useradd --comment, adduser -g); Alpine's adduser says "Linux User,,,". */
  gecos?: string;
  /** Create the home directory (useradd --create-home, adduser without -H). */
  createHome?: boolean;
}

/** A directory the Dockerfile made and chowned (`mkdir /data && chown redis:redis /data`). */
export function ownedDir(path: string, uid: number, gid: number, mode = 0o755): PackageFile {
  return { path: path.endsWith('/') ? path : `${path}/`, size: 0, mode, owner: { uid, gid } };
}

/**
 * The home `useradd --create-home` makes on Debian and Ubuntu: the directory (0755; 0750 from
 * Ubuntu 21.04, whose login.defs sets HOME_MODE) with /etc/skel's three files, all the user's.
 */
export function debianHome(release: string, home: string, uid: number, gid: number): PackageFile[] {
  const owner = { uid, gid };
  const ubuntu = release === 'jammy' || release === 'noble' || release === 'focal';
  const skel: [string, number][] = [
    ['.bash_logout', 220],
    ['.bashrc', ubuntu ? 3_771 : 3_526],
    ['.profile', 807],
  ];
  return [
    ownedDir(home, uid, gid, release === 'jammy' || release === 'noble' ? 0o750 : 0o755),
    ...skel.map(([name, size]): PackageFile => ({ path: `${home}/${name}`, size, owner })),
  ];
}

/** /etc/shadow and gshadow are root:shadow (gid 42) on Debian, Ubuntu and Alpine alike. */
export const SHADOW = { uid: 0, gid: 42 };

/** Alpine's shadow: a line per account, root's password `*`, the others locked. */
function alpineShadow(passwd: string): string {
  return (
    passwd
      .split('\n')
      .filter(Boolean)
      .map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`)
      .join('\n') + '\n'
  );
}

export function userFiles(base: BaseImage, user: NewUser): PackageFile[] {
  const days = Math.floor(DEBIAN_EPOCH / 86400);
  const { name, uid, gid, home, shell } = user;
  const files: PackageFile[] = [];
  if (base.apk) {
    const group = ALPINE_GROUP.includes(`\n${name}:`)
      ? ALPINE_GROUP
      : `${ALPINE_GROUP}${name}:x:${gid}:${name}\n`;
    files.push(
      textFile(
        '/etc/passwd',
        `${ALPINE_PASSWD}${name}:x:${uid}:${gid}:${user.gecos ?? 'Linux User,,,'}:${home}:${shell}\n`,
      ),
      textFile('/etc/group', group),
      {
        ...textFile('/etc/shadow', alpineShadow(`${ALPINE_PASSWD}${name}:x\n`), 0o640),
        owner: SHADOW,
      },
    );
  } else if (base.deb) {
    const before = accountFiles(base.release === 'noble' ? 'noble' : 'bookworm', days);
    const added: Record<string, string> = {
      '/etc/passwd': `${name}:x:${uid}:${gid}:${user.gecos ?? ''}:${home}:${shell}\n`,
      '/etc/shadow': `${name}:!:${days}::::::\n`,
      '/etc/group': `${name}:x:${gid}:\n`,
      '/etc/gshadow': `${name}:!::\n`,
    };
    for (const [path, text] of Object.entries(before)) {
      const mode = path.includes('shadow') ? 0o640 : 0o644;
      const owner = path.includes('shadow') ? SHADOW : undefined;
      files.push(
        { ...textFile(path, text + (added[path] ?? ''), mode), ...(owner ? { owner } : {}) },
        { ...textFile(`${path}-`, text, mode), ...(owner ? { owner } : {}) },
      );
    }
  } else {
    files.push(
      textFile('/etc/passwd', `${OL_PASSWD}${name}:x:${uid}:${gid}::${home}:${shell}\n`),
      textFile('/etc/group', `${OL_GROUP}${name}:x:${gid}:\n`),
    );
  }
  if (user.createHome) {
    if (base.deb) files.push(...debianHome(base.release, home, uid, gid));
    // busybox adduser makes the home 0755; Oracle Linux's login.defs says HOME_MODE 0700.
    else files.push(ownedDir(home, uid, gid, base.apk ? 0o755 : 0o700));
  }
  return files;
}

/**
 * Alpine has the www-data group (82) but no such user: the official php and httpd
 * Dockerfiles add it with `adduser -u 82 -D -S -G www-data www-data` (a home, no login).
 */
export function alpineWwwData(base: BaseImage): PackageFile[] {
  return userFiles(base, {
    name: 'www-data',
    uid: 82,
    gid: 82,
    home: '/home/www-data',
    shell: '/sbin/nologin',
    createHome: true, // adduser without -H
  });
}
