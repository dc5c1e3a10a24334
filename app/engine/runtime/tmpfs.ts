/**
 * tmpfs mounts as Docker makes them (`--tmpfs PATH[:OPTIONS]`, `--mount type=tmpfs`): the
 * daemon's option check, the root directory runc mounts, and the inspect forms. A tmpfs
 * lives in memory: its files are kept on the Mount while the container runs, never in the
 * writable layer (so never in diff or commit), and each start mounts a fresh, empty one.
 */
import { emptyDir, type DirNode } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import { goStruct } from '../cli/format/go-value';
import type { Container, Mount } from '../host/containers';

/** Mount flags the daemon accepts in a `--tmpfs` option list (besides the data keys below). */
const FLAGS = new Set([
  'defaults', 'ro', 'rw', 'suid', 'nosuid', 'dev', 'nodev', 'exec', 'noexec', 'sync', 'async',
  'dirsync', 'remount', 'mand', 'nomand', 'atime', 'noatime', 'diratime', 'nodiratime',
  'relatime', 'norelatime', 'strictatime', 'nostrictatime',
]); // prettier-ignore
const DATA = new Set(['size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);

export interface TmpfsSettings {
  readOnly: boolean;
  /** The root's mode, owner and group (`mode=1700,uid=1000,gid=100`); 1777 root:root otherwise. */
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The daemon's check of `--tmpfs` options: `invalid tmpfs option ["bogus"]`. Values it passes
 * on unread (`size=abc`, `mode=999`) make runc fail at start, which is not simulated.
 */
export function tmpfsOptionsError(options: string): string | undefined {
  for (const option of options === '' ? [] : options.split(',')) {
    const parts = option.split('=');
    const key = parts[0] ?? '';
    if (parts.length === 1 ? FLAGS.has(key) : parts.length === 2 && DATA.has(key)) continue;
    return `invalid tmpfs option [${parts.map((p) => JSON.stringify(p)).join(' ')}]`;
  }
  return undefined;
}

function numberOption(options: string[], key: string, radix: number): number | undefined {
  const found = options.findLast((o) => o.startsWith(`${key}=`));
  if (found === undefined) return undefined;
  const value = Number.parseInt(found.slice(key.length + 1), radix);
  return Number.isNaN(value) ? undefined : value;
}

/** The kernel's memparse (size, nr_inodes, nr_blocks: `64k`, `2g`; size also `50%`). */
const KERNEL_SIZE = /^\d+[kmgtpe]?$/i;
const DATA_VALUE: Record<string, RegExp> = {
  size: /^(\d+[kmgtpe]?|\d+%)$/i,
  nr_inodes: KERNEL_SIZE,
  nr_blocks: KERNEL_SIZE,
  mode: /^[0-7]+$/,
  uid: /^\d+$/,
  gid: /^\d+$/,
};

/**
 * runc's mount(2) of a `--tmpfs` whose values the kernel refuses (`size=abc`, `mode=999`):
 * the start fails with this (wrapped by `ociError`). The flags are nosuid|nodev|noexec as
 * Docker asks them (`exec`, `suid`, `dev` drop theirs; ro is applied afterwards); the data,
 * every `key=value` option in the order given.
 */
export function tmpfsMountError(mounts: readonly Mount[]): string | undefined {
  for (const m of mounts) {
    if (m.type !== 'tmpfs' || m.tmpfsMount || !m.tmpfsOptions) continue;
    const options = m.tmpfsOptions.split(',');
    const data = options.filter((o) => o.includes('='));
    const bad = data.some((o) => {
      const eq = o.indexOf('=');
      const check = DATA_VALUE[o.slice(0, eq)];
      return check !== undefined && !check.test(o.slice(eq + 1));
    });
    if (!bad) continue;
    let flags = 0;
    if (!options.includes('suid')) flags |= 0x2;
    if (!options.includes('dev')) flags |= 0x4;
    if (!options.includes('exec')) flags |= 0x8;
    const at = m.destination;
    return `error during container init: error mounting "tmpfs" to rootfs at "${at}": mount tmpfs:${at} (via /proc/self/fd/6), flags: 0x${flags.toString(16)}, data: ${data.join(',')}: invalid argument`;
  }
  return undefined;
}

export function tmpfsSettings(mount: Mount): TmpfsSettings {
  const options = (mount.tmpfsOptions ?? '').split(',');
  const mode = mount.tmpfsMount?.mode ?? numberOption(options, 'mode', 8) ?? 0o1777;
  return {
    readOnly: mount.readOnly || options.includes('ro'),
    mode: mode & 0o7777,
    uid: numberOption(options, 'uid', 10) ?? 0,
    gid: numberOption(options, 'gid', 10) ?? 0,
  };
}

/**
 * The empty root a start mounts. runc gives it the mode of the directory it covers when that
 * directory was there before (the image's /etc: 755; a path made by an earlier start: 755,
 * so a restart loses `mode=1700`), the options' mode otherwise; owner and group from the options.
 */
function freshTmpfsRoot(lowers: DirNode[], c: Container, mount: Mount): DirNode {
  const settings = tmpfsSettings(mount);
  const owner = { uid: settings.uid, gid: settings.gid };
  const upper = c.startedAt > 0 ? c.upper : emptyDir();
  const covered = new OverlayFs(lowers, upper).stat(mount.destination);
  if (covered.ok && covered.value.node.kind === 'dir') {
    return emptyDir(covered.value.node.mode & 0o7777, owner);
  }
  return emptyDir(settings.mode, owner);
}

/** Every tmpfs of the container, fresh and empty: what a start mounts (`lowers`: image + init). */
export function remountTmpfs(lowers: DirNode[], c: Container): Mount[] {
  return c.mounts.map((m) =>
    m.type === 'tmpfs' ? { ...m, tree: freshTmpfsRoot(lowers, c, m) } : m,
  );
}

/** The container stopped: its tmpfs memory is freed. */
export function dropTmpfsFiles(mounts: readonly Mount[]): Mount[] {
  return mounts.map((m) => {
    if (m.type !== 'tmpfs' || m.tree === undefined) return m;
    const { tree: _tree, ...rest } = m;
    return rest;
  });
}

/**
 * Whether `path` lies on a tmpfs mounted noexec (Docker's default; `--tmpfs PATH:exec` lifts
 * it): the deepest mount holding the path decides.
 */
export function onNoexecTmpfs(mounts: readonly Mount[], path: string): boolean {
  const holding = mounts
    .filter((m) => path === m.destination || path.startsWith(`${m.destination}/`))
    .sort((a, b) => b.destination.length - a.destination.length)[0];
  if (holding?.type !== 'tmpfs') return false;
  return !(holding.tmpfsOptions ?? '').split(',').includes('exec');
}

/** `--mount type=tmpfs` mounts are listed in inspect's Mounts; `--tmpfs` ones are not. */
export function listedInMounts(m: Mount): boolean {
  return m.type !== 'tmpfs' || m.tmpfsMount !== undefined;
}

/** HostConfig.Tmpfs: `--tmpfs` path → options (a nil map, JSON null, without any). */
export function hostConfigTmpfs(c: Container): Record<string, string> | undefined {
  const fromFlag = c.mounts.filter((m) => m.type === 'tmpfs' && m.tmpfsMount === undefined);
  if (fromFlag.length === 0) return undefined;
  return Object.fromEntries(fromFlag.map((m) => [m.destination, m.tmpfsOptions ?? '']));
}

/** HostConfig.Mounts entries (mount.Mount) of `--mount type=tmpfs`. */
export function hostConfigTmpfsMounts(c: Container) {
  return c.mounts
    .filter((m) => m.type === 'tmpfs' && m.tmpfsMount !== undefined)
    .map((m) => {
      const { sizeBytes, mode } = m.tmpfsMount ?? {};
      const options =
        sizeBytes || mode
          ? goStruct(
              'mount.TmpfsOptions',
              { SizeBytes: sizeBytes ?? 0, Mode: mode ?? 0 },
              { omitEmpty: ['SizeBytes', 'Mode'] },
            )
          : null;
      return goStruct(
        'mount.Mount',
        {
          Type: 'tmpfs',
          Source: '',
          Target: m.destination,
          ReadOnly: m.readOnly,
          Consistency: '',
          BindOptions: null,
          VolumeOptions: null,
          TmpfsOptions: options,
        },
        {
          omitEmpty: [
            'Source',
            'Target',
            'ReadOnly',
            'Consistency',
            'BindOptions',
            'VolumeOptions',
            'TmpfsOptions',
          ],
        },
      );
    });
}
