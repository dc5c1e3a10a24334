// Command-line programs built in an image print what their main prints: in the build log when
// a RUN runs them, on `docker run`, and in `docker logs` of a detached container that exited.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from '../runtime/testing/terminal';

const terminal = busyboxTerminals('docker pull -q golang:1.23');

const DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/calc . && (calc; echo "status $?")
RUN gcc -O2 -o hello hello.c && ./hello && cp hello /usr/local/bin/

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/calc /usr/local/bin/hello /usr/local/bin/
CMD ["calc"]
`;

const MAIN_GO = `package main

import (
\t"fmt"
\t"log"
\t"os"
)

func main() {
\tfmt.Println("calc ready")
\tlog.Print("no config file, using defaults")
\tos.Exit(4)
}
`;

const HELLO_C = `#include <stdio.h>
int main(void) {
    printf("hello, world\\n");
    return 0;
}
`;

function build(t: Terminal): string {
  writeHostFiles(t, 'app', {
    'go.mod': 'module example.com/calc\n\ngo 1.23\n',
    'main.go': MAIN_GO,
    'hello.c': HELLO_C,
    Dockerfile: DOCKERFILE,
  });
  const built = t.run('docker build --progress plain -t calc app');
  expect(built.code).toBe(0);
  return built.err + built.out;
}

describe('a command-line program built in an image', () => {
  it("prints its main's lines in the build log of the RUN that runs it", () => {
    const log = build(terminal());
    expect(log).toMatch(/^#\d+ \d+\.\d+ calc ready$/m);
    expect(log).toMatch(
      /^#\d+ \d+\.\d+ \d{4}\/\d\d\/\d\d [\d:]{8} no config file, using defaults$/m,
    );
    expect(log).toMatch(/^#\d+ \d+\.\d+ status 4$/m);
    expect(log).toMatch(/^#\d+ \d+\.\d+ hello, world$/m);
  });

  it('prints on docker run and exits with main status; docker logs keeps both streams', () => {
    const t = terminal();
    build(t);
    const run = t.run('docker run --rm calc');
    expect(run.out).toBe('calc ready\n');
    expect(run.err).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d no config file, using defaults\n$/);
    expect(run.code).toBe(4);
    expect(t.run('docker run --rm calc hello').out).toBe('hello, world\n');
    t.run('docker run -d --name c1 calc');
    const logs = t.run('docker logs c1');
    expect([logs.out, logs.err.replace(/^[\d/]+ [\d:]+ /, '')]).toEqual([
      'calc ready\n',
      'no config file, using defaults\n',
    ]);
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^c1 Exited \(4\) /,
    );
  });
});
