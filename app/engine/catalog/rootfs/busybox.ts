/**
 * The official busybox image (glibc variant): one static-ish busybox binary with every
 * applet in /bin, the glibc libraries it loads, and a handful of /etc files. In the real
 * image the applets are hard links to /bin/busybox; the simulated filesystem has no hard
 * links, so they are symlinks here (same behaviour when run; `ls -l` shows the difference).
 */
import type { DirNode } from '../../fs/node';
import { TreeBuilder } from '../util/tree-builder';
import { allApplets } from './busybox-applets';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nobody:x:65534:
`;

const LIBS: [string, number][] = [
  ['ld-linux-x86-64.so.2', 236_616],
  ['libc.so.6', 2_003_976],
  ['libm.so.6', 907_784],
  ['libresolv.so.2', 68_104],
  ['libnss_files.so.2', 14_480],
  ['libnss_dns.so.2', 14_480],
];

export function busyboxRootfs(version: string): DirNode {
  const builder = new TreeBuilder();
  for (const dir of ['dev', 'etc', 'home', 'proc', 'sys', 'usr/sbin', 'var/spool/mail', 'var/www'])
    builder.dir(`/${dir}`);
  builder.dir('/root', 0o700).dir('/tmp', 0o1777);
  builder.blob('/bin/busybox', `busybox:${version}-glibc`, 1_131_200, 0o755);
  for (const applet of allApplets())
    if (applet !== 'busybox') builder.link(`/bin/${applet}`, 'busybox');
  for (const [lib, size] of LIBS)
    builder.blob(`/lib/x86_64-linux-gnu/${lib}`, `glibc:2.36:${lib}`, size, 0o755);
  builder.link('/lib64', 'lib');
  builder.link('/lib/ld-linux-x86-64.so.2', 'x86_64-linux-gnu/ld-linux-x86-64.so.2');
  builder.text('/etc/passwd', PASSWD).text('/etc/group', GROUP);
  builder.text(
    '/etc/shadow',
    PASSWD.split('\n')
      .filter(Boolean)
      .map((l) => `${l.split(':')[0]}:*:10933:0:99999:7:::`)
      .join('\n') + '\n',
    0o600,
  );
  builder.text('/etc/nsswitch.conf', 'hosts:\t\tfiles dns\nnetworks:\tfiles\n');
  return builder.build();
}
