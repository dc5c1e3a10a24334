/**
 * Test helpers: a small image-like tree and a one-call way to run a script against it.
 * Used by the tests of this folder (and usable by anyone testing code built on the shell).
 */
import { OverlayFs } from '../../fs/overlay';
import { emptyDir, symlink, textFile, blobFile, type DirNode } from '../../fs/node';
import { setAt } from '../../fs/tree';
import { splitPath } from '../../fs/path';
import { runShell, type ShellOptions, type ShellResult } from '../index';
import { coreutils } from '../programs/registry';
import type { ProgramEntry, User, Userland } from '../program';

export const ROOT: User = { name: 'root', uid: 0, gid: 0, home: '/root' };

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';
const GROUP = 'root:x:0:\nstaff:x:50:\nnogroup:x:65534:\n';
const SHADOW = 'root:*:19000:0:99999:7:::\nnobody:*:19000:0:99999:7:::\n';

/** Tools installed as executables in the base tree (so PATH lookup finds them). */
const TOOLS = [
  'sh',
  'bash',
  'dash',
  'cat',
  'ls',
  'mkdir',
  'rm',
  'rmdir',
  'cp',
  'mv',
  'ln',
  'chmod',
  'chown',
  'touch',
  'echo',
  'printf',
  'test',
  '[',
  'pwd',
  'head',
  'tail',
  'wc',
  'grep',
  'sed',
  'awk',
  'sort',
  'uniq',
  'tr',
  'cut',
  'tee',
  'find',
  'xargs',
  'basename',
  'dirname',
  'env',
  'printenv',
  'id',
  'whoami',
  'groups',
  'hostname',
  'uname',
  'date',
  'sleep',
  'seq',
  'yes',
  'expr',
  'which',
  'stat',
  'du',
  'df',
  'tar',
  'gzip',
  'gunzip',
  'zcat',
  'useradd',
  'groupadd',
  'usermod',
  'adduser',
  'addgroup',
  'su',
  'chpasswd',
  'true',
  'false',
  'readlink',
  'realpath',
  'mktemp',
  'nproc',
  'md5sum',
  'sha256sum',
  'kill',
  'install',
  'getent',
  'tac',
  'timeout',
  'nohup',
  'nice',
  'truncate',
];

/** A Debian-like (gnu) or BusyBox-like tree with /bin/sh, the tools above and /etc files. */
export function baseTree(userland: Userland = 'gnu', extra: Record<string, string> = {}): DirNode {
  let root = emptyDir();
  const put = (path: string, node: Parameters<typeof setAt>[2]): void => {
    root = setAt(root, splitPath(path), node);
  };
  for (const dir of [
    '/tmp',
    '/root',
    '/home',
    '/var/cache',
    '/var/lib',
    '/usr/local/bin',
    '/usr/bin',
    '/usr/sbin',
    '/etc',
    '/opt',
  ]) {
    put(dir, dir === '/tmp' ? emptyDir(0o1777) : emptyDir());
  }
  if (userland === 'gnu') {
    put('/bin', symlink('usr/bin'));
    put('/sbin', symlink('usr/sbin'));
    for (const tool of TOOLS) put(`/usr/bin/${tool}`, blobFile(`coreutils:${tool}`, 40_000, 0o755));
  } else {
    put('/bin/busybox', blobFile('busybox', 1_000_000, 0o755));
    for (const tool of TOOLS.filter(
      (t) => t !== 'bash' && t !== 'dash' && t !== 'useradd' && t !== 'groupadd',
    )) {
      put(`/bin/${tool}`, symlink('/bin/busybox'));
    }
  }
  put('/etc/passwd', textFile(PASSWD));
  put('/etc/group', textFile(GROUP));
  put('/etc/shadow', textFile(SHADOW, 0o640));
  put('/etc/hostname', textFile('b7c1d2e3f4a5\n'));
  for (const [path, text] of Object.entries(extra)) {
    if (path.endsWith('/')) put(path, emptyDir());
    else put(path, textFile(text));
  }
  return root;
}

export interface Sim {
  fs: OverlayFs;
  run(script: string, options?: Partial<ShellOptions>): ShellResult;
}

export const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const NOW = Date.UTC(2025, 0, 15, 12, 30, 45);

/** A fresh writable layer over the base tree; `extraPrograms` adds stubs (apt-get, ...). */
export function sim(
  userland: Userland = 'gnu',
  files: Record<string, string> = {},
  extraPrograms: Record<string, ProgramEntry> = {},
): Sim {
  const fs = new OverlayFs([baseTree(userland, files)]);
  const programs = coreutils(userland);
  for (const [name, entry] of Object.entries(extraPrograms)) programs.set(name, entry);
  return {
    fs,
    run: (script, options = {}) =>
      runShell(script, {
        fs,
        env: { PATH, HOME: '/root' },
        cwd: '/',
        user: ROOT,
        userland,
        programs,
        now: NOW,
        ...options,
      }),
  };
}

/** Puts executables into /usr/local/bin, as an image that installed them would have. */
export function install(s: Sim, ...names: string[]): void {
  for (const name of names)
    s.fs.writeFile(
      `/usr/local/bin/${name}`,
      { blob: `tool:${name}`, size: 2_000_000 },
      { mode: 0o755 },
    );
}

export function readText(fs: OverlayFs, path: string): string | undefined {
  const read = fs.readFile(path);
  return read.ok ? read.value.text : undefined;
}
