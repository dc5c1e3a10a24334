/**
 * A new world: one host, "laptop", with a learner's home folder as the working directory
 * (it is the build context people edit), and an empty shared registry. More hosts (a CI
 * runner, a production server) are created on first use with the same layout.
 */
import { emptyDir, symlink, textFile, blobFile, type DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { setAt } from '../fs/tree';
import type { HostState, World } from './state';

export const HOME = '/home/learner';
export const DEFAULT_HOST = 'laptop';

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** The host's own filesystem: a Debian machine with the tools the terminal offers. */
export function hostFilesystem(hostname: string, tools: readonly string[]): DirNode {
  let root = emptyDir();
  const put = (path: string, node: Parameters<typeof setAt>[2]) => {
    root = setAt(root, splitPath(path), node);
  };
  put('/usr/bin', emptyDir());
  put('/bin', symlink('usr/bin'));
  put('/sbin', symlink('usr/sbin'));
  put('/usr/sbin', emptyDir());
  put('/usr/local/bin', emptyDir());
  for (const tool of tools)
    put(`/usr/bin/${tool}`, blobFile(`host-tool:${tool}`, 1000 + tool.length * 1000, 0o755));
  put('/etc/hostname', textFile(`${hostname}\n`));
  put('/etc/os-release', textFile(OS_RELEASE));
  put(
    '/etc/passwd',
    textFile(
      'root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner,,,:/home/learner:/bin/bash\n',
    ),
  );
  put('/etc/group', textFile('root:x:0:\ndocker:x:999:learner\nlearner:x:1000:\n'));
  put('/root', emptyDir(0o700));
  put('/tmp', emptyDir(0o1777));
  put('/var/lib/docker', emptyDir(0o710));
  put(HOME, emptyDir(0o755, { uid: 1000, gid: 1000 }));
  return root;
}

export function createHost(name: string, tools: readonly string[]): HostState {
  return {
    name,
    fs: hostFilesystem(name, tools),
    home: HOME,
    cwd: HOME,
    env: {
      HOME,
      USER: 'learner',
      LOGNAME: 'learner',
      SHELL: '/bin/bash',
      PATH: '/usr/local/bin:/usr/bin:/bin',
      PWD: HOME,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
    },
    vars: {},
    images: {},
    tags: {},
    layers: {},
    buildCache: {},
    containers: {},
    volumes: {},
  };
}

export function createWorld(tools: readonly string[], seed = 'layercake'): World {
  return {
    version: 1,
    hosts: { [DEFAULT_HOST]: createHost(DEFAULT_HOST, tools) },
    current: DEFAULT_HOST,
    registry: { repos: {}, layers: {} },
    ids: { seed, counter: 0 },
  };
}
