/**
 * oraclelinux:9-slim, the base of the mysql images: glibc, bash, coreutils-single, microdnf
 * and the rpm database, as one generated layer. Its package manager is not modelled
 * (microdnf runs as an unknown binary), which the mysql note says.
 */
import { PATH_DEFAULT } from '../images/define';
import type { BaseImage } from '../images/base';
import { layerBlob, lazy } from '../images/layer';
import { sha256Hex } from '../../fs/digest';
import { TreeBuilder } from '../util/tree-builder';
import { spreadFiles, textFile } from './layers';

const CREATED = '2025-11-18T01:31:02Z';
export const OL_PASSWD =
  'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n';
export const OL_GROUP = 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\n';
const TOOLS =
  'ls cat cp mv rm mkdir rmdir chmod chown ln id env sleep echo head tail sort uniq wc tr cut date touch basename dirname readlink stat true false test mktemp nproc';

const OS_RELEASE = `NAME="Oracle Linux Server"
VERSION="9.6"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VARIANT_ID="server"
VERSION_ID="9.6"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Oracle Linux Server 9.6"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:oracle:linux:9:6:server"
HOME_URL="https://linux.oracle.com/"
BUG_REPORT_URL="https://github.com/oracle/oracle-linux"
`;

/**
 * The directories and usrmerge links every Enterprise Linux base image starts with (this one
 * and the RPM stand-ins of rpm-base.ts); `extra` directories come after them, in order.
 */
export function elSkeleton(b: TreeBuilder, extra: readonly string[] = []): void {
  const dirs = ['dev', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys'];
  for (const dir of [...dirs, 'var/tmp', 'var/log', 'var/cache', ...extra]) b.dir(`/${dir}`);
  b.dir('/root', 0o550).dir('/tmp', 0o1777);
  b.link('/bin', 'usr/bin')
    .link('/sbin', 'usr/sbin')
    .link('/lib', 'usr/lib')
    .link('/lib64', 'usr/lib64');
}

const layer = lazy(() => {
  const builder = new TreeBuilder();
  elSkeleton(builder);
  builder.packageFiles(
    spreadFiles(
      '',
      `/usr/bin/bash:x /usr/bin/coreutils:x /usr/bin/microdnf:x /usr/bin/rpm:x /usr/bin/grep:x /usr/bin/sed:x /usr/bin/gawk:x /usr/bin/find:x /usr/bin/xargs:x /usr/bin/tar:x /usr/bin/gzip:x /usr/sbin/groupadd:x /usr/sbin/useradd:x /usr/sbin/ldconfig:x
       /usr/lib64/libc.so.6:x /usr/lib64/ld-linux-x86-64.so.2:x /usr/lib64/libm.so.6:x /usr/lib64/libssl.so.3:x /usr/lib64/libcrypto.so.3:x /usr/lib64/libz.so.1:x /usr/lib64/libstdc++.so.6:x /usr/lib64/libsolv.so.1:x /usr/lib64/librpm.so.9:x /usr/lib64/libdnf.so.2:x /usr/lib64/libpython3.9.so.1.0:x
       /usr/share/zoneinfo/UTC /usr/share/locale/locale.alias /usr/lib/locale/C.utf8/LC_CTYPE /usr/share/pki/ca-trust-source/ca-bundle.trust.p11-kit /etc/pki/tls/certs/ca-bundle.crt /var/lib/rpm/rpmdb.sqlite /var/lib/dnf/history.sqlite
       /usr/bin/sh->bash /usr/bin/awk->gawk ${TOOLS.split(' ')
         .map((t) => `/usr/bin/${t}->coreutils`)
         .join(' ')}`,
      109_000_000,
    ),
    'oraclelinux:9-slim',
  );
  builder
    .text('/etc/os-release', OS_RELEASE)
    .text('/etc/oracle-release', 'Oracle Linux Server release 9.6\n');
  builder
    .link('/etc/redhat-release', 'oracle-release')
    .link('/etc/system-release', 'oracle-release');
  builder.text('/etc/passwd', OL_PASSWD).text('/etc/group', OL_GROUP);
  builder.packageFiles(
    [
      textFile(
        '/etc/dnf/dnf.conf',
        '[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\nbest=True\nskip_if_unavailable=False\n',
      ),
    ],
    'ol',
  );
  return layerBlob(builder.build());
});

export function oracleLinuxBase(): BaseImage {
  return {
    rows: [
      {
        createdBy: `/bin/sh -c #(nop) ADD file:${sha256Hex('oraclelinux-9-slim-rootfs.tar.xz 20251118')} in / `,
        created: CREATED,
        layer,
      },
      { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', created: CREATED },
    ],
    distro: 'trixie',
    userland: 'gnu',
    release: 'oraclelinux9',
    version: '9.6',
    top: layer,
  };
}

export const ORACLE_ENV = [PATH_DEFAULT];
