import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog';
import type { Catalog } from '../../catalog/types';
import type { OverlayFs } from '../../fs/overlay';
import { listDir, readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const NGINX_LIST =
  'deb [signed-by=/etc/apt/keyrings/nginx-archive-keyring.gpg] https://nginx.org/packages/mainline/debian/ trixie nginx\n';

function run(fs: OverlayFs, line: string) {
  return runProgram(aptGetProgram(catalog, 'trixie'), line.split(' '), fs);
}

describe('apt-get with a third-party repository in sources.list.d', () => {
  it("fetches nginx.org's index after Debian's and stores it under apt's flat name", () => {
    const fs = debianFs({ '/etc/apt/sources.list.d/nginx.list': NGINX_LIST });
    const update = run(fs, 'apt-get update');
    expect(update.stdout).toContain(
      'Get:4 https://nginx.org/packages/mainline/debian trixie InRelease [3613 B]\n',
    );
    expect(update.stdout).toMatch(
      /Get:8 https:\/\/nginx\.org\/packages\/mainline\/debian trixie\/nginx amd64 Packages \[\d+(\.\d)? kB\]\n/,
    );
    expect(listDir(fs, '/var/lib/apt/lists')).toContain(
      'nginx.org_packages_mainline_debian_dists_trixie_nginx_binary-amd64_Packages.lz4',
    );
    // A second update has everything already: Hit lines only.
    expect(run(fs, 'apt-get update').stdout).toContain(
      'Hit:4 https://nginx.org/packages/mainline/debian trixie InRelease\n',
    );
  });

  it("installs nginx.org's nginx (newer than Debian's) with its files, from its URL", () => {
    const fs = debianFs({ '/etc/apt/sources.list.d/nginx.list': NGINX_LIST });
    run(fs, 'apt-get update');
    const install = run(fs, 'apt-get install -y --no-install-recommends nginx nginx-module-njs');
    expect(install.code).toBe(0);
    expect(install.stdout).toMatch(
      /Get:\d+ https:\/\/nginx\.org\/packages\/mainline\/debian trixie\/nginx amd64 nginx amd64 1\.29\.8-1~trixie \[/,
    );
    expect(install.stdout).toContain('Setting up nginx-module-njs (1.29.8+0.9.6-1~trixie) ...\n');
    expect(readText(fs, '/etc/nginx/conf.d/default.conf')).toContain(
      'root   /usr/share/nginx/html;',
    );
    for (const path of ['/usr/sbin/nginx', '/usr/lib/nginx/modules/ngx_http_js_module.so'])
      expect(fs.stat(path).ok, path).toBe(true);
  });

  it('takes a pinned older release, as nginx.org keeps every release in its index', () => {
    const fs = debianFs({ '/etc/apt/sources.list.d/nginx.list': NGINX_LIST });
    run(fs, 'apt-get update');
    const install = run(fs, 'apt-get install -y nginx=1.29.3-1~trixie');
    expect(install.stdout).toContain('Setting up nginx (1.29.3-1~trixie) ...\n');
  });

  it('without the source, fails as apt does: a version Debian lacks, a package only nginx.org has', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    const pinned = run(fs, 'apt-get install -y nginx=1.29.8-1~trixie');
    expect(pinned.code).toBe(100);
    expect(pinned.stderr).toBe("E: Version '1.29.8-1~trixie' for 'nginx' was not found\n");
    const module = run(fs, 'apt-get install -y nginx-module-njs');
    expect(module.code).toBe(100);
    expect(module.stderr).toBe('E: Unable to locate package nginx-module-njs\n');
    expect(module.notes.join('\n')).toContain('https://nginx.org/packages/mainline/debian');
  });

  it('models an unknown repository and installs its packages as stand-ins at the pinned version', () => {
    const fs = debianFs({
      '/etc/apt/sources.list.d/example.sources':
        'Types: deb\nURIs: https://apt.example.com/debian\nSuites: trixie\nComponents: main\n',
    });
    const update = run(fs, 'apt-get update');
    expect(update.stdout).toContain('https://apt.example.com/debian trixie InRelease');
    expect(update.notes.join('\n')).toContain('does not know the apt repository');
    const install = run(fs, 'apt-get install -y example-agent=2.4.1-1');
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('Setting up example-agent (2.4.1-1) ...\n');
    expect(install.stdout).toContain(
      'Get:1 https://apt.example.com/debian trixie/main amd64 example-agent amd64 2.4.1-1 [',
    );
  });
});
