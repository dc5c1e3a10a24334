import { beforeAll, describe, expect, it } from 'vitest';
import type { DirNode } from '../fs/node';
import { realPath } from '../fs/union';
import { loadCatalog } from './index';
import type { Catalog } from './types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function trees(repo: string, tag: string): DirNode[] {
  const image = catalog.image(repo, tag);
  if (!image) throw new Error(`${repo}:${tag} missing`);
  return image.layers.map((l) => l.tree);
}

/** The text of a file in the merged image, following symlinks. */
function read(repo: string, tag: string, path: string): string | undefined {
  const found = realPath(trees(repo, tag), path);
  if (!found.ok || found.resolved?.node.kind !== 'file') return undefined;
  return found.resolved.node.text;
}

describe('image filesystems', () => {
  it('/etc/os-release of debian:trixie-slim says VERSION_CODENAME=trixie', () => {
    expect(read('debian', 'trixie-slim', '/etc/os-release')).toContain('VERSION_CODENAME=trixie');
    expect(read('debian', 'bookworm-slim', '/etc/os-release')).toContain(
      'VERSION_CODENAME=bookworm',
    );
    expect(read('ubuntu', 'latest', '/etc/os-release')).toContain('VERSION_CODENAME=noble');
    expect(read('alpine', 'latest', '/etc/os-release')).toContain('VERSION_ID=3.22.2');
    expect(read('alpine', 'latest', '/etc/alpine-release')).toBe('3.22.2\n');
    expect(read('debian', 'trixie-slim', '/etc/debian_version')).toBe('13.2\n');
  });

  it('/usr/local/bin/python3 resolves through symlinks in python:3.14-slim', () => {
    const layers = trees('python', '3.14-slim');
    const python = realPath(layers, '/usr/local/bin/python');
    expect(python.ok && python.path).toBe('/usr/local/bin/python3.14');
    expect(python.ok && python.resolved?.node.kind).toBe('file');
    const python3 = realPath(layers, '/usr/local/bin/python3');
    expect(python3.ok && python3.path).toBe('/usr/local/bin/python3.14');
    const pip = realPath(layers, '/usr/local/bin/pip');
    expect(pip.ok && pip.path).toBe('/usr/local/bin/pip3');
  });

  it('Debian has merged /usr and sh is dash', () => {
    const layers = trees('debian', 'trixie-slim');
    for (const [link, target] of [
      ['/bin/ls', '/usr/bin/ls'],
      ['/sbin/chroot', '/usr/sbin/chroot'],
      ['/bin/sh', '/usr/bin/dash'],
      ['/usr/bin/awk', '/usr/bin/mawk'],
      // debianutils ships which.debianutils; its postinst makes /usr/bin/which an alternative.
      ['/usr/bin/which', '/usr/bin/which.debianutils'],
    ]) {
      const found = realPath(layers, link as string);
      expect(found.ok && found.path, link).toBe(target);
    }
  });

  it('Alpine links busybox applets, and /bin/sh is busybox', () => {
    const layers = trees('alpine', 'latest');
    for (const applet of ['/bin/sh', '/bin/ls', '/usr/bin/wget', '/sbin/ifconfig']) {
      const found = realPath(layers, applet);
      expect(found.ok && found.path, applet).toBe('/bin/busybox');
    }
    const apk = realPath(layers, '/sbin/apk');
    expect(apk.ok && apk.resolved?.node.kind).toBe('file');
  });

  it('the busybox image has every applet in /bin', () => {
    const layers = trees('busybox', 'latest');
    for (const applet of ['sh', 'ls', 'wget', 'vi', 'ifconfig']) {
      const found = realPath(layers, `/bin/${applet}`);
      expect(found.ok && found.path, applet).toBe('/bin/busybox');
    }
  });

  it("dpkg's status lists the installed packages, so apt knows them", () => {
    const status = read('debian', 'trixie-slim', '/var/lib/dpkg/status') ?? '';
    for (const pkg of ['base-files', 'bash', 'coreutils', 'dash', 'libc6', 'apt', 'dpkg']) {
      expect(status).toContain(`Package: ${pkg}\n`);
    }
    expect(status).toMatch(/Package: bash\nEssential: yes\nStatus: install ok installed\n/);
    const python = read('python', '3.14-slim', '/var/lib/dpkg/status') ?? '';
    expect(python).toContain('Package: ca-certificates\n');
    expect(python).toContain('Package: libreadline8t64\n');
    const list = read('debian', 'trixie-slim', '/var/lib/dpkg/info/coreutils.list') ?? '';
    expect(list.split('\n')).toContain('/usr/bin/ls');
  });

  it("Alpine's apk database lists the installed packages", () => {
    const db = read('alpine', 'latest', '/lib/apk/db/installed') ?? '';
    for (const pkg of ['musl', 'busybox', 'apk-tools', 'alpine-baselayout'])
      expect(db).toContain(`P:${pkg}\n`);
  });

  it('slim images drop man pages and docs but keep copyright files', () => {
    const slim = trees('debian', 'trixie-slim');
    const man = realPath(slim, '/usr/share/man/man1/ls.1.gz');
    expect(man.ok && man.resolved).toBeFalsy();
    expect(realPath(slim, '/usr/share/doc/bash/copyright')).toMatchObject({
      ok: true,
      resolved: { node: { kind: 'file' } },
    });
    const full = trees('debian', 'trixie');
    expect(realPath(full, '/usr/share/man/man1/ls.1.gz')).toMatchObject({
      ok: true,
      resolved: { node: { kind: 'file' } },
    });
    expect(read('debian', 'trixie-slim', '/etc/dpkg/dpkg.cfg.d/docker')).toContain(
      'path-exclude /usr/share/man/*',
    );
  });

  it('Debian images carry docker-clean, the sources list and account files', () => {
    expect(read('debian', 'trixie-slim', '/etc/apt/apt.conf.d/docker-clean')).toContain(
      'Dir::Cache::pkgcache "";',
    );
    expect(read('debian', 'trixie-slim', '/etc/apt/sources.list.d/debian.sources')).toContain(
      'Suites: trixie trixie-updates',
    );
    expect(read('debian', 'trixie-slim', '/etc/passwd')).toMatch(
      /^root:x:0:0:root:\/root:\/bin\/bash\n/,
    );
    expect(read('ubuntu', 'latest', '/etc/passwd')).toContain(
      'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash',
    );
  });

  it("Debian images carry base-files' /etc/profile and bash's real bash.bashrc", () => {
    const bookworm = read('debian', 'bookworm-slim', '/etc/profile') ?? '';
    expect(bookworm.length).toBe(769);
    expect(bookworm).toContain('if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:');
    expect(bookworm).toContain('  for i in /etc/profile.d/*.sh; do\n');
    const profileD = realPath(trees('debian', 'bookworm-slim'), '/etc/profile.d');
    expect(profileD.ok && profileD.resolved?.node.kind).toBe('dir');
    expect(read('python', '3.14-slim', '/etc/profile')).toContain('run-parts --list --regex');
    expect(read('ubuntu', 'latest', '/etc/profile')).toBeUndefined();
    expect(read('debian', 'trixie-slim', '/etc/bash.bashrc')?.length).toBe(1994);
    expect(read('ubuntu', 'latest', '/etc/bash.bashrc')).toContain('# sudo hint\n');
  });

  it('nginx serves the welcome page and runs its entrypoint scripts', () => {
    expect(read('nginx', 'latest', '/usr/share/nginx/html/index.html')).toContain(
      '<title>Welcome to nginx!</title>',
    );
    expect(read('nginx', 'latest', '/etc/nginx/nginx.conf')).toContain(
      'include /etc/nginx/conf.d/*.conf;',
    );
    expect(read('nginx', 'latest', '/docker-entrypoint.sh')).toMatch(/^#!\/bin\/sh\n/);
    expect(read('nginx', 'latest', '/docker-entrypoint.d/20-envsubst-on-templates.sh')).toContain(
      'envsubst',
    );
    expect(read('nginx', 'latest', '/etc/passwd')).toContain(
      'nginx:x:101:101:nginx user:/nonexistent:/bin/false',
    );
  });

  it('node images have node, npm and the entrypoint', () => {
    const layers = trees('node', '24-slim');
    const npm = realPath(layers, '/usr/local/bin/npm');
    expect(npm.ok && npm.path).toBe('/usr/local/lib/node_modules/npm/bin/npm-cli.js');
    expect(read('node', '24-slim', '/usr/local/bin/docker-entrypoint.sh')).toContain(
      'set -- node "$@"',
    );
    expect(read('node', '24-slim', '/etc/passwd')).toContain(
      'node:x:1000:1000::/home/node:/bin/bash',
    );
  });
});
