import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import type { ServeRequest } from '../../shell/program';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { goProgram } from './go';
import { runGoBinary } from './run-binary';

const go = goProgram(fakeCatalog([]));
const GO_MOD = 'module example.com/server\n\ngo 1.23\n';
const GIN_MOD = `${GO_MOD}\nrequire github.com/gin-gonic/gin v1.10.1\n`;

/** Builds /app/main.go with `go build -o /app/server` and returns the binary's blob id. */
function build(main: string, mod = GO_MOD): string {
  const fs = new OverlayFs([
    tree({
      '/usr/local/go/VERSION': 'go1.23.4\n',
      '/go/': '',
      '/root/': '',
      '/app/go.mod': mod,
      // go build needs go.sum's hash of each module the program imports from.
      '/app/go.sum': 'github.com/gin-gonic/gin v1.10.1 h1:stand-in=\n',
      '/app/main.go': main,
    }),
  ]);
  const built = runProgram(go, ['go', 'build', '-o', '/app/server', '.'], fs, {
    env: { GOPATH: '/go' },
    cwd: '/app',
  });
  expect(built.code).toBe(0);
  const st = fs.stat('/app/server');
  return st.ok && st.value.node.kind === 'file' ? (st.value.node.blob ?? '') : '';
}

class Served extends Error {
  constructor(readonly request: ServeRequest) {
    super('served');
  }
}

/** Runs the binary as a container's main process would: io.serve ends the run. */
function runServed(blob: string, env: Record<string, string> = {}) {
  let request: ServeRequest | undefined;
  const result = runProgram(
    (argv, io) => {
      try {
        return (
          runGoBinary(
            {
              ...io,
              serve: (r) => {
                throw new Served(r);
              },
            },
            argv,
            blob,
          ) ?? -1
        );
      } catch (e) {
        if (!(e instanceof Served)) throw e;
        request = e.request;
        return 0;
      }
    },
    ['/app/server'],
    new OverlayFs([tree({})]),
    { env },
  );
  return { ...result, request };
}

const NET_HTTP = (extra: string) =>
  `package main\n\nimport (\n\t"net/http"\n${extra ? '\t"os"\n\t"os/signal"\n\t"syscall"\n' : ''})\n\nfunc main() {\n${extra}\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})\n\thttp.ListenAndServe(":8080", nil)\n}\n`;

const GIN = `package main

import "github.com/gin-gonic/gin"

func main() {
\tr := gin.Default()
\tr.GET("/ping", func(c *gin.Context) { c.JSON(200, gin.H{"message": "pong"}) })
\tr.POST("/items", createItem)
\tr.Run(":8080")
}
`;

describe('running a binary go build made', () => {
  it('keeps a net/http server running silently; without signal.Notify SIGTERM ends it with 2', () => {
    const run = runServed(build(NET_HTTP('')));
    expect([run.stdout, run.stderr]).toEqual(['', '']);
    expect(run.request).toMatchObject({ name: 'server', ignoresSigterm: false, termExitCode: 2 });
  });

  it('exits 0 on docker stop when the source catches SIGTERM with signal.Notify', () => {
    const run = runServed(
      build(
        NET_HTTP(
          '\tc := make(chan os.Signal, 1)\n\tsignal.Notify(c, os.Interrupt, syscall.SIGTERM)\n',
        ),
      ),
    );
    expect(run.request).toMatchObject({ ignoresSigterm: false, termExitCode: 0 });
  });

  it('still dies of SIGTERM (2) when signal.Notify names only os.Interrupt', () => {
    const run = runServed(
      build(NET_HTTP('\tc := make(chan os.Signal, 1)\n\tsignal.Notify(c, os.Interrupt)\n')),
    );
    expect(run.request?.termExitCode).toBe(2);
  });

  it("prints gin's debug-mode warnings, routes and listening line before serving", () => {
    const run = runServed(build(GIN, GIN_MOD));
    expect(run.stdout).toBe(
      '[GIN-debug] [WARNING] Creating an Engine instance with the Logger and Recovery middleware already attached.\n\n' +
        '[GIN-debug] [WARNING] Running in "debug" mode. Switch to "release" mode in production.\n - using env:\texport GIN_MODE=release\n - using code:\tgin.SetMode(gin.ReleaseMode)\n\n' +
        '[GIN-debug] GET    /ping                     --> main.main.func1 (3 handlers)\n' +
        '[GIN-debug] POST   /items                    --> main.createItem (3 handlers)\n' +
        '[GIN-debug] [WARNING] You trusted all proxies, this is NOT safe. We recommend you to set a value.\nPlease check https://pkg.go.dev/github.com/gin-gonic/gin#readme-don-t-trust-all-proxies for details.\n' +
        '[GIN-debug] Listening and serving HTTP on :8080\n',
    );
    expect(run.request).toBeDefined();
  });

  it('prints nothing from gin with GIN_MODE=release, and r.Run() takes $PORT', () => {
    const blob = build(GIN.replace('r.Run(":8080")', 'r.Run()'), GIN_MOD);
    expect(runServed(blob, { GIN_MODE: 'release' }).stdout).toBe('');
    expect(runServed(blob, { PORT: '3000' }).stdout).toMatch(
      /\[GIN-debug\] Environment variable PORT="3000"\n\[GIN-debug\] Listening and serving HTTP on :3000\n$/,
    );
  });

  it("writes the standard logger's literal lines on stderr with its date and time, fmt's on stdout", () => {
    const main = NET_HTTP('')
      .replace(
        '\thttp.HandleFunc',
        '\tfmt.Println("starting")\n\tlog.Println("listening on :8080")\n\tlog.Printf("ready, 100%% up\\n")\n\tlog.Printf("port %s", port)\n\thttp.HandleFunc',
      )
      .replace('"net/http"', '"fmt"\n\t"log"\n\t"net/http"');
    const run = runServed(build(main));
    expect(run.stdout).toBe('starting\n');
    expect(run.stderr).toBe(
      '2026/01/15 09:00:00 listening on :8080\n2026/01/15 09:00:00 ready, 100% up\n',
    );
  });

  it('runs a CLI to its end: its prints, no serve call', () => {
    const run = runServed(
      build('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n'),
    );
    expect([run.code, run.stdout]).toEqual([0, 'hello\n']);
    expect(run.request).toBeUndefined();
  });

  it("fills a server's start-up lines from literals bound in main; notes the lines it leaves out", () => {
    const main = NET_HTTP('')
      .replace(
        '\thttp.HandleFunc',
        '\taddr := ":8080"\n\tport := os.Getenv("PORT")\n\tlog.Printf("listening on %s", addr)\n\tfmt.Fprintln(os.Stderr, "debug on")\n\tlog.Println("port", port)\n\thttp.HandleFunc',
      )
      .replace('"net/http"', '"fmt"\n\t"log"\n\t"net/http"\n\t"os"');
    const run = runServed(build(main));
    expect(run.stderr).toBe('2026/01/15 09:00:00 listening on :8080\ndebug on\n');
    expect(run.notes.join(' ')).toMatch(
      /does not print what `log.Println\("port", port\)` leads to.*computed output is not modelled/,
    );
    // After log.SetFlags the logger's format is not the default one: nothing more is read.
    const flags = runServed(
      build(main.replace('\taddr := ":8080"', '\tlog.SetFlags(0)\n\taddr := ":8080"')),
    );
    expect(flags.stderr).toBe('');
    expect(flags.notes.join(' ')).toMatch(/does not print what `log.SetFlags\(0\)` leads to/);
  });

  it('leaves an empty main to the caller (undefined); one that computes at once is noted', () => {
    expect(runServed(build('package main\n\nfunc main() {\n}\n')).code).toBe(-1);
    const run = runServed(build('package main\n\nfunc main() {\n\trun()\n}\n'));
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.notes.join(' ')).toMatch(/stops at `run\(\)`/);
  });

  it('returns after the banner where nothing keeps running (a build step)', () => {
    const blob = build(
      NET_HTTP('')
        .replace('\thttp.HandleFunc', '\tfmt.Println("listening on :8080")\n\thttp.HandleFunc')
        .replace('"net/http"', '"fmt"\n\t"net/http"'),
    );
    const run = runProgram(
      (argv, io) => runGoBinary(io, argv, blob) ?? -1,
      ['/app/server'],
      new OverlayFs([tree({})]),
    );
    expect([run.code, run.stdout]).toEqual([0, 'listening on :8080\n']);
    expect(run.notes.join(' ')).toMatch(/would keep running/);
  });
});

/** Builds main.go and runs the binary as a container's command, without io.serve (a RUN). */
function runCli(main: string) {
  const blob = build(main);
  return runProgram(
    (argv, io) => runGoBinary(io, argv, blob) ?? -1,
    ['/usr/local/bin/calc'],
    new OverlayFs([tree({})]),
  );
}

const MAIN = (body: string, imports = '"fmt"') =>
  `package main\n\nimport (\n\t${imports}\n)\n\nfunc main() {\n${body}}\n`;

describe('running a Go command-line program', () => {
  it("prints main's straight-line fmt and log lines on their streams, then exits 0", () => {
    const run = runCli(
      `package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("calc ready") }\n`,
    );
    expect([run.code, run.stdout, run.stderr, run.notes]).toEqual([0, 'calc ready\n', '', []]);
    const both = runCli(
      MAIN(
        '\tfmt.Print("a", "b", 1, 2, "\\n")\n\tlog.Println("started", 3)\n\tfmt.Fprintln(os.Stderr, "warn:", true)\n\tprintln("builtin")\n',
        '"fmt"\n\t"log"\n\t"os"',
      ),
    );
    expect(both.stdout).toBe('ab1 2\n');
    expect(both.stderr).toBe('2026/01/15 09:00:00 started 3\nwarn: true\nbuiltin\n');
  });

  it("fills a print's operands from literals bound in main, and exits with os.Exit's status", () => {
    const run = runCli(
      MAIN(
        '\tname := "calc"\n\tconst version = 2\n\tvar port string = ":8080"\n\tfmt.Printf("%s v%d on %v, 100%%\\n", name, version, port)\n\tos.Exit(3)\n\tfmt.Println("never")\n',
        '"fmt"\n\t"os"',
      ),
    );
    expect([run.code, run.stdout]).toEqual([3, 'calc v2 on :8080, 100%\n']);
  });

  it('log.Fatal prints on stderr with the date and exits 1', () => {
    const run = runCli(MAIN('\tlog.Fatal("no config")\n', '"log"'));
    expect([run.code, run.stderr]).toEqual([1, '2026/01/15 09:00:00 no config\n']);
  });

  it('stops at the first statement it cannot know, and says so', () => {
    const run = runCli(
      MAIN('\tfmt.Println("start")\n\tn := compute()\n\tfmt.Println("sum:", n)\n'),
    );
    expect([run.code, run.stdout]).toEqual([0, 'start\n']);
    expect(run.notes.join(' ')).toMatch(/stops at `n := compute\(\)`.*computed output/);
    // A name assigned again later is not the literal it was bound to.
    const changed = runCli(
      MAIN('\tx := "a"\n\tfmt.Println("x is")\n\tfmt.Println(x)\n\tx = os.Args[1]\n'),
    );
    expect(changed.stdout).toBe('x is\n');
    expect(changed.notes.join(' ')).toMatch(/stops at `fmt.Println\(x\)`/);
    // A verb with a width (or a mismatched operand) is not formatted here.
    expect(runCli(MAIN('\tfmt.Printf("%5d\\n", 3)\n')).stdout).toBe('');
  });
});
