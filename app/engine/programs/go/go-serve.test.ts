// A Go web server's container through the docker CLI: the binary `go build` made keeps
// running (docker ps: Up) and answers docker stop as its source does; a CLI exits at once.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from '../../runtime/testing/terminal';

const terminal = busyboxTerminals('docker pull -q golang:1.23');

const DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /server .

FROM alpine:3.20
COPY --from=build /server /server
CMD ["/server"]
`;

const server = (notify: string) => `package main

import (
\t"net/http"
\t"os"
\t"os/signal"
\t"syscall"
)

func main() {
\tgo func() {
\t\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
\t\thttp.ListenAndServe(":8080", nil)
\t}()
\tc := make(chan os.Signal, 1)
\t${notify}
\t<-c
}
`;

function build(t: Terminal, main: string): void {
  writeHostFiles(t, 'app', {
    'go.mod': 'module example.com/app\n\ngo 1.23\n',
    'main.go': main,
    Dockerfile: DOCKERFILE,
  });
  const built = t.run('docker build -q -t app app');
  expect([built.err, built.code]).toEqual(['', 0]);
}

describe('a Go web server in a container', () => {
  it('stays Up, prints nothing, and exits 0 on docker stop when it catches SIGTERM', () => {
    const t = terminal();
    build(t, server('signal.Notify(c, os.Interrupt, syscall.SIGTERM)'));
    t.run('docker run -d --name web app');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    expect(t.run('docker logs web').out).toBe('');
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('exits 2 on docker stop when SIGTERM is not caught (the Go runtime re-raises it)', () => {
    const t = terminal();
    build(t, server('signal.Notify(c, os.Interrupt)'));
    t.run('docker run -d --name web app');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(2\) /);
  });

  it('lets a CLI exit at once', () => {
    const t = terminal();
    build(t, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n');
    t.run('docker run -d --name cli app');
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^cli Exited \(0\) /,
    );
  });
});
