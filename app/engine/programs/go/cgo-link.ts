/**
 * How `go build` links, which decides where its binary can start. With cgo off the binary is
 * static and runs anywhere (scratch, distroless/static, Alpine). With cgo on, a program that
 * imports net (its cgo resolver: net/http and every web framework), os/user, or cgo itself
 * (`import "C"`) is dynamically linked to the C library of the system it was built on: glibc
 * in golang:* (Debian), musl where a C compiler was added to golang:*-alpine. Such a binary
 * needs that system's loader, /lib64/ld-linux-x86-64.so.2 or /lib/ld-musl-x86_64.so.1, so
 * copied into scratch or the other libc's image it fails to start. The netgo/osusergo tags
 * and `-extldflags -static` keep it static.
 */
import type { ProgramIO } from '../../shell/program';
import { findOnPath, readText } from '../common/fs-helpers';
import { installedVersion } from '../common/installed-version';
import { libcOf } from '../build/ldd';
import { importSpecs } from './imports';

export function goVersion(io: ProgramIO): string {
  const file = readText(io.fs, '/usr/local/go/VERSION')?.split('\n')[0]?.trim();
  if (file?.startsWith('go')) return file;
  return `go${io.env.GOLANG_VERSION ?? '1.25.4'}`;
}

/** GOOS/GOARCH other than the host's (linux/amd64) make a cross-compile. */
export function crossCompiling(io: ProgramIO): boolean {
  return (io.env.GOOS || 'linux') !== 'linux' || (io.env.GOARCH || 'amd64') !== 'amd64';
}

/**
 * cgo's setting as go reports it: CGO_ENABLED when set; otherwise off when cross-compiling
 * and, since Go 1.20, when CC is unset and the default C compiler (gcc on Linux) is not on
 * PATH, as in golang:*-alpine (cmd/cgo's documentation).
 */
export function cgoEnabled(io: ProgramIO): string {
  if (io.env.CGO_ENABLED !== undefined) return io.env.CGO_ENABLED;
  if (crossCompiling(io)) return '0';
  const minor = Number(/^go1\.(\d+)/.exec(goVersion(io))?.[1] ?? '0');
  if (minor < 20 || io.env.CC) return '1';
  return findOnPath(io.fs, io.env, 'gcc') ? '1' : '0';
}

/** Modules whose packages import net, so a program using them links the cgo resolver. */
const NETWORKED_MODULES = [
  'github.com/gin-gonic/',
  'github.com/labstack/echo',
  'github.com/gofiber/',
  'github.com/valyala/fasthttp',
  'github.com/go-chi/',
  'github.com/gorilla/',
  'github.com/julienschmidt/httprouter',
  'google.golang.org/grpc',
  'github.com/jackc/pg',
  'github.com/lib/pq',
  'github.com/go-sql-driver/mysql',
  'github.com/redis/go-redis',
  'github.com/go-redis/',
  'go.mongodb.org/',
  'github.com/aws/aws-sdk-go',
  'github.com/prometheus/client_golang',
  'github.com/nats-io/',
  'github.com/segmentio/kafka-go',
  'gorm.io/driver/',
  'golang.org/x/net',
  'github.com/mattn/go-sqlite3',
];

export interface LinkOptions {
  tags: string[];
  ldflags: string;
}

/** Whether the program links runtime/cgo: it imports C, or net or os/user with cgo variants. */
export function usesCgo(io: ProgramIO, source: string, options: LinkOptions): boolean {
  if (cgoEnabled(io) !== '1') return false;
  const imports = importSpecs(source).map((s) => s.path);
  const net =
    imports.some(
      (i) => i === 'net' || (/^net\//.test(i) && i !== 'net/url' && i !== 'net/netip'),
    ) || imports.some((i) => NETWORKED_MODULES.some((m) => i.startsWith(m)));
  return (
    imports.includes('C') ||
    (net && !options.tags.includes('netgo')) ||
    (imports.includes('os/user') && !options.tags.includes('osusergo'))
  );
}

/**
 * cgo's compiler check: with CGO_ENABLED=1 set where no C compiler is (golang:*-alpine
 * without `apk add gcc musl-dev`), building runtime/cgo fails as go reports it (exit 1);
 * undefined when it builds.
 */
export function cgoCompilerError(
  io: ProgramIO,
  source: string,
  options: LinkOptions,
): string | undefined {
  if (!usesCgo(io, source, options)) return undefined;
  // Before Go 1.20 the standard library's cgo packages (net, os/user) came precompiled.
  const minor = Number(/^go1\.(\d+)/.exec(goVersion(io))?.[1] ?? '0');
  if (minor < 20 && !importSpecs(source).some((s) => s.path === 'C')) return undefined;
  const cc = io.env.CC || 'gcc';
  if (findOnPath(io.fs, io.env, cc.split(/\s+/)[0] ?? cc)) return undefined;
  return `# runtime/cgo\ncgo: C compiler "${cc}" not found: exec: "${cc}": executable file not found in $PATH\n`;
}

/**
 * The DT_NEEDED libraries of the binary go builds from this source, or undefined when it
 * links statically. runtime/cgo links -lpthread: its own libpthread.so.0 before glibc 2.34,
 * part of libc.so.6 since (Debian 12 and later); musl has one libc.
 */
export function goLinkNeeds(
  io: ProgramIO,
  source: string,
  options: LinkOptions,
): string[] | undefined {
  if (!usesCgo(io, source, options)) return undefined;
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(options.ldflags)) return undefined;
  if (libcOf(io) === 'musl') return ['libc.musl-x86_64.so.1'];
  const [major = 0, minor = 0] = (installedVersion(io.fs, 'libc6') ?? '2.41')
    .split('.')
    .map(Number);
  return major === 2 && minor < 34 ? ['libpthread.so.0', 'libc.so.6'] : ['libc.so.6'];
}
