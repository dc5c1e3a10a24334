/**
 * nginx:1.29 (mainline) on debian:trixie-slim and on alpine: the base, one install layer
 * (nginx.org's packages and the Debian libraries they pull), and five small COPY layers with
 * /docker-entrypoint.sh and the /docker-entrypoint.d scripts.
 */
import { installApks } from '../rootfs/alpine';
import { accountFiles } from '../rootfs/debian-texts';
import { NGINX_MAINLINE } from '../deb/nginx-org';
import { NGINX_DEB_INSTALL } from './nginx-history';
import { installDebs, installForeignDebs } from '../rootfs/dpkg';
import type { Package } from '../types';
import { TreeBuilder } from '../util/tree-builder';
import { alpineSpec, debianRow } from './distros';
import { PATH_DEFAULT, extend, step, type ImageSpec } from './define';
import { layerBlob, lazy } from './layer';
import {
  DOCKER_ENTRYPOINT,
  ENVSUBST_TEMPLATES,
  LISTEN_IPV6,
  LOCAL_RESOLVERS,
  TUNE_WORKERS,
} from './nginx-files';
import { DEBIAN_EPOCH, type World } from './world';

const { nginx: VERSION, njs: NJS, acme: ACME } = NGINX_MAINLINE;
const CREATED = '2025-12-03T02:41:18Z';

export const NGINX_SCRIPTS: [string, string, string][] = [
  ['10-listen-on-ipv6-by-default.sh', LISTEN_IPV6, '/docker-entrypoint.d'],
  ['15-local-resolvers.envsh', LOCAL_RESOLVERS, '/docker-entrypoint.d'],
  ['20-envsubst-on-templates.sh', ENVSUBST_TEMPLATES, '/docker-entrypoint.d'],
  ['30-tune-worker-processes.sh', TUNE_WORKERS, '/docker-entrypoint.d'],
];

/** What the Dockerfile's `$nginxPackages` installs from nginx.org. */
const NGINX_PACKAGES = [
  'nginx',
  'nginx-module-xslt',
  'nginx-module-geoip',
  'nginx-module-image-filter',
  'nginx-module-njs',
  'nginx-module-acme',
];

function copyLayer(path: string, text: string) {
  return lazy(() => layerBlob(new TreeBuilder().text(path, text, 0o755).build()));
}

/** nginx.org's packages for Debian trixie, from the catalog's copy of its repository. */
export function nginxOrgPackages(world: World): Package[] {
  const repo = world.aptRepositories.find(
    (r) => r.url === 'https://nginx.org/packages/mainline/debian' && r.suite === 'trixie',
  );
  return NGINX_PACKAGES.map((name) => repo?.package(name)).filter(
    (pkg): pkg is Package => pkg !== undefined,
  );
}

/** What the end of the install RUN adds: log links to the container's output, the .d folder. */
function finishing(builder: TreeBuilder): void {
  builder.dir('/docker-entrypoint.d');
  builder
    .link('/var/log/nginx/access.log', '/dev/stdout')
    .link('/var/log/nginx/error.log', '/dev/stderr');
}

/**
 * nginx.org's Alpine packages install the same files as its Debian ones, less the Debian
 * service files and docs.
 */
export function alpineNginxFiles(builder: TreeBuilder, packages: readonly Package[]): void {
  for (const pkg of packages) {
    const files = pkg.files.filter(
      (f) =>
        !/^\/(etc\/default|etc\/init\.d|usr\/lib\/systemd|usr\/share\/(doc|man))\//.test(f.path),
    );
    builder.packageFiles(files, `apk:${pkg.name}@${VERSION}`);
  }
  builder.dir('/var/cache/nginx');
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
    ...NGINX_SCRIPTS.map(([file, text, dir]) =>
      step(`COPY ${file} ${dir} # buildkit`, copyLayer(`${dir}/${file}`, text), CREATED),
    ),
    step('ENTRYPOINT ["/docker-entrypoint.sh"]', undefined, CREATED),
    step('EXPOSE map[80/tcp:{}]', undefined, CREATED),
    step('STOPSIGNAL SIGQUIT', undefined, CREATED),
    step('CMD ["nginx" "-g" "daemon off;"]', undefined, CREATED),
  ];
}

const DEB_INSTALL = NGINX_DEB_INSTALL;

export const NGINX_APK_INSTALL =
  'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && case "$apkArch" in         x86_64|aarch64)             apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages             ;;     esac     && apk del --no-network .checksum-deps     && apk add --no-cache curl ca-certificates gettext-envsubst tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit';

export function nginxImages(world: World): ImageSpec[] {
  const debInstall = lazy(() => {
    const builder = new TreeBuilder();
    const base = world.trixieSlim();
    const withBase = installDebs(builder, base.system, ['ca-certificates', 'gettext-base', 'curl']);
    installForeignDebs(builder, withBase, nginxOrgPackages(world));
    finishing(builder);
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
    alpineNginxFiles(builder, nginxOrgPackages(world));
    finishing(builder);
    return layerBlob(builder.build());
  });
  const debian: ImageSpec = {
    repository: 'nginx',
    tags: [
      'latest',
      'mainline',
      '1',
      '1.29',
      `${VERSION}`,
      'trixie',
      'mainline-trixie',
      '1.29-trixie',
      `${VERSION}-trixie`,
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
    tags: [
      'alpine',
      'mainline-alpine',
      '1-alpine',
      '1.29-alpine',
      `${VERSION}-alpine`,
      'alpine3.22',
    ],
    created: CREATED,
    userland: 'busybox',
    distro: 'alpine',
    config: { ...config(true), WorkingDir: '/' },
    rows: rows(true, apkInstall, NGINX_APK_INSTALL),
  });
  return [debian, alpine];
}
