/**
 * Where a package's files land on a release without merged /usr (Debian 11 bullseye; merged
 * /usr became the default with Debian 12 and Ubuntu 19.04, and every later image has it).
 * The shapes come from a Debian 12 machine's file lists with /bin, /sbin, /lib and /lib64
 * folded into /usr (`data/tools/shapes.py`), so the split is restored here: the commands
 * Debian 11 ships in /bin and /sbin, the libraries of its essential packages in /lib (what a
 * system needs before /usr is mounted), and the trees that lived under /lib (systemd and udev
 * units, terminfo, PAM modules, the dynamic loader's /lib64 link).
 */
import type { Package, PackageFile } from '../types';

/** Commands in Debian 11's /bin (coreutils' essentials, the shells, util-linux's, ...). */
const BIN = new Set(
  `bash rbash sh dash cat chgrp chmod chown cp date dd df dir echo false ln ls mkdir mknod mktemp
  mv pwd readlink rm rmdir sleep stty sync touch true uname vdir run-parts tempfile which egrep
  fgrep grep gunzip gzexe gzip uncompress zcat zcmp zdiff zegrep zfgrep zforce zgrep zless zmore
  znew hostname dnsdomainname domainname nisdomainname ypdomainname ip ss ping ping4 ping6 kill
  ps sed tar login su dmesg findmnt lsblk more mountpoint wdctl mount umount pidof nano rnano
  bzip2 bunzip2 bzcat bzcmp bzdiff bzegrep bzexe bzfgrep bzgrep bzip2recover bzless bzmore cpio
  ed red fuser nc.openbsd netstat udevadm systemctl journalctl loginctl networkctl
  systemd-ask-password systemd-escape systemd-inhibit systemd-machine-id-setup
  systemd-notify systemd-tmpfiles systemd-tty-ask-password-agent kmod lsmod getfacl setfacl
  chacl busybox fusermount zsh zsh5 chvt openvt kbd_mode dumpkeys loadkeys unicode_start
  unicode_stop setfont`.split(/\s+/),
);

/** Commands in Debian 11's /sbin (e2fsprogs, util-linux's system tools, kmod, iproute2...). */
const SBIN = new Set(
  `agetty badblocks blkdiscard blkid blkzone blockdev chcpu ctrlaltdel debugfs dumpe2fs e2fsck
  e2image e2label e2mmpstatus e2scrub e2scrub_all e2undo findfs fsck fsck.cramfs fsck.ext2
  fsck.ext3 fsck.ext4 fsck.minix fsfreeze fstab-decode fstrim getty hwclock installkernel isosize
  killall5 ldconfig logsave losetup mke2fs mkfs mkfs.bfs mkfs.cramfs mkfs.ext2 mkfs.ext3
  mkfs.ext4 mkfs.minix mkhomedir_helper mkswap pam_tally pam_tally2 pivot_root raw resize2fs
  runuser shadowconfig start-stop-daemon sulogin swaplabel swapoff swapon switch_root tune2fs
  unix_chkpwd unix_update wipefs zramctl sysctl ip bridge tc devlink rtacct rtmon tipc rdma
  ifconfig route ipmaddr iptunnel mii-tool nameif plipconfig rarp slattach modprobe insmod rmmod
  depmod modinfo lsmod dhclient dhclient-script ifup ifdown ifquery fdisk sfdisk cfdisk
  mkfs.fat mkfs.vfat mkdosfs fsck.fat fsck.vfat dosfsck fatlabel init halt poweroff reboot
  shutdown runlevel telinit`.split(/\s+/),
);

/** Packages whose shared objects Debian 11 keeps in /lib/x86_64-linux-gnu. */
const LIB_PACKAGES = new Set(
  `libc6 libacl1 libattr1 libaudit1 libblkid1 libbz2-1.0 libcap-ng0 libcap2 libcom-err2
  libcrypt1 libext2fs2 libgcc-s1 libgcrypt20 libgpg-error0 libkeyutils1 liblzma5 libmount1
  libncurses6 libncursesw6 libtinfo6 libpam0g libpcre3 libprocps8 libreadline8 libselinux1
  libsepol1 libsmartcols1 libss2 libsystemd0 libudev1 libuuid1 zlib1g libkmod2
  libdevmapper1.02.1 libcryptsetup12 libjson-c5 libusb-1.0-0 libwrap0 libnsl2 libtirpc3
  libhistory8 libe2p2`.split(/\s+/),
);

/** Debian 12 renamed a few commands to make room for alternatives; Debian 11 has the plain name. */
const RENAMED: Record<string, string> = { 'which.debianutils': 'which' };

const MULTIARCH = '/usr/lib/x86_64-linux-gnu/';

/** Trees that Debian 11 keeps under /lib whichever package ships them. */
const LIB_TREES = [
  '/usr/lib/systemd/',
  '/usr/lib/udev/',
  '/usr/lib/terminfo/',
  '/usr/lib/lsb/',
  '/usr/lib/init/',
  '/usr/lib/modprobe.d/',
  '/usr/lib/modules-load.d/',
  `${MULTIARCH}security/`,
];

/** Where an absolute path of `pkg` lands on an unmerged system (unchanged if it stays in /usr). */
export function unmergedPath(path: string, packageName: string): string {
  const bin = /^\/usr\/(s?bin)\/([^/]+)$/.exec(path);
  if (bin) {
    const [, dir, shaped = ''] = bin;
    const name = RENAMED[shaped] ?? shaped;
    return (dir === 'bin' ? BIN : SBIN).has(name) ? `/${dir}/${name}` : path;
  }
  if (path.startsWith('/usr/lib64/')) return path.slice(4);
  // systemd's user units stayed in /usr/lib/systemd/user* on Debian 11.
  if (LIB_TREES.some((tree) => path.startsWith(tree)) && !path.startsWith('/usr/lib/systemd/user'))
    return path.slice(4);
  if (
    LIB_PACKAGES.has(packageName) &&
    path.startsWith(MULTIARCH) &&
    !path.slice(MULTIARCH.length).includes('/')
  )
    return path.slice(4);
  return path;
}

const relocated = new WeakMap<Package, Package>();

/**
 * The package with its files where an unmerged system has them; absolute symlink targets
 * follow (`/usr/sbin/ip -> /bin/ip` stays right). Memoised per package.
 */
export function unmergedPackage(pkg: Package): Package {
  const known = relocated.get(pkg);
  if (known) return known;
  let moved = false;
  let shrunk = 0;
  const files = pkg.files.map((file): PackageFile => {
    const path = unmergedPath(file.path, pkg.name);
    if (file.link === undefined) {
      if (path === file.path) return file;
      moved = true;
      return { ...file, path };
    }
    const link = file.link.startsWith('/usr/') ? unmergedPath(file.link, pkg.name) : file.link;
    if (path === file.path && link === file.link) return file;
    moved = true;
    // A symlink's size is its target's length (and the package's size the sum of its files').
    shrunk += file.link.length - link.length;
    return { ...file, path, link, size: link.length };
  });
  const result = moved ? { ...pkg, files, installedSize: pkg.installedSize - shrunk } : pkg;
  relocated.set(pkg, result);
  return result;
}
