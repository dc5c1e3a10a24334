import { describe, expect, it } from 'vitest';
import { emptyDir, textFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import { runProgram } from '../testing/fake-io';
import { nginxProgram } from './nginx';

/** An image's release files: Debian's os-release or Alpine's alpine-release. */
function base(release: string): OverlayFs {
  const entries: Record<string, string> = release.startsWith('alpine')
    ? { '/etc/alpine-release': `${release.slice('alpine'.length)}.2\n` }
    : { '/etc/os-release': `ID=debian\nVERSION_CODENAME=${release}\n` };
  entries['/etc/nginx/nginx.conf'] = 'events {}\n';
  let root: DirNode = emptyDir();
  for (const [path, text] of Object.entries(entries))
    root = setAt(root, splitPath(path), textFile(text));
  return new OverlayFs([root]);
}

function nginx(release: string, version: string, argv = ['nginx', '-V']) {
  return runProgram(nginxProgram, argv, base(release), {
    env: { NGINX_VERSION: version },
  });
}

const lines = (text: string) => text.split('\n');

describe('nginx -V follows the base the image was built on', () => {
  it('trixie (nginx:1.29, 1.28): gcc 14.2.0, OpenSSL 3.5.1, pid files in /run, built under /home/builder', () => {
    const r = nginx('trixie', '1.29.3');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr).slice(0, 4)).toEqual([
      'nginx version: nginx/1.29.3',
      'built by gcc 14.2.0 (Debian 14.2.0-19) ',
      'built with OpenSSL 3.5.1 1 Jul 2025',
      'TLS SNI support enabled',
    ]);
    const configure = lines(r.stderr)[4] ?? '';
    expect(configure).toMatch(/^configure arguments: --prefix=\/etc\/nginx --sbin-path=/);
    expect(configure).toContain(' --pid-path=/run/nginx.pid --lock-path=/run/nginx.lock ');
    expect(configure).toContain(' --with-http_v2_module --with-http_v3_module --with-mail ');
    expect(configure).toContain(
      "--with-cc-opt='-g -O2 -ffile-prefix-map=/home/builder/debuild/nginx-1.29.3/debian/debuild-base/nginx-1.29.3=. -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'",
    );
    expect(configure).not.toContain('perl_modules_path');
    expect(r.notes).toEqual([]);
    // -v alone stops at the version.
    expect(nginx('trixie', '1.29.3', ['nginx', '-v']).stderr).toBe('nginx version: nginx/1.29.3\n');
  });

  it('bookworm (nginx:1.25): gcc 12.2.0, OpenSSL 3.0.9, /var/run, /data/builder', () => {
    const r = nginx('bookworm', '1.25.5');
    expect(lines(r.stderr).slice(1, 3)).toEqual([
      'built by gcc 12.2.0 (Debian 12.2.0-14) ',
      'built with OpenSSL 3.0.9 30 May 2023',
    ]);
    expect(r.stderr).toContain(' --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock ');
    expect(r.stderr).toContain(
      '-ffile-prefix-map=/data/builder/debuild/nginx-1.25.5/debian/debuild-base/nginx-1.25.5=.',
    );
  });

  it('bullseye and buster: their gcc and OpenSSL; no HTTP/3 before 1.25; buster maps debug paths only', () => {
    const bullseye = nginx('bullseye', '1.23.4');
    expect(lines(bullseye.stderr).slice(1, 3)).toEqual([
      'built by gcc 10.2.1 20210110 (Debian 10.2.1-6) ',
      'built with OpenSSL 1.1.1n  15 Mar 2022',
    ]);
    expect(bullseye.stderr).not.toContain('http_v3');
    expect(nginx('bullseye', '1.21.6').stderr).toContain(
      'built with OpenSSL 1.1.1k  25 Mar 2021\n',
    );
    const buster = nginx('buster', '1.19.10');
    expect(lines(buster.stderr)[1]).toBe('built by gcc 8.3.0 (Debian 8.3.0-6) ');
    expect(buster.stderr).toContain('built with OpenSSL 1.1.1d  10 Sep 2019\n');
    expect(buster.stderr).toContain("--with-cc-opt='-g -O2 -fdebug-prefix-map=/data/builder/");
  });

  it("Alpine variants: the release's gcc, abuild's flags and the perl modules path", () => {
    const a320 = nginx('alpine3.20', '1.26.3');
    expect(lines(a320.stderr)[1]).toBe('built by gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ');
    expect(a320.stderr).toContain(
      ' --with-perl_modules_path=/usr/lib/perl5/vendor_perl --user=nginx --group=nginx ',
    );
    expect(a320.stderr).toContain(
      "--with-cc-opt='-Os -Wformat -Werror=format-security -g' --with-ld-opt='-Wl,--as-needed,-O1,--sort-common -Wl,-z,pack-relative-relocs'\n",
    );
    // No nginx -V of this build was found: the OpenSSL line says so in a note.
    expect(a320.notes.join(' ')).toMatch(/neighbouring release's/);
    const a317 = nginx('alpine3.17', '1.24.0');
    expect(lines(a317.stderr).slice(1, 3)).toEqual([
      'built by gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r4) ',
      'built with OpenSSL 3.0.7 1 Nov 2022',
    ]);
    expect(a317.notes).toEqual([]);
    expect(lines(nginx('alpine3.22', '1.29.3').stderr)[1]).toBe(
      'built by gcc 14.2.0 (Alpine 14.2.0) ',
    );
    const a311 = nginx('alpine3.11', '1.17.10');
    expect(lines(a311.stderr)[1]).toBe('built by gcc 9.2.0 (Alpine 9.2.0) ');
    expect(a311.stderr).toContain(
      "--with-cc-opt='-Os -fomit-frame-pointer' --with-ld-opt=-Wl,--as-needed\n",
    );
  });

  it("the start-up notice names the base's compiler too", () => {
    const started = nginx('bullseye', '1.21.6', ['nginx', '-g', 'daemon off;']);
    expect(started.stderr).toMatch(
      /\[notice\] 1#1: nginx\/1\.21\.6\n.*\[notice\] 1#1: built by gcc 10\.2\.1 20210110 \(Debian 10\.2\.1-6\) \n/,
    );
    expect(nginx('alpine3.22', '1.29.3', ['nginx', '-g', 'daemon off;']).stderr).toContain(
      ' built by gcc 14.2.0 (Alpine 14.2.0) \n',
    );
  });
});
