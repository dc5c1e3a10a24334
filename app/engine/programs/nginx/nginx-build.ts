/**
 * What an nginx.org package says of its own build: the `built by gcc ...` line (`nginx -V` and
 * the start-up notice), `built with OpenSSL ...` and `configure arguments:`. nginx.org builds
 * each package on the distribution release it is for, so all three follow the image's base:
 * its compiler, the OpenSSL its -dev package had, and the build flags that release's
 * dpkg-buildflags (Debian) or abuild (Alpine) hand out.
 *
 * Checked against real output (search tool, issues and code corpora: official images'
 * start-up logs and `nginx -V` of nginx.org packages):
 * - gcc: stretch 6.3.0-18+deb9u1 (1.15.5, 1.17.3), buster 8.3.0-6 (1.19.1 to 1.21.3), bullseye
 *   10.2.1-6 (1.20.2, 1.21.4 to 1.24.0), bookworm 12.2.0-14 (1.25.1 to 1.27.5), trixie
 *   14.2.0-19 (1.28.0, 1.29.x); Alpine 3.8 to 3.22 as each release's gcc names itself (nginx
 *   1.17.10, 1.20.2, 1.21.6, 1.22.1, 1.23.3/1.24.0, 1.25.4, 1.26.x, 1.27.5, 1.28/1.29 logs;
 *   3.8 to 3.10 from the releases' own `gcc -v`).
 * - OpenSSL (what nginx was compiled against): stretch 1.1.0j (1.16.0), buster 1.1.1d,
 *   bullseye 1.1.1k before 1.22 and 1.1.1n after (1.21.5/1.22.1/1.23.4), bookworm 3.0.9
 *   (1.25.x; 1.24.0 taken as the same) then 3.0.11 (1.27.3; taken from 1.26), trixie 3.5.1
 *   (1.28.0); Alpine 3.11 1.1.1d (1.17.10), 3.13 1.1.1i, 3.16 1.1.1o, 3.17 3.0.7, 3.19 3.1.4,
 *   3.22 3.5.1. Where no build was found (Alpine 3.8 to 3.10, 3.12, 3.14, 3.15, 3.20, 3.21)
 *   a neighbouring release's stands in and `nginx -V` notes it. A real image whose libssl
 *   was updated after the build adds "(running with OpenSSL x)": not modelled.
 * - Configure arguments: nginx.org's list (`--with-http_v3_module` from 1.25); Debian's pid
 *   and lock files in /var/run until 1.27.3 and in /run from 1.27.5, built under
 *   /home/builder instead of /data/builder (Alpine taken to move with it; its 1.25.3 still
 *   says /var/run); -fdebug-prefix-map on stretch and buster, -ffile-prefix-map after;
 *   Alpine's abuild flags by release (3.11, 3.13, 3.16, 3.18 recorded; 3.17 taken as 3.16,
 *   3.20 to 3.22 as 3.18).
 */
import type { FileSystem } from '../../fs/filesystem';
import { compareDebVersions } from '../apt/version';
import { osReleaseField } from '../../shell/os-release';
import { readText } from '../../shell/users';

export interface NginxBuild {
  /** "gcc 14.2.0 (Debian 14.2.0-19) ": gcc -v's version text, its trailing space kept. */
  compiler: string;
  /** "OpenSSL 3.5.1 1 Jul 2025" (1.x releases put two spaces before the date). */
  openssl: string;
  /** The OpenSSL line is a stand-in: no build on this base was recorded. */
  opensslModelled: boolean;
  configure: string;
}

interface Base {
  /** "trixie", or "alpine3.22". */
  name: string;
  compiler: string;
  /** [first nginx version, OpenSSL text], oldest first. */
  openssl: readonly (readonly [string, string])[];
  opensslModelled?: true;
}

const DEBIAN: Record<string, Base> = {
  stretch: {
    name: 'stretch',
    compiler: 'gcc 6.3.0 20170516 (Debian 6.3.0-18+deb9u1) ',
    openssl: [['0', 'OpenSSL 1.1.0j  20 Nov 2018']],
  },
  buster: {
    name: 'buster',
    compiler: 'gcc 8.3.0 (Debian 8.3.0-6) ',
    openssl: [['0', 'OpenSSL 1.1.1d  10 Sep 2019']],
  },
  bullseye: {
    name: 'bullseye',
    compiler: 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ',
    openssl: [
      ['0', 'OpenSSL 1.1.1k  25 Mar 2021'],
      ['1.22', 'OpenSSL 1.1.1n  15 Mar 2022'],
    ],
  },
  bookworm: {
    name: 'bookworm',
    compiler: 'gcc 12.2.0 (Debian 12.2.0-14) ',
    openssl: [
      ['0', 'OpenSSL 3.0.9 30 May 2023'],
      ['1.26', 'OpenSSL 3.0.11 19 Sep 2023'],
    ],
  },
  trixie: {
    name: 'trixie',
    compiler: 'gcc 14.2.0 (Debian 14.2.0-19) ',
    openssl: [['0', 'OpenSSL 3.5.1 1 Jul 2025']],
  },
};

const alpineGcc = (version: string, tag: string) => `gcc ${version} (Alpine ${tag}) `;
const ALPINE: Record<string, Omit<Base, 'name'>> = {
  '3.8': {
    compiler: alpineGcc('6.4.0', '6.4.0'),
    openssl: [['0', 'OpenSSL 1.1.1d  10 Sep 2019']],
    opensslModelled: true,
  },
  '3.9': {
    compiler: alpineGcc('8.3.0', '8.3.0'),
    openssl: [['0', 'OpenSSL 1.1.1d  10 Sep 2019']],
    opensslModelled: true,
  },
  '3.10': {
    compiler: alpineGcc('8.3.0', '8.3.0'),
    openssl: [['0', 'OpenSSL 1.1.1d  10 Sep 2019']],
    opensslModelled: true,
  },
  '3.11': {
    compiler: alpineGcc('9.2.0', '9.2.0'),
    openssl: [['0', 'OpenSSL 1.1.1d  10 Sep 2019']],
  },
  '3.12': {
    compiler: alpineGcc('9.3.0', '9.3.0'),
    openssl: [['0', 'OpenSSL 1.1.1i  8 Dec 2020']],
    opensslModelled: true,
  },
  '3.13': {
    compiler: 'gcc 10.2.1 20201203 (Alpine 10.2.1_pre1) ',
    openssl: [['0', 'OpenSSL 1.1.1i  8 Dec 2020']],
  },
  '3.14': {
    compiler: 'gcc 10.3.1 20210424 (Alpine 10.3.1_git20210424) ',
    openssl: [['0', 'OpenSSL 1.1.1i  8 Dec 2020']],
    opensslModelled: true,
  },
  '3.15': {
    compiler: 'gcc 10.3.1 20211027 (Alpine 10.3.1_git20211027) ',
    openssl: [['0', 'OpenSSL 1.1.1o  3 May 2022']],
    opensslModelled: true,
  },
  '3.16': {
    compiler: 'gcc 11.2.1 20220219 (Alpine 11.2.1_git20220219) ',
    openssl: [['0', 'OpenSSL 1.1.1o  3 May 2022']],
  },
  '3.17': {
    compiler: 'gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r4) ',
    openssl: [['0', 'OpenSSL 3.0.7 1 Nov 2022']],
  },
  '3.19': {
    compiler: 'gcc 13.2.1 20231014 (Alpine 13.2.1_git20231014) ',
    openssl: [['0', 'OpenSSL 3.1.4 24 Oct 2023']],
  },
  '3.20': {
    compiler: 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ',
    openssl: [['0', 'OpenSSL 3.1.4 24 Oct 2023']],
    opensslModelled: true,
  },
  '3.21': {
    compiler: alpineGcc('14.2.0', '14.2.0'),
    openssl: [['0', 'OpenSSL 3.5.1 1 Jul 2025']],
    opensslModelled: true,
  },
  '3.22': { compiler: alpineGcc('14.2.0', '14.2.0'), openssl: [['0', 'OpenSSL 3.5.1 1 Jul 2025']] },
};

/** The image's base, from its release files; trixie (the current images') when unknown. */
function baseOf(fs: FileSystem): Base {
  const alpine = readText(fs, '/etc/alpine-release').trim();
  if (alpine) {
    const minor = /^\d+\.\d+/.exec(alpine)?.[0] ?? '';
    const known = Object.keys(ALPINE).filter((k) => compareDebVersions(k, minor) <= 0);
    const key = known[known.length - 1] ?? '3.8';
    return { name: `alpine${key}`, ...(ALPINE[key] as Omit<Base, 'name'>) };
  }
  return DEBIAN[osReleaseField(fs, 'VERSION_CODENAME')] ?? (DEBIAN.trixie as Base);
}

const PATHS = (run: string) =>
  `--prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=${run}/nginx.pid --lock-path=${run}/nginx.lock --http-client-body-temp-path=/var/cache/nginx/client_temp --http-proxy-temp-path=/var/cache/nginx/proxy_temp --http-fastcgi-temp-path=/var/cache/nginx/fastcgi_temp --http-uwsgi-temp-path=/var/cache/nginx/uwsgi_temp --http-scgi-temp-path=/var/cache/nginx/scgi_temp`;

const modules = (v3: boolean) =>
  `--user=nginx --group=nginx --with-compat --with-file-aio --with-threads --with-http_addition_module --with-http_auth_request_module --with-http_dav_module --with-http_flv_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_mp4_module --with-http_random_index_module --with-http_realip_module --with-http_secure_link_module --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module --with-http_v2_module${v3 ? ' --with-http_v3_module' : ''} --with-mail --with-mail_ssl_module --with-stream --with-stream_realip_module --with-stream_ssl_module --with-stream_ssl_preread_module`;

/** abuild's CFLAGS and LDFLAGS of each Alpine release nginx.org built on. */
function alpineFlags(key: string): string {
  const at = (k: string) => compareDebVersions(key, k) >= 0;
  if (at('3.18'))
    return "--with-cc-opt='-Os -Wformat -Werror=format-security -g' --with-ld-opt='-Wl,--as-needed,-O1,--sort-common -Wl,-z,pack-relative-relocs'";
  if (at('3.16'))
    return "--with-cc-opt='-Os -fomit-frame-pointer -g' --with-ld-opt=-Wl,--as-needed,-O1,--sort-common";
  if (at('3.13'))
    return "--with-cc-opt='-Os -fomit-frame-pointer -g' --with-ld-opt=-Wl,--as-needed";
  return "--with-cc-opt='-Os -fomit-frame-pointer' --with-ld-opt=-Wl,--as-needed";
}

function debianFlags(base: string, version: string, home: boolean): string {
  const map = base === 'stretch' || base === 'buster' ? 'debug' : 'file';
  const dir = `/${home ? 'home' : 'data'}/builder/debuild/nginx-${version}/debian/debuild-base/nginx-${version}`;
  return `--with-cc-opt='-g -O2 -f${map}-prefix-map=${dir}=. -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'`;
}

/** The build of the nginx `version` the image's base got from nginx.org. */
export function nginxBuild(fs: FileSystem, version: string): NginxBuild {
  const base = baseOf(fs);
  const since = (v: string) => compareDebVersions(version, v) >= 0;
  let openssl = base.openssl[0]?.[1] ?? '';
  for (const [from, text] of base.openssl) if (since(from)) openssl = text;
  const alpine = base.name.startsWith('alpine');
  // pkg-oss moved the pid and lock files to /run (and its builders' home) with 1.27.5.
  const moved = since('1.27.5');
  const paths = PATHS(moved ? '/run' : '/var/run');
  const flags = alpine
    ? alpineFlags(base.name.slice('alpine'.length))
    : debianFlags(base.name, version, moved);
  const perl = alpine ? ' --with-perl_modules_path=/usr/lib/perl5/vendor_perl' : '';
  return {
    compiler: base.compiler,
    openssl,
    opensslModelled: base.opensslModelled === true,
    configure: `${paths}${perl} ${modules(since('1.25'))} ${flags}`,
  };
}
