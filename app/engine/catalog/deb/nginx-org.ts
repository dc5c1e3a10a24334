/**
 * nginx.org's apt repositories (https://nginx.org/packages/mainline/debian and the stable
 * https://nginx.org/packages/debian), which the official nginx image's Dockerfile adds in
 * /etc/apt/sources.list.d/nginx.list: nginx itself and its dynamic modules, with the files
 * and sizes nginx.org's .debs install. The catalog's nginx image is built from the same
 * packages, so `FROM nginx` and a build of its Dockerfile agree.
 *
 * nginx.org keeps every release it published in its indexes, so a pinned version of the
 * right shape (`1.29.3-1~trixie`) is found; its files are those of the newest release.
 */
import { utf8Length } from '../../fs/node';
import { DEFAULT_CONF, ERROR_HTML, INDEX_HTML, NGINX_CONF } from '../images/nginx-files';
import type { AptRepository, Package, PackageFile } from '../types';

export const NGINX_MAINLINE = { nginx: '1.29.8', njs: '0.9.6', acme: '0.3.1' };
const NGINX_STABLE = { nginx: '1.28.0', njs: '0.8.10', acme: '0.3.1' };
type Release = typeof NGINX_MAINLINE;

const SUITES = ['trixie', 'bookworm'] as const;

interface ModuleSpec {
  /** Which version string the package carries: nginx's, or nginx's plus njs's or acme's. */
  version: 'nginx' | 'njs' | 'acme';
  depends: string[];
  /** Module file names in /usr/lib/nginx/modules (each also has a -debug twin) and sizes. */
  modules: [string, number][];
  extra?: PackageFile[];
  summary: string;
}

const MODULES: Record<string, ModuleSpec> = {
  'nginx-module-xslt': {
    version: 'nginx',
    depends: ['libc6', 'libxml2', 'libxslt1.1'],
    modules: [['ngx_http_xslt_filter_module', 27_312]],
    summary: 'nginx xslt dynamic module',
  },
  'nginx-module-geoip': {
    version: 'nginx',
    depends: ['libc6', 'libgeoip1t64'],
    modules: [
      ['ngx_http_geoip_module', 27_320],
      ['ngx_stream_geoip_module', 23_144],
    ],
    summary: 'nginx GeoIP dynamic modules',
  },
  'nginx-module-image-filter': {
    version: 'nginx',
    depends: ['libc6', 'libgd3'],
    modules: [['ngx_http_image_filter_module', 27_968]],
    summary: 'nginx image filter dynamic module',
  },
  'nginx-module-njs': {
    version: 'njs',
    depends: ['libc6', 'libssl3t64', 'libxml2', 'libxslt1.1', 'zlib1g'],
    modules: [
      ['ngx_http_js_module', 4_410_240],
      ['ngx_stream_js_module', 4_366_784],
    ],
    extra: [{ path: '/usr/bin/njs', size: 3_112_960, mode: 0o755 }],
    summary: 'nginx njs dynamic modules',
  },
  'nginx-module-acme': {
    version: 'acme',
    depends: ['libc6', 'libgcc-s1', 'libssl3t64'],
    modules: [['ngx_http_acme_module', 3_271_880]],
    summary: 'nginx ACME dynamic module',
  },
};

const text = (path: string, content: string, mode = 0o644): PackageFile => ({
  path,
  size: utf8Length(content),
  text: content,
  mode,
});

function docs(name: string, changelog: number): PackageFile[] {
  return [
    { path: `/usr/share/doc/${name}/copyright`, size: 1_397 },
    { path: `/usr/share/doc/${name}/changelog.Debian.gz`, size: changelog },
  ];
}

function nginxFiles(suite: string): PackageFile[] {
  const systemd = suite === 'bookworm' ? '/lib/systemd/system' : '/usr/lib/systemd/system';
  return [
    { path: '/usr/sbin/nginx', size: 1_622_344, mode: 0o755 },
    { path: '/usr/sbin/nginx-debug', size: 1_718_112, mode: 0o755 },
    text('/etc/nginx/nginx.conf', NGINX_CONF),
    text('/etc/nginx/conf.d/default.conf', DEFAULT_CONF),
    { path: '/etc/nginx/mime.types', size: 5_349 },
    { path: '/etc/nginx/fastcgi_params', size: 1_007 },
    { path: '/etc/nginx/scgi_params', size: 636 },
    { path: '/etc/nginx/uwsgi_params', size: 664 },
    { path: '/etc/nginx/modules', size: 26, link: '../../usr/lib/nginx/modules' },
    { path: '/etc/default/nginx', size: 280 },
    { path: '/etc/default/nginx-debug', size: 290 },
    { path: '/etc/init.d/nginx', size: 4_566, mode: 0o755 },
    { path: '/etc/init.d/nginx-debug', size: 4_588, mode: 0o755 },
    { path: '/etc/logrotate.d/nginx', size: 351 },
    { path: `${systemd}/nginx.service`, size: 399 },
    { path: `${systemd}/nginx-debug.service`, size: 415 },
    { path: '/usr/lib/nginx/modules/', size: 0 },
    ...docs('nginx', 98_211),
    { path: '/usr/share/man/man8/nginx.8.gz', size: 1_550 },
    text('/usr/share/nginx/html/index.html', INDEX_HTML),
    text('/usr/share/nginx/html/50x.html', ERROR_HTML),
    { path: '/var/cache/nginx/', size: 0 },
    { path: '/var/log/nginx/', size: 0 },
  ];
}

function total(files: readonly PackageFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

function versionOf(which: ModuleSpec['version'], release: Release, suite: string): string {
  const upstream =
    which === 'nginx'
      ? release.nginx
      : `${release.nginx}+${which === 'njs' ? release.njs : release.acme}`;
  return `${upstream}-1~${suite}`;
}

/** Whether nginx.org would have published `version` of a package of this kind for `suite`. */
function publishedShape(which: ModuleSpec['version'], version: string, suite: string): boolean {
  const upstream =
    which === 'nginx' ? '\\d+\\.\\d+\\.\\d+' : '\\d+\\.\\d+\\.\\d+\\+\\d+\\.\\d+\\.\\d+';
  return new RegExp(`^${upstream}-\\d+~${suite}$`).test(version);
}

function makePackage(
  name: string,
  version: string,
  suite: string,
  origin: { url: string; where: string },
): Package {
  const spec = MODULES[name];
  const files: PackageFile[] = spec
    ? [
        ...spec.modules.flatMap(([mod, size]) => [
          { path: `/usr/lib/nginx/modules/${mod}.so`, size },
          { path: `/usr/lib/nginx/modules/${mod}-debug.so`, size: Math.round(size * 1.04) },
        ]),
        ...(spec.extra ?? []),
        ...docs(name, 1_912),
      ]
    : nginxFiles(suite);
  const installedSize = total(files);
  return {
    ecosystem: 'deb',
    name,
    version,
    depends: (spec
      ? ['nginx', ...spec.depends]
      : ['libc6', 'libcrypt1', 'libpcre2-8-0', 'libssl3t64', 'zlib1g', 'adduser']
    ).map((dep) => (suite === 'bookworm' ? dep.replace(/t64$/, '') : dep)),
    installedSize,
    // Machine code compresses to about 38% in a .deb (xz).
    downloadSize: Math.round(installedSize * 0.38),
    files,
    summary: spec ? spec.summary : 'high performance web server',
    section: 'httpd',
    priority: 'optional',
    architecture: 'amd64',
    origin,
  };
}

function repository(url: string, suite: string, release: Release): AptRepository {
  const origin = { url, where: `${suite}/nginx` };
  const names = ['nginx', ...Object.keys(MODULES)].sort();
  const memo = new Map<string, Package>();
  return {
    url,
    suite,
    component: 'nginx',
    inReleaseSize: 3_613,
    packagesSize: { download: 16_384, stored: 41_212, raw: 152_337 },
    package(name: string, version?: string): Package | undefined {
      if (!names.includes(name)) return undefined;
      const kind = MODULES[name]?.version ?? 'nginx';
      const newest = versionOf(kind, release, suite);
      const wanted = version ?? newest;
      if (wanted !== newest && !publishedShape(kind, wanted, suite)) return undefined;
      const key = `${name}=${wanted}`;
      const known = memo.get(key);
      if (known) return known;
      const made = makePackage(name, wanted, suite, origin);
      memo.set(key, made);
      return made;
    },
    names: () => names,
  };
}

/** nginx.org's mainline and stable repositories for Debian trixie and bookworm. */
export function nginxOrgRepositories(): AptRepository[] {
  return SUITES.flatMap((suite) => [
    repository('https://nginx.org/packages/mainline/debian', suite, NGINX_MAINLINE),
    repository('https://nginx.org/packages/debian', suite, NGINX_STABLE),
  ]);
}
