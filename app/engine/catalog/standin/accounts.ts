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
  /** Create the home directory (useradd --create-home). */
  createHome?: boolean;
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
        `${ALPINE_PASSWD}${name}:x:${uid}:${gid}:Linux User,,,:${home}:${shell}\n`,
      ),
      textFile('/etc/group', group),
      textFile('/etc/shadow', `root:*::0:::::\n${name}:!::0:::::\n`, 0o640),
    );
  } else if (base.deb) {
    const before = accountFiles(base.release === 'noble' ? 'noble' : 'bookworm', days);
    const added: Record<string, string> = {
      '/etc/passwd': `${name}:x:${uid}:${gid}::${home}:${shell}\n`,
      '/etc/shadow': `${name}:!:${days}::::::\n`,
      '/etc/group': `${name}:x:${gid}:\n`,
      '/etc/gshadow': `${name}:!::\n`,
    };
    for (const [path, text] of Object.entries(before)) {
      const mode = path.includes('shadow') ? 0o640 : 0o644;
      files.push(
        textFile(path, text + (added[path] ?? ''), mode),
        textFile(`${path}-`, text, mode),
      );
    }
  } else {
    files.push(
      textFile('/etc/passwd', `${OL_PASSWD}${name}:x:${uid}:${gid}::${home}:${shell}\n`),
      textFile('/etc/group', `${OL_GROUP}${name}:x:${gid}:\n`),
    );
  }
  if (user.createHome) files.push({ path: `${home}/`, size: 0 });
  return files;
}
