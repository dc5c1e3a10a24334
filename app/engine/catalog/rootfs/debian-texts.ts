/**
 * Text files of the Debian and Ubuntu base images that people read: os-release, the
 * account files, apt's sources, and the configuration debuerreotype adds for containers
 * (docker-clean and friends, the slim variant's dpkg path excludes).
 */
import type { Distro } from '../types';

export type DebDistro = Exclude<Distro, 'alpine'>;

/** The releases the catalog has a base image of; the others' come with their release files. */
export const OS_RELEASE: Partial<Record<DebDistro, string>> = {
  trixie: `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
DEBIAN_VERSION_FULL=13.2
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  bookworm: `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  noble: `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`,
};

export const DEBIAN_VERSION: Partial<Record<DebDistro, string>> = {
  trixie: '13.2\n',
  bookworm: '12.12\n',
  noble: 'trixie/sid\n',
};

const NOLOGIN = '/usr/sbin/nologin';
const SYSTEM_USERS: [string, number, number, string, string, string][] = [
  ['daemon', 1, 1, 'daemon', '/usr/sbin', NOLOGIN],
  ['bin', 2, 2, 'bin', '/bin', NOLOGIN],
  ['sys', 3, 3, 'sys', '/dev', NOLOGIN],
  ['sync', 4, 65534, 'sync', '/bin', '/bin/sync'],
  ['games', 5, 60, 'games', '/usr/games', NOLOGIN],
  ['man', 6, 12, 'man', '/var/cache/man', NOLOGIN],
  ['lp', 7, 7, 'lp', '/var/spool/lpd', NOLOGIN],
  ['mail', 8, 8, 'mail', '/var/mail', NOLOGIN],
  ['news', 9, 9, 'news', '/var/spool/news', NOLOGIN],
  ['uucp', 10, 10, 'uucp', '/var/spool/uucp', NOLOGIN],
  ['proxy', 13, 13, 'proxy', '/bin', NOLOGIN],
  ['www-data', 33, 33, 'www-data', '/var/www', NOLOGIN],
  ['backup', 34, 34, 'backup', '/var/backups', NOLOGIN],
  ['list', 38, 38, 'Mailing List Manager', '/var/list', NOLOGIN],
  ['irc', 39, 39, 'ircd', '/run/ircd', NOLOGIN],
  ['_apt', 42, 65534, '', '/nonexistent', NOLOGIN],
  ['nobody', 65534, 65534, 'nobody', '/nonexistent', NOLOGIN],
];

const GROUPS =
  'root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 news:9 uucp:10 man:12 proxy:13 kmem:15 dialout:20 fax:21 voice:22 cdrom:24 floppy:25 tape:26 sudo:27 audio:29 dip:30 www-data:33 backup:34 operator:37 list:38 irc:39 src:40 shadow:42 utmp:43 video:44 sasl:45 plugdev:46 staff:50 games:60 users:100 nogroup:65534';

/** Days since the epoch of the image's build, as shadow's "last change" field. */
export function accountFiles(distro: DebDistro, days: number): Record<string, string> {
  const users: [string, number, number, string, string, string][] = [
    ['root', 0, 0, 'root', '/root', '/bin/bash'],
    ...SYSTEM_USERS,
  ];
  const groups = GROUPS.split(' ').map((g) => g.split(':') as [string, string]);
  if (distro === 'noble') {
    users.push(['ubuntu', 1000, 1000, 'Ubuntu', '/home/ubuntu', '/bin/bash']);
    groups.push(['ubuntu', '1000']);
  }
  const locked = (name: string) => `${name}:${name === 'ubuntu' ? '!' : '*'}:${days}:0:99999:7:::`;
  return {
    '/etc/passwd':
      users.map((u) => `${u[0]}:x:${u[1]}:${u[2]}:${u[3]}:${u[4]}:${u[5]}`).join('\n') + '\n',
    '/etc/shadow': users.map((u) => locked(u[0])).join('\n') + '\n',
    '/etc/group': groups.map(([n, id]) => `${n}:x:${id}:`).join('\n') + '\n',
    '/etc/gshadow': groups.map(([n]) => `${n}:*::`).join('\n') + '\n',
  };
}

export const SHELLS = `# /etc/shells: valid login shells
/bin/sh
/usr/bin/sh
/bin/bash
/usr/bin/bash
/bin/rbash
/usr/bin/rbash
/bin/dash
/usr/bin/dash
`;

export function debianSources(distro: 'trixie' | 'bookworm', snapshot: string): string {
  const keyring = distro === 'trixie' ? 'debian-archive-keyring.pgp' : 'debian-archive-keyring.gpg';
  return `Types: deb
# http://snapshot.debian.org/archive/debian/${snapshot}
URIs: http://deb.debian.org/debian
Suites: ${distro} ${distro}-updates
Components: main
Signed-By: /usr/share/keyrings/${keyring}

Types: deb
# http://snapshot.debian.org/archive/debian-security/${snapshot}
URIs: http://deb.debian.org/debian-security
Suites: ${distro}-security
Components: main
Signed-By: /usr/share/keyrings/${keyring}
`;
}

export const UBUNTU_SOURCES = `Types: deb
URIs: http://archive.ubuntu.com/ubuntu/
Suites: noble noble-updates noble-backports
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: noble-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
`;

export const DOCKER_CLEAN = `# Since for most Docker users, package installs happen in "docker build" steps,
# they essentially become individual layers due to the way Docker handles
# layering, especially using CoW filesystems.  What this means for us is that
# the caches that APT keeps end up just wasting space in those layers, making
# our layers unnecessarily large (especially since we'll normally never use
# these caches again and will instead just "docker build" again and make a brand
# new image).

# Ideally, these would just be invoking "apt-get clean", but in our testing,
# that ended up being cyclic and we got stuck on APT's lock, so we get this fun
# creation that's essentially just "apt-get clean".
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };

Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";

# Note that we do realize this isn't the ideal way to do this, and are always
# open to better suggestions (https://github.com/debuerreotype/debuerreotype/issues).
`;

export const DOCKER_GZIP_INDEXES = `# Since Docker users using "RUN apt-get update && apt-get install -y ..." in
# their Dockerfiles don't go delete the lists files afterwards, we want them to
# be as small as possible on-disk, so we explicitly request that Apt keep them
# compressed on-disk too instead of decompressing them.

# For comparison, an "apt-get update" layer without this on a pristine
# "debian:wheezy" base image was "29.88 MB", where with this it was only
# "8.273 MB".

Acquire::GzipIndexes "true";
`;

export const DOCKER_NO_LANGUAGES = `# In Docker, we don't often need the "Translations" files, so we're just wasting
# time and space by downloading them, and this inhibits that.  For users that do
# need them, it's a simple matter to delete this file and "apt-get update". :)

Acquire::Languages "none";
`;

export const DOCKER_AUTOREMOVE_SUGGESTS = `# Since Docker users are looking for the smallest possible final images, the
# following emerges as a very common pattern:

#   RUN apt-get update \\
#       && apt-get install -y <packages> \\
#       && <do some installation work> \\
#       && apt-get purge -y --auto-remove <packages>

# By default, APT will actually _keep_ packages installed via Recommends or
# Depends if another package Suggests them, even and including if the package
# that originally caused them to be installed is removed.  Setting this to
# "false" ensures that APT is appropriately aggressive about removing the
# packages it added.

# https://aptitude.alioth.debian.org/doc/en/ch02s05s05.html#configApt-AutoRemove-SuggestsImportant
Apt::AutoRemove::SuggestsImportant "false";
`;

export const DOCKER_APT_SPEEDUP = `# For most Docker users, package installs happen during "docker build", which
# doesn't survive power loss and gets restarted clean afterwards anyhow, so
# this minor tweak gives us a nice speedup (much nicer on spinning disks,
# obviously).

force-unsafe-io
`;

export const POLICY_RC_D = `#!/bin/sh

# For most Docker users, "apt-get install" only happens during "docker build",
# where starting services doesn't work and often fails in humorous ways. This
# prevents those failures by stopping the services from attempting to start.

exit 101
`;

/** The slim variant's dpkg configuration: what it leaves out, now and on later installs. */
export const SLIM_DPKG_EXCLUDES = `# This is the "slim" variant of the Debian base image.
# Many files which are normally unnecessary in containers are excluded,
# and this configuration file keeps them that way.
path-exclude /usr/share/doc/*
# we need to keep copyright files for legal reasons
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
`;

/** Ubuntu's minimised image: the same idea, in Ubuntu's words. */
export const UBUNTU_DPKG_EXCLUDES = `# Drop all man pages
path-exclude=/usr/share/man/*

# Drop all translations
path-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo

# Drop all documentation ...
path-exclude=/usr/share/doc/*

# ... except copyright files ...
path-include=/usr/share/doc/*/copyright

# ... and Debian changelogs for native & non-native packages
path-include=/usr/share/doc/*/changelog.*

# Drop all groff and info pages, lintian and linda overrides
path-exclude=/usr/share/groff/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/lintian/*
path-exclude=/usr/share/linda/*
`;

/** Whether dpkg skips a path under the slim (or Ubuntu minimised) excludes. */
export function excludedBySlim(path: string, ubuntu = false): boolean {
  if (path.startsWith('/usr/share/doc/')) {
    const file = path.slice('/usr/share/doc/'.length).split('/');
    if (file.length === 2 && file[1] === 'copyright') return false;
    if (ubuntu && file.length === 2 && (file[1] ?? '').startsWith('changelog.')) return false;
    return true;
  }
  return /^\/usr\/share\/(man|info|groff|linda|locale|lintian)\//.test(path);
}

export const ROOT_BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 is set in /etc/profile, and the default umask is defined
# in /etc/login.defs. You should not need this unless you want different
# defaults for root.
# PS1='\${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
# umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
# export LS_OPTIONS='--color=auto'
# eval "$(dircolors)"
# alias ls='ls $LS_OPTIONS'
# alias ll='ls $LS_OPTIONS -l'
# alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`;

export const ROOT_PROFILE = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`;
