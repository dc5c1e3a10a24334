// A binary cargo built from a web server's source keeps running when run (io.serve), with
// the stop behaviour its source shows; a CLI is left to exit. Built through the build engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs } from '../../build/testing/build-in-session';
import { OverlayFs } from '../../fs/overlay';
import type { ServeRequest } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { runRustBinary } from './run-binary';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const toml = (deps: string) =>
  `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`;
const AXUM_DEPS = 'axum = "0.8"\ntokio = { version = "1", features = ["full"] }\n';

const AXUM = (shutdown: string) => `use axum::{routing::get, Router};

#[tokio::main]
async fn main() {
    let app = Router::new().route("/", get(|| async { "Hello, World!" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    println!("listening on 0.0.0.0:3000");
    axum::serve(listener, app)${shutdown}.await.unwrap();
}
${shutdown ? 'async fn shutdown_signal() {\n    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();\n    term.recv().await;\n}\n' : ''}`;

/** Builds the project in a rust image and returns the blob id of target/release/app. */
function build(files: Record<string, string>): string {
  const out = buildInSession(
    catalog,
    'FROM rust:1.83\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n',
    { files },
  );
  expect(out.ok).toBe(true);
  const st = imageFs(out).stat('/app/target/release/app');
  return st.ok && st.value.node.kind === 'file' ? (st.value.node.blob ?? '') : '';
}

class Served extends Error {
  constructor(readonly request: ServeRequest) {
    super('served');
  }
}

/** Runs the binary as a container's main process would: io.serve ends the run. */
function runServed(blob: string) {
  let request: ServeRequest | undefined;
  const result = runProgram(
    (argv, io) => {
      const serve = (r: ServeRequest): never => {
        throw new Served(r);
      };
      try {
        return runRustBinary({ ...io, serve }, argv, blob) ?? -1;
      } catch (e) {
        if (!(e instanceof Served)) throw e;
        request = e.request;
        return 0;
      }
    },
    ['/usr/local/bin/app'],
    new OverlayFs([tree({})]),
  );
  return { ...result, request };
}

describe('running a binary cargo built', () => {
  it('keeps an axum server running after its println!, ignoring SIGTERM as PID 1 (killed: 137)', () => {
    const blob = build({ 'Cargo.toml': toml(AXUM_DEPS), 'src/main.rs': AXUM('') });
    expect(blob).toMatch(/:x86_64-unknown-linux-gnu$/);
    const run = runServed(blob);
    expect(run.stdout).toBe('listening on 0.0.0.0:3000\n');
    expect(run.request).toMatchObject({ name: 'app', ignoresSigterm: true });
  });

  it('exits 0 on docker stop when the source waits for SignalKind::terminate()', () => {
    const blob = build({
      'Cargo.toml': toml(AXUM_DEPS),
      'src/main.rs': AXUM('.with_graceful_shutdown(shutdown_signal())'),
    });
    expect(runServed(blob).request).toMatchObject({ ignoresSigterm: false, termExitCode: 0 });
  });

  it('ignores a SIGTERM handler in a function nothing calls', () => {
    const blob = build({
      'Cargo.toml': toml(AXUM_DEPS),
      'src/main.rs': AXUM('').replace(
        '}\n',
        '}\n\nasync fn shutdown_signal() {\n    let _ = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());\n}\n',
      ),
    });
    expect(runServed(blob).request).toMatchObject({ ignoresSigterm: true });
  });

  it('serves a std TcpListener accept loop with no framework', () => {
    const blob = build({
      'Cargo.toml': toml(''),
      'src/main.rs':
        'use std::net::TcpListener;\nfn main() {\n    let l = TcpListener::bind("0.0.0.0:8080").unwrap();\n    for s in l.incoming() { drop(s); }\n}\n',
    });
    const run = runServed(blob);
    expect([run.stdout, run.request?.ignoresSigterm]).toEqual(['', true]);
  });

  it('lets a CLI exit after its prints, even one depending on tokio', () => {
    const blob = build({
      'Cargo.toml': toml(AXUM_DEPS),
      'src/main.rs': '#[tokio::main]\nasync fn main() {\n    println!("done");\n}\n',
    });
    const run = runServed(blob);
    expect([run.code, run.stdout, run.request]).toEqual([0, 'done\n', undefined]);
  });

  it("fills a server's println! from a literal bound in main, and says which line it leaves out", () => {
    const main = AXUM('').replace(
      '    println!("listening on 0.0.0.0:3000");',
      '    let addr = "0.0.0.0:3000";\n    println!("listening on {}", addr);\n    println!("bound to {}", listener.local_addr().unwrap());\n    eprintln!("{addr} ready");',
    );
    const run = runServed(build({ 'Cargo.toml': toml(AXUM_DEPS), 'src/main.rs': main }));
    expect([run.stdout, run.stderr]).toEqual([
      'listening on 0.0.0.0:3000\n',
      '0.0.0.0:3000 ready\n',
    ]);
    expect(run.notes.join(' ')).toMatch(
      /does not print `println!\("bound to \{\}", listener.local_addr\(\).unwrap\(\)\)`.*computed output is not modelled/,
    );
    expect(run.request).toBeDefined();
  });
});

describe('running a Rust command-line program', () => {
  const cli = (main: string) => runServed(build({ 'Cargo.toml': toml(''), 'src/main.rs': main }));

  it("prints main's println!/eprintln! lines with literal operands and exits as main does", () => {
    const run = cli(
      'fn main() -> anyhow::Result<()> {\n    const NAME: &str = "greeter";\n    let n = 3;\n    print!("Hello from ");\n    println!("{NAME} v{}, {:?} {{ok}}", n, NAME);\n    eprintln!("{0}-{0} {flag}", n, flag = true);\n    Ok(())\n}\n',
    );
    expect([run.code, run.stdout, run.stderr, run.notes]).toEqual([
      0,
      'Hello from greeter v3, "greeter" {ok}\n',
      '3-3 true\n',
      [],
    ]);
    const exits = cli(
      'fn main() {\n    eprintln!("usage: tool FILE");\n    std::process::exit(2);\n}\n',
    );
    expect([exits.code, exits.stderr]).toEqual([2, 'usage: tool FILE\n']);
  });

  it('stops at the first statement it cannot know: a computed operand, a mutable binding', () => {
    const run = cli(
      'use std::env;\nfn main() {\n    println!("start");\n    let mut name = "x";\n    println!("{}", name);\n    println!("never");\n}\n',
    );
    expect([run.code, run.stdout]).toEqual([0, 'start\n']);
    expect(run.notes.join(' ')).toMatch(/stops at `println!\("\{\}", name\)`.*computed output/);
    const spec = cli('fn main() {\n    println!("{:>5}", 3);\n}\n');
    expect([spec.code, spec.stdout]).toEqual([0, '']);
    expect(spec.notes.join(' ')).toMatch(/stops at `println!\("\{:>5\}", 3\)`/);
  });
});
