/**
 * Source tarballs the simulation has no specific model of (memcached-1.6.39.tar.gz,
 * redis-8.2.1.tar.gz, httpd-2.4.65.tar.bz2, or any `<name>-<version>.tar.*`): what their
 * build installs. A few projects official images build are described (their programs,
 * where they go, how big they are, what they link); any other gets one program named after
 * the project, so `./configure && make && make install` leaves a plausible result and a
 * note says it is modelled.
 */
import { unitFromName } from '../common/hash';

export interface ProjectFile {
  /** Relative to the install prefix. */
  path: string;
  size: number;
  mode?: number;
  /** A symlink target (relative, as `make install` creates it). */
  link?: string;
  text?: string;
}

export interface SourceProject {
  name: string;
  /** How the tree is built: autotools (`./configure` first) or a plain Makefile. */
  build: 'autotools' | 'makefile';
  /** Where `make install` puts things without `--prefix` / `PREFIX=`. */
  prefix: string;
  /** Programs the build leaves in the source tree (relative paths) and installs. */
  programs: { built: string; installed: string; size: number }[];
  /** Other installed files. */
  files: ProjectFile[];
  /** Libraries its programs link (DT_NEEDED, glibc names), for ldd and scanelf. */
  needed: string[];
  /** Source files named in compile lines, and the unpacked tree's size. */
  sources: string[];
  treeSize: number;
}

const REDIS_TOOLS = ['redis-check-aof', 'redis-check-rdb', 'redis-sentinel'];

const PROJECTS: Record<string, Omit<SourceProject, 'name'>> = {
  memcached: {
    build: 'autotools',
    prefix: '/usr/local',
    programs: [{ built: 'memcached', installed: 'bin/memcached', size: 2_968_112 }],
    files: [
      { path: 'share/man/man1/memcached.1', size: 12_455 },
      { path: 'include/memcached/protocol_binary.h', size: 16_211 },
      { path: 'include/memcached/xxhash.h', size: 247_683 },
    ],
    needed: ['libevent-2.1.so.7', 'libsasl2.so.2', 'libssl.so.3', 'libcrypto.so.3'],
    sources: ['memcached.c', 'items.c', 'slabs.c', 'proto_text.c', 'proxy_lua.c', 'extstore.c'],
    treeSize: 6_200_000,
  },
  redis: {
    build: 'makefile',
    prefix: '/usr/local',
    programs: [
      { built: 'src/redis-server', installed: 'bin/redis-server', size: 16_402_880 },
      { built: 'src/redis-cli', installed: 'bin/redis-cli', size: 8_239_312 },
      { built: 'src/redis-benchmark', installed: 'bin/redis-benchmark', size: 8_196_448 },
    ],
    files: REDIS_TOOLS.map((tool) => ({ path: `bin/${tool}`, size: 12, link: 'redis-server' })),
    needed: ['libssl.so.3', 'libcrypto.so.3', 'libm.so.6'],
    sources: ['src/server.c', 'src/networking.c', 'src/db.c', 'src/t_string.c', 'src/redis-cli.c'],
    treeSize: 14_800_000,
  },
  httpd: {
    build: 'autotools',
    prefix: '/usr/local/apache2',
    programs: [
      { built: 'httpd', installed: 'bin/httpd', size: 2_712_984 },
      { built: 'support/ab', installed: 'bin/ab', size: 201_464 },
      { built: 'support/htpasswd', installed: 'bin/htpasswd', size: 106_264 },
    ],
    files: [
      { path: 'bin/apachectl', size: 3_432, mode: 0o755 },
      { path: 'conf/httpd.conf', size: 20_998 },
      { path: 'conf/mime.types', size: 61_093 },
      {
        path: 'htdocs/index.html',
        size: 45,
        text: '<html><body><h1>It works!</h1></body></html>\n',
      },
      { path: 'modules/mod_ssl.so', size: 1_210_400 },
      { path: 'modules/mod_rewrite.so', size: 263_944 },
      { path: 'modules/mod_proxy.so', size: 360_720 },
      { path: 'logs/', size: 0 },
    ],
    needed: ['libpcre2-8.so.0', 'libaprutil-1.so.0', 'libapr-1.so.0', 'libcrypt.so.1'],
    sources: ['server/main.c', 'server/core.c', 'server/request.c', 'modules/http/http_core.c'],
    treeSize: 48_000_000,
  },
};

/** A source tarball's project and version from its file name, or undefined. */
export function sourceTarball(
  fileName: string,
): { project: string; version: string; top: string } | undefined {
  const m =
    /^(([A-Za-z][A-Za-z0-9_+]*(?:-[A-Za-z][A-Za-z0-9_+]*)*)-(\d+(?:\.\d+)+[a-z0-9]*))\.(?:tar\.gz|tar\.xz|tar\.bz2)$/.exec(
      fileName,
    );
  if (!m) return undefined;
  const [, top = '', project = '', version = ''] = m;
  // Binary releases (…-linux-x64, …-bin) are not source trees.
  if (/(^|-)(linux|darwin|windows|x64|x86_64|amd64|arm64|aarch64|bin|static)($|-)/i.test(top))
    return undefined;
  return { project, version, top };
}

/** What building `name` installs: a described project, or one program named after it. */
export function sourceProject(name: string): SourceProject {
  const known = PROJECTS[name];
  if (known) return { name, ...known };
  const size = 200_000 + Math.round(unitFromName(`program:${name}`) * 3_000_000);
  return {
    name,
    build: 'autotools',
    prefix: '/usr/local',
    programs: [{ built: name, installed: `bin/${name}`, size }],
    files: [{ path: `share/man/man1/${name}.1`, size: 4_000 + (size % 9_000) }],
    needed: [],
    sources: [`${name}.c`, 'util.c', 'config.c'],
    treeSize: size * 4,
  };
}

/** The described projects' program names (memcached, redis-server, httpd...). */
export function describedPrograms(): string[] {
  return Object.values(PROJECTS).flatMap((p) =>
    p.programs.map((q) => q.built.split('/').pop() ?? ''),
  );
}

/** DT_NEEDED of an installed or built program of a described project, by file name. */
export function projectNeeded(fileName: string): string[] | undefined {
  for (const project of Object.values(PROJECTS))
    if (project.programs.some((p) => p.built.split('/').pop() === fileName)) return project.needed;
  return undefined;
}
