// A Rust web server's container through the docker CLI: the binary cargo built keeps running
// (docker ps: Up) and answers docker stop as its source does; a CLI exits at once.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from '../../runtime/testing/terminal';

const terminal = busyboxTerminals('docker pull -q rust:1.83');

const DOCKERFILE = `FROM rust:1.83 AS build
WORKDIR /app
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /app/target/release/app /usr/local/bin/app
CMD ["app"]
`;

const TOML =
  '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naxum = "0.8"\ntokio = { version = "1", features = ["full"] }\n';

const SHUTDOWN = `
async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
    term.recv().await;
}
`;

const axum = (shutdown: string) => `use axum::{routing::get, Router};

#[tokio::main]
async fn main() {
    let app = Router::new().route("/", get(|| async { "Hello, World!" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    println!("listening on 0.0.0.0:3000");
    axum::serve(listener, app)${shutdown}.await.unwrap();
}
${shutdown ? SHUTDOWN : ''}`;

function build(t: Terminal, main: string): void {
  writeHostFiles(t, 'app', { 'Cargo.toml': TOML, 'src/main.rs': main, Dockerfile: DOCKERFILE });
  const built = t.run('docker build -q -t app app');
  expect([built.err, built.code]).toEqual(['', 0]);
}

describe('a Rust web server in a container', () => {
  it('stays Up after its println!, and as PID 1 ignores SIGTERM until killed (137)', () => {
    const t = terminal();
    build(t, axum(''));
    t.run('docker run -d --name web app');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^web Up /);
    expect(t.run('docker logs web').out).toBe('listening on 0.0.0.0:3000\n');
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(137\) /);
  });

  it('exits 0 on docker stop when it waits for SignalKind::terminate()', () => {
    const t = terminal();
    build(t, axum('.with_graceful_shutdown(shutdown_signal())'));
    t.run('docker run -d --name web app');
    t.run('docker stop web');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('lets a CLI exit at once', () => {
    const t = terminal();
    build(t, 'fn main() {\n    println!("hi");\n}\n');
    t.run('docker run -d --name cli app');
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toMatch(
      /^cli Exited \(0\) /,
    );
  });
});
