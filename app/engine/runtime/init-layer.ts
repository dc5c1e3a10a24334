/**
 * The "-init" layer Docker puts between the image and the writable layer: the files every
 * container needs whatever the image (/etc/hostname, /etc/hosts, /etc/resolv.conf, the
 * /.dockerenv marker, mount points for /proc, /sys and /dev). Being a lower layer, its
 * files never show in `docker diff` and are never committed.
 */
import { emptyDir, symlink, textFile, type DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { setAt } from '../fs/tree';

const HOSTS_BASE = `127.0.0.1\tlocalhost
::1\tlocalhost ip6-localhost ip6-loopback
fe00::0\tip6-localnet
ff00::0\tip6-mcastprefix
ff02::1\tip6-allnodes
ff02::2\tip6-allrouters
`;

/** What the default bridge network gives a container's resolver (the host's, as Docker copies it). */
const RESOLV_CONF = 'nameserver 192.168.65.7\n';

export interface InitLayerOptions {
  hostname: string;
  /** The container's address on the bridge network; none with `--network none`. */
  ip?: string;
}

const cache = new Map<string, DirNode>();

export function initLayer(options: InitLayerOptions): DirNode {
  const key = `${options.hostname}|${options.ip ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  let root = emptyDir();
  const put = (path: string, node: Parameters<typeof setAt>[2]) => {
    root = setAt(root, splitPath(path), node);
  };
  put('/.dockerenv', textFile('', 0o755));
  put('/dev', emptyDir());
  put('/proc', emptyDir(0o555));
  put('/sys', emptyDir(0o555));
  put('/etc/hostname', textFile(`${options.hostname}\n`));
  const self = options.ip ? `${options.ip}\t${options.hostname}\n` : '';
  put('/etc/hosts', textFile(HOSTS_BASE + self));
  put('/etc/resolv.conf', textFile(RESOLV_CONF));
  put('/etc/mtab', symlink('/proc/mounts'));
  if (cache.size > 500) cache.clear();
  cache.set(key, root);
  return root;
}
