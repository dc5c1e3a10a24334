/**
 * apk's package triggers, run once after a transaction and printed as
 * "Executing <name>-<version>.trigger". A package's trigger runs when the transaction changed
 * files under the folders its APKBUILD names (`triggers="$pkgname.trigger=/dir:/dir"`), the
 * package's own files included, so installing ca-certificates runs its trigger and adding git
 * where ca-certificates is already installed does not. BusyBox's trigger (applet links for
 * /bin, /sbin, /usr/bin, /usr/sbin) is taken to run after every change: nearly every package
 * touches those folders. Triggers run in installed-database order, busybox first.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProgramIO } from '../../shell/program';
import { listDir } from '../common/fs-helpers';
import type { ApkEntry } from './apk-db';
import { restoreAppletLinks } from './busybox-trigger';

const BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/**
 * update-ca-certificates (Alpine's C one): rewrites the bundle and links each certificate
 * under /usr/share/ca-certificates as /etc/ssl/certs/<name>.pem.
 */
function updateCaCertificates(fs: FileSystem): void {
  const walk = (dir: string): string[] =>
    listDir(fs, dir).flatMap((name) => {
      const path = `${dir}/${name}`;
      const st = fs.stat(path);
      if (!st.ok) return [];
      return st.value.node.kind === 'dir' ? walk(path) : name.endsWith('.crt') ? [path] : [];
    });
  for (const cert of walk('/usr/share/ca-certificates')) {
    const pem = `/etc/ssl/certs/${cert.slice(cert.lastIndexOf('/') + 1, -'.crt'.length)}.pem`;
    if (!fs.lstat(pem).ok) fs.symlink(cert, pem);
  }
  if (fs.stat(BUNDLE).ok) fs.touch(BUNDLE);
}

interface Trigger {
  /** Folders whose change runs it; undefined: any change. */
  dirs?: string[];
  run(fs: FileSystem): void;
}

const TRIGGERS: Record<string, Trigger> = {
  busybox: { run: restoreAppletLinks },
  'ca-certificates': {
    dirs: ['/usr/share/ca-certificates', '/usr/local/share/ca-certificates', '/etc/ssl/certs'],
    run: updateCaCertificates,
  },
};

/** Runs the triggers of installed packages that `changed` (the paths added or removed) set off. */
export function runTriggers(
  io: ProgramIO,
  installed: Map<string, ApkEntry>,
  changed: readonly string[],
): void {
  if (changed.length === 0) return;
  for (const entry of installed.values()) {
    const trigger = TRIGGERS[entry.name];
    if (!trigger) continue;
    const { dirs } = trigger;
    if (dirs && !changed.some((p) => dirs.some((d) => p === d || p.startsWith(`${d}/`)))) continue;
    io.stdout(`Executing ${entry.name}-${entry.version}.trigger\n`);
    trigger.run(io.fs);
  }
}
