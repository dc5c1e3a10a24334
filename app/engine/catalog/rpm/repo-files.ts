/**
 * The /etc/yum.repos.d files the RPM base images ship, shortened to their enabled
 * repositories (and CentOS's commented baseurl lines, which the usual vault fix uncomments).
 * dnf and yum read these files at run time, so a Dockerfile that edits them (`sed -i
 * s/mirrorlist/#mirrorlist/ ...`) changes where the packages come from.
 */

function section(
  id: string,
  name: string,
  url: string,
  gpgkey: string,
  extra: string[] = [],
): string {
  return [`[${id}]`, `name=${name}`, url, ...extra, 'gpgcheck=1', 'enabled=1', `gpgkey=${gpgkey}`]
    .filter(Boolean)
    .join('\n');
}

const CENTOS7_HEAD = `# CentOS-Base.repo
#
# The mirror system uses the connecting IP address of the client and the
# update status of each mirror to pick mirrors that are updated to and
# geographically close to the client.  You should use this for CentOS updates
# unless you are manually picking other mirrors.
#
# If the mirrorlist= does not work for you, as a fall back you can try the 
# remarked out baseurl= line instead.
#
#
`;

function centos7(): Record<string, string> {
  const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7';
  const repo = (id: string, name: string, path: string) =>
    `[${id}]\nname=CentOS-$releasever - ${name}\nmirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${path}&infra=$infra\n#baseurl=http://mirror.centos.org/centos/$releasever/${path}/$basearch/\ngpgcheck=1\ngpgkey=${key}\n`;
  return {
    'CentOS-Base.repo': `${CENTOS7_HEAD}\n${repo('base', 'Base', 'os')}\n#released updates \n${repo('updates', 'Updates', 'updates')}\n#additional packages that may be useful\n${repo('extras', 'Extras', 'extras')}\n#additional packages that extend functionality of existing packages\n${repo('centosplus', 'Plus', 'centosplus').replace('gpgcheck=1\n', 'gpgcheck=1\nenabled=0\n')}`,
  };
}

function centos8(): Record<string, string> {
  const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-centosofficial';
  const file = (id: string, title: string) =>
    `${section(id, `CentOS Linux $releasever - ${title}`, `mirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${title}&infra=$infra\n#baseurl=http://mirror.centos.org/$contentdir/$releasever/${title}/$basearch/os/`, key)}\n`;
  return {
    'CentOS-Linux-AppStream.repo': file('appstream', 'AppStream'),
    'CentOS-Linux-BaseOS.repo': file('baseos', 'BaseOS'),
    'CentOS-Linux-Extras.repo': file('extras', 'Extras'),
  };
}

function stream9(): Record<string, string> {
  const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-centosofficial';
  const repo = (id: string, title: string, path: string) =>
    section(
      id,
      `CentOS Stream $releasever - ${title}`,
      `metalink=https://mirrors.centos.org/metalink?repo=centos-${path}-$stream&arch=$basearch&protocol=https,http`,
      key,
    );
  return {
    'centos.repo': `${repo('baseos', 'BaseOS', 'baseos')}\n\n${repo('appstream', 'AppStream', 'appstream')}\n`,
    'centos-addons.repo': `${repo('extras-common', 'Extras packages', 'extras-sig-extras-common')}\n`,
  };
}

function enterprise(
  vendor: 'rocky' | 'almalinux',
  major: string,
  repos: [string, string][],
): Record<string, string> {
  const key =
    vendor === 'rocky'
      ? `file:///etc/pki/rpm-gpg/RPM-GPG-KEY-Rocky-${major}`
      : `file:///etc/pki/rpm-gpg/RPM-GPG-KEY-AlmaLinux${major === '9' ? '-9' : ''}`;
  const title = vendor === 'rocky' ? 'Rocky Linux' : 'AlmaLinux';
  const url = (path: string) =>
    vendor === 'rocky'
      ? `mirrorlist=https://mirrors.rockylinux.org/mirrorlist?arch=$basearch&repo=${path === 'Extras' ? 'extras' : path}-$releasever${major === '9' ? '$rltype' : ''}`
      : `mirrorlist=https://mirrors.almalinux.org/mirrorlist/$releasever/${path.toLowerCase()}`;
  const main = repos.filter(([id]) => id !== 'extras');
  const extras = repos.filter(([id]) => id === 'extras');
  const text = (list: [string, string][]) =>
    list
      .map(([id, path]) => section(id, `${title} $releasever - ${path}`, url(path), key))
      .join('\n\n') + '\n';
  return vendor === 'rocky'
    ? {
        'rocky.repo': text(main),
        'rocky-extras.repo': text(extras),
      }
    : { 'almalinux.repo': text(main), 'almalinux-extras.repo': text(extras) };
}

function simple(file: string, repos: { id: string; name: string; url: string; key: string }[]) {
  return { [file]: repos.map((r) => section(r.id, r.name, r.url, r.key)).join('\n\n') + '\n' };
}

/** Repository files by release id (catalog/rpm/releases.ts), file name → text. */
export function repoFiles(release: string): Record<string, string> {
  if (release === 'centos7') return centos7();
  if (release === 'centos8') return centos8();
  if (release === 'centos9') return stream9();
  const el = /^(rocky|almalinux)(\d)$/.exec(release);
  if (el)
    return enterprise(el[1] as 'rocky' | 'almalinux', el[2] as string, [
      ['baseos', 'BaseOS'],
      ['appstream', 'AppStream'],
      ['extras', 'Extras'],
    ]);
  const fedora = /^fedora(\d+)$/.exec(release);
  if (fedora) {
    const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-$releasever-$basearch';
    return {
      'fedora.repo': `${section('fedora', 'Fedora $releasever - $basearch', 'metalink=https://mirrors.fedoraproject.org/metalink?repo=fedora-$releasever&arch=$basearch', key)}\n`,
      'fedora-updates.repo': `${section('updates', 'Fedora $releasever - $basearch - Updates', 'metalink=https://mirrors.fedoraproject.org/metalink?repo=updates-released-f$releasever&arch=$basearch', key)}\n`,
    };
  }
  const ubi = /^rhel(\d)$/.exec(release);
  if (ubi) {
    const m = ubi[1] as string;
    const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-redhat-release';
    return simple('ubi.repo', [
      {
        id: `ubi-${m}-baseos-rpms`,
        name: `Red Hat Universal Base Image ${m} (RPMs) - BaseOS`,
        url: `baseurl = https://cdn-ubi.redhat.com/content/public/ubi/dist/ubi${m}/${m}/$basearch/baseos/os`,
        key,
      },
      {
        id: `ubi-${m}-appstream-rpms`,
        name: `Red Hat Universal Base Image ${m} (RPMs) - AppStream`,
        url: `baseurl = https://cdn-ubi.redhat.com/content/public/ubi/dist/ubi${m}/${m}/$basearch/appstream/os`,
        key,
      },
    ]);
  }
  const ol = /^ol(\d)$/.exec(release);
  if (ol) {
    const m = ol[1] as string;
    const key = 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-oracle';
    const url = (path: string) =>
      `baseurl=https://yum$ociregion.$ocidomain/repo/OracleLinux/OL${m}/${path}/$basearch/`;
    return m === '7'
      ? simple('oracle-linux-ol7.repo', [
          {
            id: 'ol7_latest',
            name: 'Oracle Linux $releasever Latest ($basearch)',
            url: url('latest'),
            key,
          },
        ])
      : simple(`oracle-linux-ol${m}.repo`, [
          {
            id: `ol${m}_baseos_latest`,
            name: `Oracle Linux ${m} BaseOS Latest ($basearch)`,
            url: url('baseos/latest'),
            key,
          },
          {
            id: `ol${m}_appstream`,
            name: `Oracle Linux ${m} Application Stream ($basearch)`,
            url: url('appstream'),
            key,
          },
        ]);
  }
  if (release === 'amzn2')
    return simple('amzn2-core.repo', [
      {
        id: 'amzn2-core',
        name: 'Amazon Linux 2 core repository',
        url: 'mirrorlist=$awsproto://$amazonlinux.$awsregion.$awsdomain/$releasever/$product/$target/$basearch/mirror.list',
        key: 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2',
      },
    ]);
  if (release === 'amzn2023')
    return simple('amazonlinux.repo', [
      {
        id: 'amazonlinux',
        name: 'Amazon Linux 2023 repository',
        url: 'mirrorlist=https://al2023-repos-$awsregion-de612dc2.s3.dualstack.$awsregion.$awsdomain/core/mirrors/$releasever/$basearch/mirror.list',
        key: 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023',
      },
      {
        id: 'kernel-livepatch',
        name: 'Amazon Linux 2023 Kernel Livepatch repository',
        url: 'mirrorlist=https://al2023-repos-$awsregion-de612dc2.s3.dualstack.$awsregion.$awsdomain/kernel-livepatch/mirrors/$releasever/$basearch/mirror.list',
        key: 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023',
      },
    ]);
  return {};
}
