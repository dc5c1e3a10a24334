import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { linkFactsOf } from '../../shell/exec/binaries';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { goProgram } from './go';

const go = goProgram(fakeCatalog([]));
const GIN_MOD = 'module example.com/api\n\ngo 1.25\n\nrequire github.com/gin-gonic/gin v1.10.1\n';
const GIN_SUM =
  'github.com/gin-gonic/gin v1.10.1 h1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=\ngithub.com/gin-gonic/gin v1.10.1/go.mod h1:4PMNQiOhvDRa013RKVbsiNwoyezlm2rm0uX/T7kzp5Y=\n';
const GIN_MAIN =
  'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET("/", func(c *gin.Context) { c.String(http.StatusOK, "ok") })\n\tr.Run(":8080")\n}\n';
const HTTP_MAIN =
  'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n';
const FMT_MAIN = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n';

/** A golang image: the toolchain, and gcc on PATH unless `gcc` is false (golang:*-alpine). */
function goFs(files: Record<string, string>, gcc = true): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/local/go/VERSION': 'go1.25.4\ntime 2025-11-05\n',
      '/go/': '',
      '/root/': '',
      '/app/': '',
      ...(gcc ? { '/usr/bin/gcc': '' } : {}),
      ...files,
    }),
  ]);
}
const env = { GOPATH: '/go', PATH: '/usr/local/go/bin:/usr/bin:/bin' };

function build(fs: OverlayFs, args: string[] = [], extra: Record<string, string> = {}) {
  return runProgram(go, ['go', 'build', ...args, '-o', '/app/server', '.'], fs, {
    env: { ...env, ...extra },
    cwd: '/app',
  });
}

function blob(fs: OverlayFs): string {
  const st = fs.stat('/app/server');
  return st.ok && st.value.node.kind === 'file' ? (st.value.node.blob ?? '') : '';
}

describe('how go build links', () => {
  it('links a net program dynamically to glibc where cgo is on, and statically otherwise', () => {
    const needs = (fs: OverlayFs, args: string[] = [], extra: Record<string, string> = {}) => {
      expect(build(fs, args, extra).code).toBe(0);
      return linkFactsOf(blob(fs));
    };
    const http = () =>
      goFs({ '/app/go.mod': 'module example.com/web\n', '/app/main.go': HTTP_MAIN });
    const STATIC = { static: true };
    const dynamic = { static: false, needed: ['libc.so.6'], loader: '/lib64/ld-linux-x86-64.so.2' };
    expect(needs(http())).toEqual(dynamic);
    expect(needs(http(), [], { CGO_ENABLED: '0' })).toEqual(STATIC);
    expect(needs(http(), ['-tags', 'netgo'])).toEqual(STATIC);
    expect(needs(http(), ['-ldflags', '-linkmode external -extldflags "-static"'])).toEqual(STATIC);
    // Cross-compiling turns cgo off; naming the host's own GOOS/GOARCH does not.
    expect(needs(http(), [], { GOARCH: 'arm64' })).toEqual(STATIC);
    expect(needs(http(), [], { GOOS: 'linux', GOARCH: 'amd64' })).toEqual(dynamic);
    // golang:*-alpine has no gcc, so cgo is off.
    const alpine = goFs(
      { '/app/go.mod': 'module example.com/web\n', '/app/main.go': HTTP_MAIN },
      false,
    );
    expect(needs(alpine)).toEqual(STATIC);
    // A program that imports neither net nor os/user nor C links statically even with cgo on.
    const cli = goFs({ '/app/go.mod': 'module example.com/cli\n', '/app/main.go': FMT_MAIN });
    expect(needs(cli)).toEqual(STATIC);
    // A framework imports net for the program.
    const gin = goFs({
      '/app/go.mod': GIN_MOD,
      '/app/go.sum': GIN_SUM,
      '/app/main.go': GIN_MAIN.replace('\t"net/http"\n\n', ''),
    });
    expect(needs(gin)).toEqual(dynamic);
  });

  it('links musl where a C compiler was added to Alpine, and libpthread before glibc 2.34', () => {
    const musl = goFs({
      '/app/go.mod': 'module example.com/web\n',
      '/app/main.go': HTTP_MAIN,
      '/lib/ld-musl-x86_64.so.1': '',
    });
    expect(build(musl).code).toBe(0);
    expect(linkFactsOf(blob(musl))).toEqual({
      static: false,
      needed: ['libc.musl-x86_64.so.1'],
      loader: '/lib/ld-musl-x86_64.so.1',
    });
    const bullseye = goFs({
      '/app/go.mod': 'module example.com/web\n',
      '/app/main.go': HTTP_MAIN,
      '/var/lib/dpkg/status':
        'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.31-13+deb11u11\n\n',
    });
    expect(build(bullseye).code).toBe(0);
    expect(linkFactsOf(blob(bullseye))).toMatchObject({ needed: ['libpthread.so.0', 'libc.so.6'] });
  });
});

describe('cgo without a C compiler', () => {
  it('CGO_ENABLED=1 where gcc is not (golang:*-alpine) fails building runtime/cgo, exit 1', () => {
    const fs = goFs(
      { '/app/go.mod': 'module example.com/web\n', '/app/main.go': HTTP_MAIN },
      false,
    );
    expect(build(fs, [], { CGO_ENABLED: '1' })).toMatchObject({
      code: 1,
      stderr:
        '# runtime/cgo\ncgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\n',
    });
    expect(fs.stat('/app/server').ok).toBe(false);
    // cgo's default there is off, and a program without cgo packages needs no compiler.
    expect(build(fs).code).toBe(0);
    const cli = goFs(
      { '/app/go.mod': 'module example.com/cli\n', '/app/main.go': FMT_MAIN },
      false,
    );
    expect(build(cli, [], { CGO_ENABLED: '1' }).code).toBe(0);
  });
});

describe('go version FILE', () => {
  it('prints the release, and with -m the build information in cmd/go order', () => {
    const fs = goFs({ '/app/go.mod': GIN_MOD, '/app/go.sum': GIN_SUM, '/app/main.go': GIN_MAIN });
    expect(build(fs, ['-trimpath', '-gcflags=all=-N -l', '-ldflags=-s -w']).code).toBe(0);
    const short = runProgram(go, ['go', 'version', 'server'], fs, { env, cwd: '/app' });
    expect([short.code, short.stdout]).toEqual([0, 'server: go1.25.4\n']);
    const long = runProgram(go, ['go', 'version', '-m', '/app/server'], fs, { env, cwd: '/' });
    expect(long.stdout).toBe(
      '/app/server: go1.25.4\n' +
        '\tpath\texample.com/api\n' +
        '\tmod\texample.com/api\t(devel)\t\n' +
        '\tdep\tgithub.com/gin-gonic/gin\tv1.10.1\th1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=\n' +
        '\tbuild\t-buildmode=exe\n' +
        '\tbuild\t-compiler=gc\n' +
        '\tbuild\t-trimpath=true\n' +
        '\tbuild\tCGO_ENABLED=1\n' +
        '\tbuild\tCGO_CFLAGS=\n' +
        '\tbuild\tCGO_CPPFLAGS=\n' +
        '\tbuild\tCGO_CXXFLAGS=\n' +
        '\tbuild\tCGO_LDFLAGS=\n' +
        '\tbuild\tGOARCH=amd64\n' +
        '\tbuild\tGOOS=linux\n' +
        '\tbuild\tGOAMD64=v1\n',
    );
  });

  it('quotes -ldflags with spaces, leaves CGO_* out with cgo off, and names files command-line-arguments', () => {
    const fs = goFs({ '/app/go.mod': 'module example.com/cli\n', '/app/main.go': FMT_MAIN });
    const built = runProgram(go, ['go', 'build', '-ldflags', '-s -w', '-o', 'cli', 'main.go'], fs, {
      env: { ...env, CGO_ENABLED: '0' },
      cwd: '/app',
    });
    expect(built.code).toBe(0);
    const info = runProgram(go, ['go', 'version', '-m', 'cli'], fs, { env, cwd: '/app' });
    expect(info.stdout).toBe(
      'cli: go1.25.4\n\tpath\tcommand-line-arguments\n\tbuild\t-buildmode=exe\n\tbuild\t-compiler=gc\n\tbuild\t-ldflags="-s -w"\n\tbuild\tCGO_ENABLED=0\n\tbuild\tGOARCH=amd64\n\tbuild\tGOOS=linux\n\tbuild\tGOAMD64=v1\n',
    );
  });

  it('notes the settings it leaves out: DefaultGODEBUG for an older go line, vcs in a git checkout', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/cli\n\ngo 1.22\n',
      '/app/main.go': FMT_MAIN,
      '/app/.git/HEAD': 'ref: refs/heads/main\n',
      '/usr/bin/git': '',
    });
    fs.chmod('/usr/bin/git', 0o755);
    expect(build(fs).code).toBe(0);
    const info = runProgram(go, ['go', 'version', '-m', 'server'], fs, { env, cwd: '/app' });
    expect(info.stdout).not.toContain('#');
    expect(info.notes.join(' ')).toMatch(
      /vcs, vcs\.revision, vcs\.time and vcs\.modified.*DefaultGODEBUG|DefaultGODEBUG.*vcs, vcs\.revision/,
    );
    // -buildvcs=false (here from GOFLAGS) and a current go line leave nothing out.
    fs.writeFile('/app/go.mod', { text: 'module example.com/cli\n\ngo 1.25\n' });
    expect(build(fs, [], { GOFLAGS: '-buildvcs=false' }).code).toBe(0);
    const plain = runProgram(go, ['go', 'version', '-m', 'server'], fs, { env, cwd: '/app' });
    expect(plain.notes).toEqual([]);
  });

  it('fails (exit 1) on a missing file, an executable go did not build, and a text file', () => {
    const fs = goFs({ '/usr/bin/ls': '', '/app/notes.txt': 'hi\n' });
    fs.writeFile('/usr/bin/ls', { blob: 'coreutils-ls', size: 138_208 });
    fs.chmod('/usr/bin/ls', 0o755);
    const run = (file: string) => {
      const r = runProgram(go, ['go', 'version', file], fs, { env, cwd: '/app' });
      return [r.code, r.stdout, r.stderr];
    };
    expect(run('nope')).toEqual([1, '', 'stat nope: no such file or directory\n']);
    expect(run('/usr/bin/ls')).toEqual([
      1,
      '',
      '/usr/bin/ls: could not read Go build info from /usr/bin/ls: not a Go executable\n',
    ]);
    expect(run('notes.txt')).toEqual([1, '', '']);
  });
});

describe('go.sum', () => {
  const missing =
    'main.go:6:2: missing go.sum entry for module providing package github.com/gin-gonic/gin (imported by example.com/api); to add:\n\tgo get example.com/api\n';

  it('go build stops at an import whose module go.sum has no hash for, before downloading', () => {
    const fs = goFs({ '/app/go.mod': GIN_MOD, '/app/main.go': GIN_MAIN });
    const built = build(fs);
    expect([built.code, built.stderr]).toEqual([1, missing]);
    expect(fs.stat('/app/server').ok).toBe(false);
    // go mod download without arguments fills the cache but leaves go.sum alone.
    expect(runProgram(go, ['go', 'mod', 'download'], fs, { env, cwd: '/app' }).code).toBe(0);
    expect(fs.stat('/app/go.sum').ok).toBe(false);
    expect(build(fs).stderr).toBe(missing);
    expect(runProgram(go, ['go', 'run', '.'], fs, { env, cwd: '/app' })).toMatchObject({
      code: 1,
      stderr: missing,
    });
  });

  it('go mod tidy, go get and go mod download MODULE write the hashes; -mod=mod needs none', () => {
    for (const fix of [
      ['go', 'mod', 'tidy'],
      ['go', 'get', 'example.com/api'],
      ['go', 'mod', 'download', 'github.com/gin-gonic/gin'],
    ]) {
      const fs = goFs({ '/app/go.mod': GIN_MOD, '/app/main.go': GIN_MAIN });
      expect(runProgram(go, fix, fs, { env, cwd: '/app' }).code).toBe(0);
      const sum = fs.readFile('/app/go.sum');
      expect(sum.ok && sum.value.text).toMatch(
        /^github\.com\/gin-gonic\/gin v1\.10\.1 h1:\S+=\ngithub\.com\/gin-gonic\/gin v1\.10\.1\/go\.mod h1:\S+=\n$/,
      );
      expect(build(fs).code).toBe(0);
    }
    const fs = goFs({ '/app/go.mod': GIN_MOD, '/app/main.go': GIN_MAIN });
    expect(build(fs, [], { GOFLAGS: '-mod=mod' }).code).toBe(0);
  });

  it('an import no required module provides is its own error', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/api\n\ngo 1.25\n',
      '/app/main.go':
        'package main\n\nimport "github.com/google/uuid"\n\nfunc main() { uuid.New() }\n',
    });
    expect(build(fs)).toMatchObject({
      code: 1,
      stderr:
        'main.go:3:8: no required module provides package github.com/google/uuid; to add it:\n\tgo get github.com/google/uuid\n',
    });
  });
});

describe('go install PACKAGE@VERSION', () => {
  it("downloads the tool's module and installs its command in $GOPATH/bin, whatever go.mod says", () => {
    const fs = goFs({ '/app/go.mod': GIN_MOD, '/app/main.go': GIN_MAIN });
    const installed = runProgram(
      go,
      ['go', 'install', 'github.com/golang-migrate/migrate/v4/cmd/migrate@v4.18.1'],
      fs,
      { env, cwd: '/app' },
    );
    expect(installed).toMatchObject({
      code: 0,
      stderr: 'go: downloading github.com/golang-migrate/migrate/v4 v4.18.1\n',
    });
    expect(fs.stat('/go/pkg/mod/github.com/golang-migrate/migrate/v4@v4.18.1').ok).toBe(true);
    const info = runProgram(go, ['go', 'version', '-m', '/go/bin/migrate'], fs, { env });
    expect(info.stdout).toMatch(
      /^\/go\/bin\/migrate: go1\.25\.4\n\tpath\tgithub\.com\/golang-migrate\/migrate\/v4\/cmd\/migrate\n\tmod\tgithub\.com\/golang-migrate\/migrate\/v4\tv4\.18\.1\th1:\S+=\n\tbuild\t-buildmode=exe\n/,
    );
    // A major-version suffix is not the command's name; GOBIN moves it.
    const air = runProgram(go, ['go', 'install', 'github.com/example/tool/v2@latest'], fs, {
      env: { ...env, GOBIN: '/usr/local/bin' },
      cwd: '/',
    });
    expect(air.code).toBe(0);
    expect(fs.stat('/usr/local/bin/tool').ok).toBe(true);
  });
});
