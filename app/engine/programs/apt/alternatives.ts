/**
 * update-alternatives as the maintainer scripts of a few packages run it when they are set
 * up: the generic name (/usr/bin/cc) links to /etc/alternatives/cc, which links to the
 * provider (/usr/bin/gcc), and the script says so. Without these links CMake, Make's default
 * CC=cc and `c++ main.cpp` would find no compiler after `apt-get install build-essential`.
 * Only alternatives that builds and debugging sessions reach for are listed (cc, c++, nc,
 * telnet); the rest of a postinst is not modelled.
 */
import type { FileSystem } from '../../fs/filesystem';

interface Alternative {
  name: string;
  link: string;
  provider: string;
}

const ALTERNATIVES: Record<string, Alternative[]> = {
  gcc: [{ name: 'cc', link: '/usr/bin/cc', provider: '/usr/bin/gcc' }],
  'g++': [{ name: 'c++', link: '/usr/bin/c++', provider: '/usr/bin/g++' }],
  'netcat-traditional': [{ name: 'nc', link: '/bin/nc', provider: '/bin/nc.traditional' }],
  'netcat-openbsd': [{ name: 'nc', link: '/bin/nc', provider: '/bin/nc.openbsd' }],
  'inetutils-telnet': [
    { name: 'telnet', link: '/usr/bin/telnet', provider: '/usr/bin/inetutils-telnet' },
  ],
};

/** Makes the package's alternative links that are missing; returns what the script prints. */
export function registerAlternatives(fs: FileSystem, pkg: string): string {
  let printed = '';
  for (const alt of ALTERNATIVES[pkg] ?? []) {
    if (!fs.stat(alt.provider).ok || fs.lstat(alt.link).ok) continue;
    fs.mkdir('/etc/alternatives', { parents: true });
    fs.symlink(alt.provider, `/etc/alternatives/${alt.name}`);
    fs.symlink(`/etc/alternatives/${alt.name}`, alt.link);
    printed += `update-alternatives: using ${alt.provider} to provide ${alt.link} (${alt.name}) in auto mode\n`;
  }
  return printed;
}
