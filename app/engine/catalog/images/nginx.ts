/**
 * nginx:1.29 (mainline) on debian:trixie-slim and on alpine: the base, one install layer
 * (nginx.org's packages and the Debian libraries they pull), and five small COPY layers with
 * /docker-entrypoint.sh and the /docker-entrypoint.d scripts.
 */
import { installApks } from '../rootfs/alpine';
import { accountFiles } from '../rootfs/debian-texts';
import { installDebs } from '../rootfs/dpkg';
import { TreeBuilder } from '../util/tree-builder';
import { alpineSpec, debianRow } from './distros';
import { PATH_DEFAULT, extend, step, type ImageSpec } from './define';
import { layerBlob, lazy } from './layer';
import {
  DEFAULT_CONF,
  DOCKER_ENTRYPOINT,
  ENVSUBST_TEMPLATES,
  ERROR_HTML,
  INDEX_HTML,
  LISTEN_IPV6,
  LOCAL_RESOLVERS,
  NGINX_CONF,
  TUNE_WORKERS,
} from './nginx-files';
import { DEBIAN_EPOCH, type World } from './world';

const VERSION = '1.29.3';
const NJS = '0.9.4';
const ACME = '0.3.1';
const CREATED = '2025-12-03T02:41:18Z';

const SCRIPTS: [string, string, string][] = [
  ['10-listen-on-ipv6-by-default.sh', LISTEN_IPV6, '/docker-entrypoint.d'],
  ['15-local-resolvers.envsh', LOCAL_RESOLVERS, '/docker-entrypoint.d'],
  ['20-envsubst-on-templates.sh', ENVSUBST_TEMPLATES, '/docker-entrypoint.d'],
  ['30-tune-worker-processes.sh', TUNE_WORKERS, '/docker-entrypoint.d'],
];

function copyLayer(path: string, text: string) {
  return lazy(() => layerBlob(new TreeBuilder().text(path, text, 0o755).build()));
}

/** nginx itself, as nginx.org's packages install it (the same files on Debian and Alpine). */
function nginxFiles(builder: TreeBuilder, flavour: string): void {
  const blob = (path: string, size: number, mode = 0o644) =>
    builder.blob(path, `nginx:${VERSION}:${flavour}:${path}`, size, mode);
  blob('/usr/sbin/nginx', 1_622_344, 0o755);
  blob('/usr/sbin/nginx-debug', 1_718_112, 0o755);
  for (const [mod, size] of [
    ['ngx_http_acme_module', 3_271_880],
    ['ngx_http_image_filter_module', 27_968],
    ['ngx_http_js_module', 4_410_240],
    ['ngx_http_xslt_filter_module', 27_312],
    ['ngx_stream_js_module', 4_366_784],
  ] as const) {
    blob(`/usr/lib/nginx/modules/${mod}.so`, size);
    blob(`/usr/lib/nginx/modules/${mod}-debug.so`, Math.round(size * 1.04));
  }
  blob('/usr/bin/njs', 3_112_960, 0o755);
  builder.link('/etc/nginx/modules', '../../usr/lib/nginx/modules');
  builder.text('/etc/nginx/nginx.conf', NGINX_CONF);
  builder.text('/etc/nginx/conf.d/default.conf', DEFAULT_CONF);
  for (const [file, size] of [
    ['mime.types', 5_349],
    ['fastcgi_params', 1_007],
    ['scgi_params', 636],
    ['uwsgi_params', 664],
  ] as const) {
    blob(`/etc/nginx/${file}`, size);
  }
  builder
    .text('/usr/share/nginx/html/index.html', INDEX_HTML)
    .text('/usr/share/nginx/html/50x.html', ERROR_HTML);
  builder.dir('/var/cache/nginx').dir('/docker-entrypoint.d');
  builder
    .link('/var/log/nginx/access.log', '/dev/stdout')
    .link('/var/log/nginx/error.log', '/dev/stderr');
}

function env(alpine: boolean): string[] {
  const release = alpine ? '1' : '1~trixie';
  return [
    PATH_DEFAULT,
    `NGINX_VERSION=${VERSION}`,
    `NJS_VERSION=${NJS}`,
    `NJS_RELEASE=${release}`,
    `ACME_VERSION=${ACME}`,
    `PKG_RELEASE=${release}`,
    `DYNPKG_RELEASE=${release}`,
  ];
}

const config = (alpine: boolean) => ({
  Env: env(alpine),
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  WorkingDir: '',
  User: '',
  ExposedPorts: { '80/tcp': {} },
  Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  StopSignal: 'SIGQUIT',
});

function rows(
  alpine: boolean,
  install: () => ReturnType<ReturnType<typeof copyLayer>>,
  installText: string,
) {
  return [
    step('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', undefined, CREATED),
    ...env(alpine)
      .slice(1)
      .map((e) => step(`ENV ${e}`, undefined, CREATED)),
    step(installText, install, CREATED),
    step(
      'COPY docker-entrypoint.sh / # buildkit',
      copyLayer('/docker-entrypoint.sh', DOCKER_ENTRYPOINT),
      CREATED,
    ),
    ...SCRIPTS.map(([file, text, dir]) =>
      step(`COPY ${file} ${dir} # buildkit`, copyLayer(`${dir}/${file}`, text), CREATED),
    ),
    step('ENTRYPOINT ["/docker-entrypoint.sh"]', undefined, CREATED),
    step('EXPOSE map[80/tcp:{}]', undefined, CREATED),
    step('STOPSIGNAL SIGQUIT', undefined, CREATED),
    step('CMD ["nginx" "-g" "daemon off;"]', undefined, CREATED),
  ];
}

const DEB_INSTALL =
  'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3";     NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg;     export GNUPGHOME="$(mktemp -d)";     found="";     for NGINX_GPGKEY in $NGINX_GPGKEYS; do     for server in         hkp://keyserver.ubuntu.com:80         pgp.mit.edu     ; do         echo "Fetching GPG key $NGINX_GPGKEY from $server";         gpg1 --batch --keyserver "$server" --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY" && found=yes && break;     done;     test -z "$found" && echo >&2 "error: failed to fetch GPG key $NGINX_GPGKEY" && exit 1;     done;     gpg1 --batch --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ;     rm -rf "$GNUPGHOME";     apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/*     && dpkgArch="$(dpkg --print-architecture)"     && nginxPackages="         nginx=${NGINX_VERSION}-${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}         nginx-module-acme=${NGINX_VERSION}+${ACME_VERSION}-${PKG_RELEASE}     "     && case "$dpkgArch" in         amd64|arm64)             echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ trixie nginx" >> /etc/apt/sources.list.d/nginx.list             && apt-get update             ;;     esac         && apt-get install --no-install-recommends --no-install-suggests -y                         $nginxPackages                         gettext-base                         curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list         && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit';

const APK_INSTALL =
  'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && case "$apkArch" in         x86_64|aarch64)             apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages             ;;     esac     && apk del --no-network .checksum-deps     && apk add --no-cache curl ca-certificates gettext-envsubst tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit';

export function nginxImages(world: World): ImageSpec[] {
  const debInstall = lazy(() => {
    const builder = new TreeBuilder();
    const base = world.trixieSlim();
    installDebs(builder, base.system, [
      'gettext-base',
      'curl',
      'libxslt1.1',
      'libgd3',
      'ca-certificates',
    ]);
    nginxFiles(builder, 'debian');
    const accounts = accountFiles('trixie', Math.floor(DEBIAN_EPOCH / 86400));
    const nginxUser: Record<string, string> = {
      '/etc/passwd': 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n',
      '/etc/shadow': `nginx:!:${Math.floor(DEBIAN_EPOCH / 86400)}::::::\n`,
      '/etc/group': 'nginx:x:101:\n',
      '/etc/gshadow': 'nginx:!::\n',
    };
    for (const [path, text] of Object.entries(accounts)) {
      builder.text(
        path,
        text + (nginxUser[path] ?? ''),
        path.includes('shadow') ? 0o640 : 0o644,
        path.includes('shadow') ? { uid: 0, gid: 42 } : undefined,
      );
    }
    builder.blob('/etc/apt/keyrings/nginx-archive-keyring.gpg', 'nginx:keyring', 3_476);
    return layerBlob(builder.build());
  });
  const apkInstall = lazy(() => {
    const base = world.alpine322();
    const builder = new TreeBuilder();
    installApks(
      builder,
      world.apk,
      base.installed,
      ['curl', 'ca-certificates', 'tzdata', 'pcre', 'libxml2'].filter((n) => world.apk.package(n)),
      base.db,
    );
    nginxFiles(builder, 'alpine');
    return layerBlob(builder.build());
  });
  const debian: ImageSpec = {
    repository: 'nginx',
    tags: [
      'latest',
      'mainline',
      '1',
      '1.29',
      '1.29.3',
      'trixie',
      'mainline-trixie',
      '1.29-trixie',
      '1.29.3-trixie',
    ],
    created: CREATED,
    userland: 'gnu',
    distro: 'trixie',
    config: config(false),
    rows: [debianRow(world, 'trixie', true), ...rows(false, debInstall, DEB_INSTALL)],
    description: 'Official build of Nginx.',
  };
  const alpine = extend(alpineSpec(world, '3.22'), {
    repository: 'nginx',
    tags: ['alpine', 'mainline-alpine', '1-alpine', '1.29-alpine', '1.29.3-alpine', 'alpine3.22'],
    created: CREATED,
    userland: 'busybox',
    distro: 'alpine',
    config: { ...config(true), WorkingDir: '/' },
    rows: rows(true, apkInstall, APK_INSTALL),
  });
  return [debian, alpine];
}
