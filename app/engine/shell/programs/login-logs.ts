/**
 * useradd "initialises" a new uid's records in /var/log/lastlog (292 bytes a uid on 64-bit
 * glibc) and /var/log/faillog (32 bytes a uid), at offset uid x record size. It never creates
 * the files. shadow before 4.13 (Debian 10-11, Ubuntu 18.04-22.04, RHEL 8-9) writes the zeroed
 * record whatever the file's size, so the file grows to (uid + 1) x record size: sparse on
 * disk, but a layer stores it in full (recorded on the 20.10 oracle: a 2,920,292-byte sparse
 * file using 0 blocks makes a 2.92MB layer), the reason for `useradd --no-log-init`. shadow
 * 4.13 (Debian 12, Ubuntu 24.04) writes only a record inside the file (shadow-maint/shadow#558).
 */
import type { FileSystem } from '../../fs/filesystem';
import { osReleaseField } from '../os-release';

export const LOGIN_LOGS = [
  { path: '/var/log/lastlog', record: 292 },
  { path: '/var/log/faillog', record: 32 },
] as const;

/** Whether the image's useradd is shadow < 4.13, from /etc/os-release. */
export function growsLoginLogs(fs: FileSystem): boolean {
  const codename = osReleaseField(fs, 'VERSION_CODENAME');
  if (/^(stretch|buster|bullseye|bionic|focal|jammy)$/.test(codename)) return true;
  return /^(rhel|centos|rocky|almalinux|ol|amzn)$/.test(osReleaseField(fs, 'ID'));
}

/** What useradd (without -l) does to the two files for a new uid. */
export function initLoginRecords(fs: FileSystem, uid: number): void {
  const grows = growsLoginLogs(fs);
  for (const { path, record } of LOGIN_LOGS) {
    const file = fs.readFile(path);
    if (!file.ok || file.value.node.kind !== 'file') continue;
    const offset = uid * record;
    if (!grows && file.value.size <= offset) continue;
    const size = Math.max(file.value.size, offset + record);
    const { mode, uid: owner, gid } = file.value.node;
    fs.writeFile(path, { blob: `${path}:${size}`, size }, { mode, owner: { uid: owner, gid } });
  }
}
