/**
 * nginx (older mainline and stable lines, on the release their tags name: the same
 * entrypoint scripts as the catalog's nginx, so those COPY layers are shared) and httpd
 * (/usr/local/apache2, httpd-foreground).
 */
import { sha256Hex } from '../../fs/digest';
import { NGINX_DEB_INSTALL } from '../images/nginx-history';
import { NGINX_APK_INSTALL, NGINX_SCRIPTS, nginxOrgPackages } from '../images/nginx';
import { DOCKER_ENTRYPOINT } from '../images/nginx-files';
import { PATH_DEFAULT } from '../images/define';
import type { World } from '../images/world';
import type { Package, PackageFile } from '../types';
import { copy, pathWith, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines } from './grammar';
import { apt } from './lang-helpers';
import { spreadFiles, textFile } from './layers';
import { alpineWwwData, ownedDir, userFiles } from './accounts';
import type { RepoDef } from './repo';
import { copyScript, serviceImage, serviceRepo } from './service';
import { HTTPD_FOREGROUND } from './service-scripts';

const NJS: Record<string, string> = {
  '1.29': '0.9.6',
  '1.28': '0.8.10',
  '1.27': '0.8.10',
  '1.26': '0.8.4',
  '1.25': '0.8.4',
  // The older lines' last njs (approximate).
  '1.24': '0.7.12',
  '1.23': '0.7.11',
  '1.22': '0.7.7',
  '1.21': '0.7.2',
  '1.20': '0.7.0',
  '1.19': '0.5.3',
  '1.18': '0.4.4',
  '1.17': '0.4.0',
  '1.16': '0.3.5',
  '1.15': '0.3.1',
  '1.14': '0.2.6',
};

/** Variants a line was published with: otel from 1.25, the Alpine-only slim from 1.23. */
function publishedVariant(line: string, variant: string): boolean {
  const minor = Number(line.split('.')[1]);
  if (variant === 'otel') return minor >= 25;
  if (variant === 'slim') return minor >= 23;
  return true;
}

/** nginx.org's packages for a suite the catalog has (bookworm for older Debian releases). */
function nginxPackages(world: World, suite: string): Package[] {
  const repo = world.aptRepositories.find(
    (r) => r.url === 'https://nginx.org/packages/mainline/debian' && r.suite === suite,
  );
  if (!repo) return nginxOrgPackages(world);
  return [
    'nginx',
    'nginx-module-xslt',
    'nginx-module-geoip',
    'nginx-module-image-filter',
    'nginx-module-njs',
  ]
    .map((n) => repo.package(n))
    .filter((p): p is Package => p !== undefined);
}

export const nginx: RepoDef = {
  repository: 'nginx',
  description: 'Official build of Nginx.',
  grammar: {
    lines: lines(`
      1.29 1.29.8 trixie alpine3.22
      1.28 1.28.0 trixie alpine3.22
      1.27 1.27.5 bookworm alpine3.21
      1.26 1.26.3 bookworm alpine3.20
      1.25 1.25.5 bookworm alpine3.19
      1.24 1.24.0 bookworm,bullseye alpine3.17
      1.23 1.23.4 bullseye alpine3.17 unnamed
      1.22 1.22.1 bullseye alpine3.16 unnamed
      1.21 1.21.6 bullseye alpine3.15 unnamed
      1.20 1.20.2 bullseye alpine3.14 unnamed
      1.19 1.19.10 buster alpine3.13 unnamed
      1.18 1.18.0 buster alpine3.11 unnamed
      1.17 1.17.10 buster alpine3.11 unnamed
      1.16 1.16.1 buster alpine3.10 unnamed
      1.15 1.15.12 stretch alpine3.9 unnamed
      1.14 1.14.2 stretch alpine3.8 unnamed`),
    aliases: { latest: '1.29', mainline: '1.29', stable: '1.28', '1': '1.29' },
    variants: ['', 'perl', 'otel', 'slim'],
    alpineOnly: ['slim'],
    releaseFirst: true,
    versionless: true,
  },
  build(world, tag, reference) {
    const alpine = tag.release.startsWith('alpine');
    const base = baseImage(world, tag.release, 'slim');
    if (!base || !publishedVariant(tag.line.key, tag.variant)) return undefined;
    const v = tag.version;
    const release = alpine ? '1' : `1~${tag.release}`;
    // Before 1.25 the images set only NGINX_VERSION, NJS_VERSION and PKG_RELEASE.
    const older = Number(tag.line.key.split('.')[1]) < 25;
    const env = [
      PATH_DEFAULT,
      `NGINX_VERSION=${v}`,
      `NJS_VERSION=${NJS[tag.line.key] ?? '0.8.10'}`,
      ...(older ? [] : [`NJS_RELEASE=${release}`]),
      `PKG_RELEASE=${release}`,
      ...(older ? [] : [`DYNPKG_RELEASE=${release}`]),
    ];
    const packages = nginxPackages(world, tag.release === 'trixie' ? 'trixie' : 'bookworm');
    // The install step's groupadd/useradd (addgroup/adduser -H on Alpine): nginx, 101, no home.
    const nginxUser = userFiles(base, {
      name: 'nginx',
      uid: 101,
      gid: 101,
      home: alpine ? '/var/cache/nginx' : '/nonexistent',
      shell: alpine ? '/sbin/nologin' : '/bin/false',
      gecos: alpine ? 'nginx' : 'nginx user',
    });
    const finishing: PackageFile[] = [
      ...nginxUser,
      { path: '/docker-entrypoint.d/', size: 0 },
      { path: '/var/log/nginx/access.log', size: 11, link: '/dev/stdout' },
      { path: '/var/log/nginx/error.log', size: 11, link: '/dev/stderr' },
      { path: '/var/cache/nginx/', size: 0 },
    ];
    const install: Row = alpine
      ? {
          by: NGINX_APK_INSTALL,
          apk: ['curl', 'ca-certificates', 'tzdata', 'pcre', 'libxml2'].filter((n) =>
            world.apk.package(n),
          ),
          files: [
            ...packages.flatMap((p) =>
              p.files.filter(
                (f) =>
                  !/^\/(etc\/default|etc\/init\.d|usr\/lib\/systemd|usr\/share\/(doc|man))\//.test(
                    f.path,
                  ),
              ),
            ),
            ...finishing,
          ],
        }
      : {
          by: NGINX_DEB_INSTALL.replace(/ trixie nginx/g, ` ${tag.release} nginx`),
          deb: ['ca-certificates', 'gettext-base', 'curl'],
          foreign: packages,
          files: [
            ...finishing,
            { path: '/etc/apt/keyrings/nginx-archive-keyring.gpg', size: 3_476 },
          ],
        };
    const rows: Row[] = [
      'LABEL',
      ...env.slice(1).map((e) => `ENV ${e}`),
      install,
      copyScript('docker-entrypoint.sh', '/', DOCKER_ENTRYPOINT),
      ...NGINX_SCRIPTS.map(([file, text, dir]): Row => ({
        by: copy(`${file} ${dir}`),
        files: [textFile(`${dir}/${file}`, text, 0o755)],
      })),
      'ENTRYPOINT',
      'EXPOSE',
      'STOPSIGNAL',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'nginx',
      reference,
      created: '2025-12-09T05:10:00Z',
      base,
      service: {
        env,
        entrypoint: ['/docker-entrypoint.sh'],
        cmd: ['nginx', '-g', 'daemon off;'],
        workdir: alpine ? '/' : '',
        ports: ['80/tcp'],
        labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
        stopSignal: 'SIGQUIT',
      },
      rows,
      what: `nginx ${v} (the files of the catalog's nginx.org ${tag.release === 'trixie' ? 'trixie' : 'bookworm'} packages under this version's name) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};

export const httpd = serviceRepo({
  repository: 'httpd',
  description: 'The Apache HTTP Server Project.',
  grammar: {
    lines: lines(
      `2.4 2.4.65 trixie,bookworm alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18`,
    ),
    aliases: { latest: '2.4', '2': '2.4' },
  },
  build({ world, reference, base, alpine, version: v }) {
    const prefix = '/usr/local/apache2';
    const env = [
      pathWith(`${prefix}/bin`),
      `HTTPD_PREFIX=${prefix}`,
      `HTTPD_VERSION=${v}`,
      `HTTPD_SHA256=${sha256Hex(`httpd-${v}.tar.bz2`)}`,
      'HTTPD_PATCHES=',
    ];
    const modules =
      'mod_authz_core mod_authz_host mod_unixd mod_log_config mod_mime mod_dir mod_alias mod_rewrite mod_proxy mod_proxy_http mod_ssl mod_headers mod_status mod_autoindex mod_mpm_event';
    // `chown www-data:www-data "$HTTPD_PREFIX"` (33 on Debian, 82 on Alpine): the build's
    // layer holds the prefix as it is, still www-data's.
    const www = alpine ? 82 : 33;
    const prefixDir = ownedDir(prefix, www, www);
    const files = [
      prefixDir,
      ...spreadFiles(
        prefix,
        `bin/httpd:x bin/apachectl:x=3442 bin/htpasswd:x bin/ab:x bin/rotatelogs:x bin/apxs:x=24010 ${modules
          .split(' ')
          .map((m) => `modules/${m}.so:x`)
          .join(
            ' ',
          )} conf/httpd.conf=20889 conf/mime.types=61118 conf/magic=13077 conf/extra/httpd-ssl.conf=13080 error/HTTP_NOT_FOUND.html.var=13148 icons/apache_pb.png include/httpd.h logs/ cgi-bin/`,
        alpine ? 6_100_000 : 7_400_000,
      ),
      textFile(`${prefix}/htdocs/index.html`, '<html><body><h1>It works!</h1></body></html>\n'),
    ];
    const rows: Row[] = [
      ...(alpine
        ? [
            {
              by: run('set -x \t&& adduser -u 82 -D -S -G www-data www-data'),
              files: alpineWwwData(base),
            } as Row,
          ]
        : []),
      `ENV HTTPD_PREFIX=${prefix}`,
      `ENV ${env[0]}`,
      {
        by: run('mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX"'),
        files: [prefixDir],
      },
      'WORKDIR',
      alpine
        ? {
            by: run(
              'set -eux; \tapk add --no-cache \t\tapr \t\tapr-util \t\tapr-util-ldap \t\tca-certificates \t;',
            ),
            apk: ['ca-certificates'],
          }
        : {
            by: apt('ca-certificates libaprutil1-ldap libldap-common'),
            deb: ['ca-certificates', 'libaprutil1-ldap', 'libldap-common'],
          },
      `ENV HTTPD_VERSION=${v}`,
      `ENV HTTPD_SHA256=${sha256Hex(`httpd-${v}.tar.bz2`)}`,
      'ENV HTTPD_PATCHES=',
      {
        by: run(
          'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdirmngr \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; \trm -r /var/lib/apt/lists/*; \t\tddist() { \t\tlocal f="$1"; shift; \t\tlocal distFile="$1"; shift; \t\tlocal success=; \t\tlocal distUrl=; \t\tfor distUrl in \t\t\t\'https://www.apache.org/dyn/closer.cgi?action=download&filename=\' \t\t\thttps://downloads.apache.org/ \t\t\thttps://www-us.apache.org/dist/ \t\t\thttps://www.apache.org/dist/ \t\t\thttps://archive.apache.org/dist/ \t\t; do \t\t\tif wget -O "$f" "$distUrl$distFile" && [ -s "$f" ]; then \t\t\t\tsuccess=1; \t\t\t\tbreak; \t\t\tfi; \t\tdone; \t\t[ -n "$success" ]; \t}; \t\tddist \'httpd.tar.bz2\' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \t\tmkdir -p src; \ttar -xf httpd.tar.bz2 -C src --strip-components=1; \trm httpd.tar.bz2; \tcd src; \t\t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" \t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t\t--enable-pie \t\tCFLAGS="-pipe $CFLAGS" \t; \tmake -j "$(nproc)"; \tmake install; \t\tcd ..; \trm -r src man manual; \t\tsed -ri \t\t-e \'s!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*ErrorLog)\\s+\\S+!\\1 /proc/self/fd/2!g\' \t\t-e \'s!^(\\s*TransferLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*User)\\s+daemon\\s*$!\\1 www-data!g\' \t\t-e \'s!^(\\s*Group)\\s+daemon\\s*$!\\1 www-data!g\' \t\t"$HTTPD_PREFIX/conf/httpd.conf" \t\t"$HTTPD_PREFIX/conf/extra/httpd-ssl.conf" \t; \t\thttpd -v',
        ),
        ...(alpine
          ? {
              apk: [
                'apr',
                'apr-util',
                'pcre2',
                'libxml2',
                'lua5.4-libs',
                'nghttp2-libs',
                'brotli-libs',
              ],
            }
          : {
              deb: [
                'libapr1t64',
                'libaprutil1t64',
                'libbrotli1',
                'libcurl4t64',
                'libjansson4',
                'liblua5.2-0',
                'libnghttp2-14',
                'libpcre2-8-0',
                'libxml2',
              ],
            }),
        files,
      },
      'STOPSIGNAL',
      copyScript('httpd-foreground', '/usr/local/bin/', HTTPD_FOREGROUND),
      'EXPOSE',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'httpd',
      reference,
      created: '2025-12-09T04:40:00Z',
      base,
      service: {
        env,
        cmd: ['httpd-foreground'],
        workdir: prefix,
        ports: ['80/tcp'],
        stopSignal: 'SIGWINCH',
      },
      rows,
      what: `Apache httpd ${v} (a modelled /usr/local/apache2; httpd runs as a silent long-running process) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
