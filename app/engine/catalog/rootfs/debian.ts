/**
 * The single layer of a Debian or Ubuntu base image, as debuerreotype (Debian) or Ubuntu's
 * image build makes it: merged /usr (not on bullseye), the base packages unpacked (the slim variants without
 * docs, man pages and translations), dpkg's database, the account files and the container
 * tweaks in /etc/apt/apt.conf.d and /etc/dpkg/dpkg.cfg.d.
 */
import type { DirNode } from '../../fs/node';
import type { DebArchive } from '../deb/archive';
import { TreeBuilder } from '../util/tree-builder';
import {
  DEBIAN_VERSION,
  DOCKER_APT_SPEEDUP,
  DOCKER_AUTOREMOVE_SUGGESTS,
  DOCKER_CLEAN,
  DOCKER_GZIP_INDEXES,
  DOCKER_NO_LANGUAGES,
  OS_RELEASE,
  POLICY_RC_D,
  ROOT_BASHRC,
  ROOT_PROFILE,
  SHELLS,
  SLIM_DPKG_EXCLUDES,
  UBUNTU_DPKG_EXCLUDES,
  UBUNTU_SOURCES,
  accountFiles,
  debianSources,
  type DebDistro,
} from './debian-texts';
import { installDebs, type DebSystem } from './dpkg';
import { etcProfile } from './etc-profile';
import { olderSourcesList } from './older-sources';

export interface DebianBaseOptions {
  distro: DebDistro;
  archive: DebArchive;
  /** Packages to install (their dependencies come along). */
  packages: readonly string[];
  slim: boolean;
  /** The build's time, seconds since the epoch (debuerreotype's snapshot time). */
  epoch: number;
  /**
   * A release the catalog has no base image of (bullseye, jammy, focal; each on its own archive):
   * its own os-release, debian_version and apt sources, so the image says what it is.
   */
  release?: DebianReleaseFiles;
}

export interface DebianReleaseFiles {
  /** "bullseye", "jammy": seeds the generated logs and caches. */
  id: string;
  ubuntu: boolean;
  osRelease: string;
  debianVersion: string;
}

const STICKY_TMP = 0o1777;

/**
 * The skeleton every Debian-family rootfs has before packages: FHS dirs and, from Debian 12
 * and Ubuntu 19.04, merged /usr (Debian 11's /bin, /sbin and /lib are real directories).
 */
function skeleton(builder: TreeBuilder, merged: boolean): void {
  for (const dir of [
    'boot',
    'dev',
    'etc',
    'home',
    'media',
    'mnt',
    'opt',
    'proc',
    'run',
    'srv',
    'sys',
  ]) {
    builder.dir(`/${dir}`);
  }
  builder.dir('/root', 0o700).dir('/tmp', STICKY_TMP).dir('/run/lock', STICKY_TMP);
  for (const dir of [
    'bin',
    'games',
    'include',
    'lib',
    ...(merged ? ['lib64'] : []),
    'libexec',
    'sbin',
    'share',
    'src',
  ]) {
    builder.dir(`/usr/${dir}`);
  }
  for (const dir of [
    'bin',
    'etc',
    'games',
    'include',
    'lib',
    'libexec',
    'man',
    'sbin',
    'share',
    'src',
  ]) {
    builder.dir(`/usr/local/${dir}`);
  }
  for (const dir of ['backups', 'cache', 'lib', 'local', 'log', 'mail', 'opt', 'spool']) {
    builder.dir(`/var/${dir}`);
  }
  builder.dir('/var/tmp', STICKY_TMP).link('/var/lock', '/run/lock').link('/var/run', '/run');
  // merged /usr: the top-level directories are links into /usr
  for (const dir of ['bin', 'sbin', 'lib', 'lib64']) {
    if (merged) builder.link(`/${dir}`, `usr/${dir}`);
    else builder.dir(`/${dir}`);
  }
  builder.dir('/var/lib/apt/lists/partial', 0o700, { uid: 42, gid: 0 });
  builder.dir('/var/cache/apt/archives/partial', 0o700, { uid: 42, gid: 0 });
  builder.dir('/var/log/apt').dir('/var/lib/dpkg/info').dir('/var/lib/dpkg/updates');
}

export function debianBaseLayer(options: DebianBaseOptions): { tree: DirNode; system: DebSystem } {
  const { distro, slim } = options;
  const release = options.release;
  const ubuntu = release ? release.ubuntu : distro === 'noble';
  const seed = release?.id ?? distro;
  const builder = new TreeBuilder();
  const merged = options.archive.usrMerged;
  skeleton(builder, merged);
  const empty: DebSystem = {
    archive: options.archive,
    installed: [],
    excludes: ubuntu ? 'ubuntu' : slim ? 'slim' : 'none',
  };
  const system = installDebs(builder, empty, options.packages);

  // Files made by maintainer scripts and the image build rather than unpacked from packages.
  builder
    .text('/usr/lib/os-release', release?.osRelease ?? OS_RELEASE[distro] ?? '')
    .link('/etc/os-release', '../usr/lib/os-release');
  builder.text('/etc/debian_version', release?.debianVersion ?? DEBIAN_VERSION[distro] ?? '');
  const days = Math.floor(options.epoch / 86400);
  // Ubuntu added the `ubuntu` user in noble; older releases have Debian's accounts.
  const accounts = release ? (release.id === 'noble' ? 'noble' : 'bookworm') : distro;
  for (const [path, text] of Object.entries(accountFiles(accounts, days))) {
    builder.text(
      path,
      text,
      path.includes('shadow') ? 0o640 : 0o644,
      path.includes('shadow') ? { uid: 0, gid: 42 } : undefined,
    );
  }
  builder.text('/etc/shells', SHELLS);
  builder.link(merged ? '/usr/bin/sh' : '/bin/sh', 'dash');
  builder
    .link('/usr/bin/awk', '/etc/alternatives/awk')
    .link('/etc/alternatives/awk', '/usr/bin/mawk');
  builder
    .link('/usr/bin/nawk', '/etc/alternatives/nawk')
    .link('/etc/alternatives/nawk', '/usr/bin/mawk');
  // debianutils' postinst makes `which` an alternative where the package ships it renamed
  // (Debian 12 and later, Ubuntu 24.04); without the links `which` is not found.
  if (builder.has('/usr/bin/which.debianutils'))
    builder
      .link('/usr/bin/which', '/etc/alternatives/which')
      .link('/etc/alternatives/which', '/usr/bin/which.debianutils');
  builder.text('/root/.bashrc', ROOT_BASHRC).text('/root/.profile', ROOT_PROFILE);
  // base-files' postinst installs /etc/profile from its default copy (known per Debian release);
  // the package ships the empty /etc/profile.d that the profile reads.
  const profile = etcProfile(seed);
  if (profile) builder.text('/etc/profile', profile).dir('/etc/profile.d');
  builder.text('/etc/dpkg/dpkg.cfg.d/docker-apt-speedup', DOCKER_APT_SPEEDUP);
  builder.text('/etc/apt/apt.conf.d/docker-autoremove-suggests', DOCKER_AUTOREMOVE_SUGGESTS);
  builder.text('/etc/apt/apt.conf.d/docker-clean', DOCKER_CLEAN);
  builder.text('/etc/apt/apt.conf.d/docker-gzip-indexes', DOCKER_GZIP_INDEXES);
  builder.text('/etc/apt/apt.conf.d/docker-no-languages', DOCKER_NO_LANGUAGES);
  builder.text('/usr/sbin/policy-rc.d', POLICY_RC_D, 0o755);
  // apt (2.4 and later) ships this empty directory for the keys of added repositories.
  builder.dir('/etc/apt/keyrings');
  const snapshot = new Date(options.epoch * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  // Releases from before deb822 sources (bullseye and older, jammy and older) keep one
  // sources.list, their own release's (a buster base generated from bullseye names buster).
  const olderList = olderSourcesList(release?.id ?? distro, snapshot);
  if (olderList) builder.text('/etc/apt/sources.list', olderList);
  if (ubuntu) {
    if (!olderList) builder.text('/etc/apt/sources.list.d/ubuntu.sources', UBUNTU_SOURCES);
    builder.text('/etc/dpkg/dpkg.cfg.d/excludes', UBUNTU_DPKG_EXCLUDES);
    if (!release || release.id === 'noble')
      builder.dir('/home/ubuntu', 0o750, { uid: 1000, gid: 1000 });
  } else {
    if (distro === 'trixie' || distro === 'bookworm')
      builder.text('/etc/apt/sources.list.d/debian.sources', debianSources(distro, snapshot));
    if (slim) builder.text('/etc/dpkg/dpkg.cfg.d/docker', SLIM_DPKG_EXCLUDES);
  }
  builder.text('/var/lib/dpkg/available', '').text('/var/lib/dpkg/arch', 'amd64\n');
  builder.blob(
    '/var/cache/debconf/templates.dat',
    `debconf:${seed}:templates`,
    420_000 + system.installed.length * 1200,
  );
  builder.blob(
    '/var/cache/debconf/config.dat',
    `debconf:${seed}:config`,
    9_000 + system.installed.length * 90,
  );
  builder.blob('/var/log/dpkg.log', `log:${seed}:dpkg`, system.installed.length * 1400);
  builder.blob('/var/log/alternatives.log', `log:${seed}:alternatives`, 2_200);
  return { tree: builder.build(), system };
}
