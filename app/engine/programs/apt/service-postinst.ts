/**
 * What the postinst of a Debian package with a service prints in a container: invoke-rc.d
 * tries to start it and Docker's images refuse (they ship /usr/sbin/policy-rc.d, which exits
 * 101), so nothing starts during a build; then deb-systemd-helper enables the unit
 * ("Created symlink ...", as in the cron install logs of Debian and Ubuntu images).
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';

/** Debian and Ubuntu archive packages that ship and enable a service, by their unit. */
const SERVICES: Record<string, string> = {
  nginx: 'nginx.service',
  cron: 'cron.service',
  rsync: 'rsync.service',
  'redis-server': 'redis-server.service',
  supervisor: 'supervisor.service',
  memcached: 'memcached.service',
};

/** Units live in /usr/lib/systemd/system from Debian 13 and Ubuntu 24.04, /lib before. */
function unitDir(fs: FileSystem): string {
  const os = readText(fs, '/etc/os-release') ?? '';
  const id = /^ID=(.*)$/m.exec(os)?.[1]?.replace(/"/g, '');
  const version = Number(/^VERSION_ID="?([\d.]+)/m.exec(os)?.[1] ?? '0');
  const usr = id === 'ubuntu' ? version >= 24 : id === 'debian' && version >= 13;
  return usr ? '/usr/lib/systemd/system' : '/lib/systemd/system';
}

/** The service lines for an archive package (not a third-party repository's), or undefined. */
export function servicePostinst(fs: FileSystem, name: string): string | undefined {
  const unit = SERVICES[name];
  if (!unit) return undefined;
  const wants = '/etc/systemd/system/multi-user.target.wants';
  const target = `${unitDir(fs)}/${unit}`;
  const denied = fs.stat('/usr/sbin/policy-rc.d').ok;
  let out =
    'invoke-rc.d: could not determine current runlevel\n' +
    (denied ? 'invoke-rc.d: policy-rc.d denied execution of start.\n' : '');
  if (!fs.lstat(`${wants}/${unit}`).ok) {
    fs.mkdir(wants, { parents: true });
    fs.symlink(target, `${wants}/${unit}`);
    out += `Created symlink ${wants}/${unit} \u2192 ${target}.\n`;
  }
  return out;
}
