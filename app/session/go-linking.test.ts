// Binaries built with a dynamic link need their loader and libraries where they run. A Go program
// built with cgo on (golang:* has gcc, and net links the cgo resolver) is linked to glibc: it
// starts on Debian and fails on scratch or Alpine, as runc and the shell report it; CGO_ENABLED=0
// builds a static binary that starts anywhere. Wording recorded on Docker 20.10 (fixtures/docker/README.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { replay } from './replay';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const PROJECT = `printf 'module example.com/web\\n\\ngo 1.25\\n' > go.mod
cat > main.go <<'X'
package main

import "net/http"

func main() {
	http.ListenAndServe(":8080", nil)
}
X
`;

const dockerfile = (build: string, final: string) => `cat > Dockerfile <<'X'
FROM golang:1.25 AS build
WORKDIR /app
COPY . .
RUN ${build}
FROM ${final}
COPY --from=build /app/server /server
CMD ["/server"]
X
`;

function last(script: string) {
  const entry = replay(script, catalog).entries.at(-1);
  return { code: entry?.exitCode, text: entry?.output.map((o) => o.text).join('') ?? '' };
}

describe('running a Go binary built with cgo', () => {
  it('fails from scratch and Alpine with runc\'s "exec /server: no such file or directory", exit 1', () => {
    for (const final of ['scratch', 'alpine:3.22']) {
      const run = last(
        `${PROJECT}${dockerfile('go build -o server .', final)}docker build -q -t web .\ndocker run --rm web\n`,
      );
      expect(run).toEqual({ code: 1, text: 'exec /server: no such file or directory\n' });
    }
  });

  it('is "not found" to an Alpine shell, in a container and in a build step (exit 127)', () => {
    const run = last(
      `${PROJECT}${dockerfile('go build -o server .', 'alpine:3.22')}docker build -q -t web .\ndocker run --rm web sh -c /server\n`,
    );
    expect(run).toEqual({ code: 127, text: 'sh: /server: not found\n' });
    const step = replay(
      `${PROJECT}${dockerfile('go build -o server .', 'alpine:3.22')}echo 'RUN /server -h' >> Dockerfile\ndocker build -t web .\n`,
      catalog,
    ).entries.at(-1);
    expect(step?.exitCode).toBe(1);
    expect(step?.output.map((o) => o.text).join('')).toContain('/bin/sh: /server: not found');
  });

  it('starts on Debian, and from scratch when built with CGO_ENABLED=0', () => {
    const debian = last(
      `${PROJECT}${dockerfile('go build -o server .', 'debian:bookworm-slim')}docker build -q -t web .\ndocker run -d --name web1 web\ndocker ps\n`,
    );
    expect(debian.text).toMatch(/ Up /);
    const scratch = last(
      `${PROJECT}${dockerfile('CGO_ENABLED=0 go build -o server .', 'scratch')}docker build -q -t web .\ndocker run -d --name web1 web\ndocker ps\n`,
    );
    expect(scratch.text).toMatch(/ Up /);
  });
});

describe('running a C program whose shared library the image lacks', () => {
  it("stops with the loader's error, exit 127, where the loader is but the library is not", () => {
    const run = last(`printf 'int main(void) { return 0; }\\n' > main.c
cat > Dockerfile <<'X'
FROM golang:1.25 AS build
WORKDIR /src
COPY main.c .
RUN gcc -O2 -o app main.c -lsqlite3
FROM debian:bookworm-slim
COPY --from=build /src/app /usr/local/bin/app
CMD ["app"]
X
docker build -q -t capp .
docker run --rm capp
`);
    expect(run).toEqual({
      code: 127,
      text: 'app: error while loading shared libraries: libsqlite3.so.0: cannot open shared object file: No such file or directory\n',
    });
  });
});
