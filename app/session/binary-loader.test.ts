// A Rust binary built for glibc starts where its dynamic loader is (Debian) and fails where it
// is not (scratch, Alpine), as the kernel and runc report it; a musl build starts anywhere.
// Recorded on Docker 20.10 (fixtures/docker/README.md, "Builds").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { replay } from './replay';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const PROJECT = `mkdir src
printf '[package]\\nname = "app"\\nversion = "0.1.0"\\nedition = "2021"\\n' > Cargo.toml
echo 'fn main() { println!("hi"); }' > src/main.rs
`;

const dockerfile = (build: string, final: string, copyFrom: string) => `cat > Dockerfile <<'X'
FROM ${build} AS build
WORKDIR /app
COPY . .
RUN cargo build --release
FROM ${final}
COPY --from=build ${copyFrom} /app
CMD ["/app"]
X
`;

function run(script: string) {
  const out = replay(script, catalog);
  return out.entries.at(-1);
}

describe('running a built Rust binary', () => {
  it("starts on Debian (its glibc loader is there) and prints its main's literal line", () => {
    const last = run(
      PROJECT +
        dockerfile('rust:1.79', 'debian:bookworm-slim', '/app/target/release/app') +
        'docker build -q -t rs .\ndocker run --rm rs\n',
    );
    expect(last?.exitCode).toBe(0);
    expect(last?.output.map((o) => o.text).join('')).toBe('hi\n');
  });

  it('fails from scratch with runc\'s "exec /app: no such file or directory", exit 1', () => {
    const last = run(
      PROJECT +
        dockerfile('rust:1.79', 'scratch', '/app/target/release/app') +
        'docker build -q -t rs .\ndocker run --rm rs\n',
    );
    expect(last?.exitCode).toBe(1);
    expect(last?.output.map((o) => o.text).join('')).toBe('exec /app: no such file or directory\n');
  });

  it('is "not found" to an Alpine shell (the glibc loader is missing), exit 127', () => {
    const last = run(
      PROJECT +
        dockerfile('rust:1.79', 'alpine:3.20', '/app/target/release/app') +
        'docker build -q -t rs .\ndocker run --rm rs sh -c /app\n',
    );
    expect(last?.exitCode).toBe(127);
    expect(last?.output.map((o) => o.text).join('')).toBe('sh: /app: not found\n');
  });

  it('starts from scratch when built for musl', () => {
    const last = run(
      PROJECT +
        dockerfile(
          'rust:1.79',
          'scratch',
          '/app/target/x86_64-unknown-linux-musl/release/app',
        ).replace(
          'cargo build --release',
          'rustup target add x86_64-unknown-linux-musl && cargo build --release --target x86_64-unknown-linux-musl',
        ) +
        'docker build -q -t rs .\ndocker run --rm rs\n',
    );
    expect(last?.exitCode).toBe(0);
  });
});
