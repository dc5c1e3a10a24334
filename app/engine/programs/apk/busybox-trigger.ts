/**
 * What Alpine's busybox trigger does after apk changes /bin, /sbin, /usr/bin or /usr/sbin:
 * `busybox --install -s`, which links every applet whose name is free back to /bin/busybox.
 * So purging binutils (whose /usr/bin/strings had replaced the applet link) leaves BusyBox's
 * strings in its place again, and the layer records no deletion.
 */
import type { FileSystem } from '../../fs/filesystem';
import { APPLETS } from '../../catalog/rootfs/busybox-applets';

export function restoreAppletLinks(fs: FileSystem): void {
  if (!fs.stat('/bin/busybox').ok) return;
  for (const [dir, names] of Object.entries(APPLETS))
    for (const name of names.split(' ')) {
      const path = `${dir}/${name}`;
      if (!fs.lstat(path).ok) fs.symlink('/bin/busybox', path);
    }
}
