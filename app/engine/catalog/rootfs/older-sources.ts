/**
 * /etc/apt/sources.list of the releases from before the deb822 `.sources` files: Debian 11 to 9
 * (as debuerreotype writes it, with the snapshot each line was built from; before bullseye the
 * security suite was `<codename>/updates`) and Ubuntu 22.04 to 16.04 (the one-line list their
 * images ship, comments included).
 */
export function olderSourcesList(release: string, snapshot: string): string | undefined {
  if (release === 'bullseye') return debianSources(release, 'bullseye-security', snapshot);
  if (release === 'buster' || release === 'stretch')
    return debianSources(release, `${release}/updates`, snapshot);
  if (['jammy', 'focal', 'bionic', 'xenial'].includes(release)) return ubuntuSourcesList(release);
  return undefined;
}

function debianSources(codename: string, security: string, snapshot: string): string {
  const line = (archive: string, suite: string) =>
    `# deb http://snapshot.debian.org/archive/${archive}/${snapshot} ${suite} main\ndeb http://deb.debian.org/${archive} ${suite} main\n`;
  return (
    line('debian', codename) +
    line('debian-security', security) +
    line('debian', `${codename}-updates`)
  );
}

function ubuntuSourcesList(codename: string): string {
  const archive = 'http://archive.ubuntu.com/ubuntu/';
  const security = 'http://security.ubuntu.com/ubuntu/';
  const entry = (url: string, suite: string, components: string) =>
    `deb ${url} ${suite} ${components}\n# deb-src ${url} ${suite} ${components}\n`;
  return `# See http://help.ubuntu.com/community/UpgradeNotes for how to upgrade to
# newer versions of the distribution.
${entry(archive, codename, 'main restricted')}
## Major bug fix updates produced after the final release of the
## distribution.
${entry(archive, `${codename}-updates`, 'main restricted')}
## N.B. software from this repository is ENTIRELY UNSUPPORTED by the Ubuntu
## team. Also, please note that software in universe WILL NOT receive any
## review or updates from the Ubuntu security team.
${entry(archive, codename, 'universe')}${entry(archive, `${codename}-updates`, 'universe')}
## N.B. software from this repository is ENTIRELY UNSUPPORTED by the Ubuntu
## team, and may not be under a free licence. Please satisfy yourself as to
## your rights to use the software. Also, please note that software in
## multiverse WILL NOT receive any review or updates from the Ubuntu
## security team.
${entry(archive, codename, 'multiverse')}${entry(archive, `${codename}-updates`, 'multiverse')}
## N.B. software from this repository may not have been tested as
## extensively as that contained in the main release, although it includes
## newer versions of some applications which may provide useful features.
## Also, please note that software in backports WILL NOT receive any review
## or updates from the Ubuntu security team.
${entry(archive, `${codename}-backports`, 'main restricted universe multiverse')}
${entry(security, `${codename}-security`, 'main restricted')}${entry(security, `${codename}-security`, 'universe')}${entry(security, `${codename}-security`, 'multiverse')}`;
}
