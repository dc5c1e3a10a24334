import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { walkFiles } from '../common/fs-helpers';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { plausiblePackage } from '../../catalog/ecosystems/plausible';
import { goProgram } from './go';

const go = goProgram(
  fakeCatalog([
    fakePackage('go', 'github.com/gin-gonic/gin', {
      version: '1.10.1',
      files: ['gin.go', 'go.mod'],
      downloadSize: 250_000,
    }),
  ]),
);
const GO_MOD =
  'module example.com/server\n\ngo 1.25\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.1\n\tgolang.org/x/net v0.40.0 // indirect\n)\n';
/** go.sum's lines as go mod tidy writes them (stand-in hashes: nothing verifies them). */
const sumOf = (...modules: string[]) =>
  modules.map((m) => `${m} h1:stand-in=\n${m}/go.mod h1:stand-in=\n`).join('');
const GO_SUM = sumOf('github.com/gin-gonic/gin v1.10.1', 'golang.org/x/net v0.40.0');
const MAIN =
  'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {}\n';

function goFs(
  files: Record<string, string> = {
    '/app/go.mod': GO_MOD,
    '/app/go.sum': GO_SUM,
    '/app/main.go': MAIN,
  },
): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/local/go/VERSION': 'go1.25.4\ntime 2025-11-05\n',
      '/go/': '',
      '/root/': '',
      '/app/': '',
      ...files,
    }),
  ]);
}
const env = { GOPATH: '/go' };

describe('go', () => {
  it('reports its version', () => {
    expect(runProgram(go, ['go', 'version'], goFs(), { env }).stdout).toBe(
      'go version go1.25.4 linux/amd64\n',
    );
  });

  it('go env CGO_ENABLED: 1 with gcc on PATH, 0 without a C compiler (Go 1.20+), else as set', () => {
    const cgo = (fs: OverlayFs, extra: Record<string, string> = {}) =>
      runProgram(go, ['go', 'env', 'CGO_ENABLED'], fs, {
        env: { ...env, PATH: '/usr/bin', ...extra },
      }).stdout;
    const bare = goFs();
    expect(cgo(bare)).toBe('0\n');
    expect(cgo(bare, { CGO_ENABLED: '1' })).toBe('1\n');
    expect(cgo(bare, { CC: 'clang' })).toBe('1\n');
    bare.writeFile('/usr/local/go/VERSION', { text: 'go1.19.13\n' });
    expect(cgo(bare)).toBe('1\n');
    const withGcc = goFs();
    withGcc.mkdir('/usr/bin', { parents: true });
    withGcc.writeFile('/usr/bin/gcc', { blob: 'gcc', size: 1_000 }, { mode: 0o755 });
    expect(cgo(withGcc)).toBe('1\n');
    expect(cgo(withGcc, { CGO_ENABLED: '0' })).toBe('0\n');
  });

  it('go mod download fills the module cache under /go/pkg/mod', () => {
    const fs = goFs();
    expect(runProgram(go, ['go', 'mod', 'download'], fs, { env, cwd: '/app' }).code).toBe(0);
    expect(fs.stat('/go/pkg/mod/github.com/gin-gonic/gin@v1.10.1/gin.go').ok).toBe(true);
    expect(fs.stat('/go/pkg/mod/cache/download/github.com/gin-gonic/gin/@v/v1.10.1.zip').ok).toBe(
      true,
    );
  });

  it('go mod verify fetches what is missing and reports the cache verified', () => {
    const fs = goFs();
    const verified = runProgram(go, ['go', 'mod', 'verify'], fs, { env, cwd: '/app' });
    expect([verified.code, verified.stdout]).toEqual([0, 'all modules verified\n']);
    expect(fs.stat('/go/pkg/mod/github.com/gin-gonic/gin@v1.10.1/gin.go').ok).toBe(true);
  });

  it('go build -o writes a binary sized by its imports, and a build cache', () => {
    const fs = goFs();
    const result = runProgram(go, ['go', 'build', '-o', '/app/server', '.'], fs, {
      env: { ...env, CGO_ENABLED: '0' },
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'go: downloading github.com/gin-gonic/gin v1.10.1\ngo: downloading golang.org/x/net v0.40.0\n',
    );
    const binary = fs.readFile('/app/server');
    expect(binary.ok && binary.value.size).toBeGreaterThan(5_000_000);
    expect(binary.ok && binary.value.size).toBeLessThan(20_000_001);
    expect(binary.ok && binary.value.node.kind === 'file' && binary.value.node.mode).toBe(0o755);
    expect(walkFiles(fs, '/root/.cache/go-build').length).toBeGreaterThan(50);
    expect(result.notes.join(' ')).toMatch(/CGO_ENABLED=0/);
  });

  it('keeps a module it had to make up under <module>@<version>, so a later build finds it', () => {
    // A cache mount makes `go mod download` then `go build` the common pair: the second
    // must not download again (real Go: github.com/go-chi/chi/v5@v5.1.0).
    const real = goProgram({ ...fakeCatalog([]), plausiblePackage });
    const fs = goFs({
      '/app/go.mod': 'module example.com/x\n\ngo 1.23\n\nrequire github.com/go-chi/chi/v5 v5.1.0\n',
      '/app/go.sum': sumOf('github.com/go-chi/chi/v5 v5.1.0'),
      '/app/main.go': 'package main\n\nimport "github.com/go-chi/chi/v5"\n\nfunc main() {}\n',
    });
    expect(runProgram(real, ['go', 'mod', 'download'], fs, { env, cwd: '/app' }).code).toBe(0);
    expect(fs.stat('/go/pkg/mod/github.com/go-chi/chi/v5@v5.1.0').ok).toBe(true);
    const built = runProgram(real, ['go', 'build', '-o', '/app/x', '.'], fs, { env, cwd: '/app' });
    expect(built.stderr).toBe('');
  });

  it('reads flags that take a value, so -installsuffix cgo and -o=path do not name packages', () => {
    const fs = goFs();
    const argv = ['go', 'build', '-a', '-installsuffix', 'cgo', '--ldflags=-s -w', '-o=main', '.'];
    const result = runProgram(go, argv, fs, { env, cwd: '/app' });
    expect(result.code).toBe(0);
    expect(fs.stat('/app/main').ok).toBe(true);
  });

  it("go mod download -x traces each module's .mod and .zip request from the proxy", () => {
    const fs = goFs({
      '/app/go.mod':
        'module example.com/x\n\ngo 1.23\n\nrequire github.com/BurntSushi/toml v1.3.2\n',
    });
    const traced = runProgram(go, ['go', 'mod', 'download', '-x'], fs, { env, cwd: '/app' });
    const url = 'https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/v1.3.2';
    expect(traced.stderr).toMatch(
      new RegExp(
        `^# get ${url}\\.mod\\n# get ${url}\\.mod: 200 OK \\(0\\.\\d{3}s\\)\\n# get ${url}\\.zip\\n# get ${url}\\.zip: 200 OK \\(0\\.\\d{3}s\\)\\n$`,
      ),
    );
    const again = runProgram(go, ['go', 'mod', 'download', '-x'], fs, { env, cwd: '/app' });
    expect(again.stderr).toBe('');
    const mirror = runProgram(go, ['go', 'mod', 'download', '-x'], goFs(), {
      env: { ...env, GOPROXY: 'https://goproxy.cn,direct' },
      cwd: '/app',
    });
    expect(mirror.stderr).toContain(
      '# get https://goproxy.cn/github.com/gin-gonic/gin/@v/v1.10.1.zip\n',
    );
    expect(runProgram(go, ['go', 'mod', 'download'], goFs(), { env, cwd: '/app' }).stderr).toBe('');
  });

  it('go mod download with nothing required says so on stderr and succeeds', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/myapp\n\ngo 1.23\n',
      '/app/main.go': MAIN,
    });
    const result = runProgram(go, ['go', 'mod', 'download'], fs, { env, cwd: '/app' });
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'go: no module dependencies to download\n',
    });
  });

  it('go test ./... prints ok for packages with tests and [no test files] for the others', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/api\n\ngo 1.22\n',
      '/app/main.go': MAIN,
      '/app/main_test.go': 'package main\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n',
      '/app/internal/store/store.go': 'package store\n',
      '/app/testdata/x.go': 'package x\n',
    });
    const result = runProgram(go, ['go', 'test', '-run', 'TestX', './...'], fs, {
      env,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ok {2}\texample\.com\/api\t0\.\d{3}s\n\? {3}\texample\.com\/api\/internal\/store\t\[no test files\]\n$/,
    );
  });

  it('go test -v prints each test run and passing, then PASS, before the ok line', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/calc\n\ngo 1.24\n',
      '/app/calc.go': 'package main\n',
      '/app/calc_test.go':
        'package main\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {}\n\nfunc TestSub(t *testing.T) {}\n\nfunc Testify(t *testing.T) {}\n\nfunc helper(t *testing.T) {}\n',
    });
    const result = runProgram(go, ['go', 'test', '-v', './...'], fs, { env, cwd: '/app' });
    expect(result.stdout).toMatch(
      /^=== RUN {3}TestAdd\n--- PASS: TestAdd \(0\.00s\)\n=== RUN {3}TestSub\n--- PASS: TestSub \(0\.00s\)\nPASS\nok {2}\texample\.com\/calc\t0\.\d{3}s\n$/,
    );
    const filtered = runProgram(go, ['go', 'test', '-v', '-run', '^TestSub$', '.'], fs, {
      env,
      cwd: '/app',
    });
    expect(filtered.stdout).toMatch(/^=== RUN {3}TestSub\n--- PASS: TestSub \(0\.00s\)\nPASS\nok /);
  });

  it('go test -run matching no test says [no tests to run]', () => {
    const fs = goFs({
      '/app/go.mod': 'module example.com/calc\n\ngo 1.24\n',
      '/app/calc_test.go': 'package main\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {}\n',
    });
    const quiet = runProgram(go, ['go', 'test', '-run', 'Nope', '.'], fs, { env, cwd: '/app' });
    expect(quiet.stdout).toMatch(/^ok {2}\texample\.com\/calc\t0\.\d{3}s \[no tests to run\]\n$/);
    const verbose = runProgram(go, ['go', 'test', '-v', '-run=Nope', '.'], fs, {
      env,
      cwd: '/app',
    });
    expect(verbose.stdout).toMatch(
      /^testing: warning: no tests to run\nPASS\nok .* \[no tests to run\]\n$/,
    );
  });

  it('sizes a gin server as net/http plus gin, and -ldflags "-s -w" strips about 30%', () => {
    const size = (main: string, ...flags: string[]) => {
      const fs = goFs({
        '/app/go.mod':
          'module example.com/api\n\ngo 1.23\n\nrequire github.com/gin-gonic/gin v1.10.1\n',
        '/app/go.sum': GO_SUM,
        '/app/main.go': main,
      });
      const built = runProgram(go, ['go', 'build', ...flags, '-o', '/app/api', '.'], fs, {
        env,
        cwd: '/app',
      });
      expect(built.code).toBe(0);
      const st = fs.stat('/app/api');
      return st.ok && st.value.node.kind === 'file' ? st.value.node.size : 0;
    };
    const gin =
      'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tr.Run(":8080")\n}\n';
    const plain = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n';
    expect(size(gin) - size(plain)).toBe(5_600_000);
    expect(size(gin, '-ldflags=-s -w')).toBe(Math.round(size(gin) * 0.7));
    expect(size(gin, '-ldflags', '-w')).toBe(Math.round(size(gin) * 0.8));
    expect(size(gin, '-ldflags', '-X main.version=1.2.3')).toBe(size(gin));
  });

  it('needs a go.mod, as module mode does', () => {
    const result = runProgram(go, ['go', 'build', '.'], goFs({ '/app/main.go': MAIN }), {
      env,
      cwd: '/app',
    });
    expect(result).toMatchObject({
      code: 1,
      stderr:
        "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
    });
  });
});
