import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { cargoProgram } from './cargo';
import { APP_TOML, rustEnv, rustFs } from './testing';

const MAIN = 'fn main() {}\n';

function cargo(args: string[], fs: ReturnType<typeof rustFs>, cwd = '/app') {
  return runProgram(cargoProgram, ['cargo', ...args], fs, { env: rustEnv(), cwd });
}

describe('targets and selection', () => {
  it('--bin builds only that binary; an unknown one is an error listing the others', () => {
    const fs = rustFs({
      '/app/Cargo.toml': APP_TOML,
      '/app/src/main.rs': MAIN,
      '/app/src/bin/worker.rs': MAIN,
    });
    expect(cargo(['build', '--release', '--bin', 'worker'], fs).code).toBe(0);
    expect(fs.stat('/app/target/release/worker').ok).toBe(true);
    expect(fs.stat('/app/target/release/app').ok).toBe(false);
    const wrong = cargo(['build', '--bin', 'nope'], fs);
    expect(wrong.code).toBe(101);
    expect(wrong.stderr).toContain('error: no bin target named `nope`');
    expect(wrong.stderr).toContain('    app\n    worker\n');
  });

  it('-p picks a workspace member; an unknown one is an error', () => {
    const member = (name: string) =>
      `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n`;
    const fs = rustFs({
      '/ws/Cargo.toml': '[workspace]\nmembers = ["api", "cli"]\n',
      '/ws/api/Cargo.toml': member('api'),
      '/ws/api/src/main.rs': MAIN,
      '/ws/cli/Cargo.toml': member('cli'),
      '/ws/cli/src/main.rs': MAIN,
    });
    const result = cargo(['build', '-p', 'cli'], fs, '/ws');
    expect(result.stderr).toContain('   Compiling cli v0.1.0 (/ws/cli)\n');
    expect(result.stderr).not.toContain('Compiling api');
    expect(fs.stat('/ws/target/debug/cli').ok).toBe(true);
    expect(fs.stat('/ws/Cargo.lock').ok).toBe(true);
    expect(cargo(['build', '-p', 'web'], fs, '/ws').stderr).toBe(
      'error: package(s) `web` not found in workspace `/ws`\n',
    );
  });

  it('a debug build keeps incremental state; a release build does not', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    // no dependencies: nothing to look up in the index
    expect(cargo(['build'], fs).stderr.startsWith('   Compiling app v0.1.0 (/app)\n')).toBe(true);
    cargo(['build', '--release'], fs);
    const debug = fs.readdir('/app/target/debug/incremental');
    expect(debug.ok && debug.value.length).toBeGreaterThan(0);
    expect(fs.readdir('/app/target/release/incremental')).toEqual({ ok: true, value: [] });
  });
});

describe('crates the catalog lacks', () => {
  it('are plausible stand-ins with a note, at the version asked for', () => {
    const toml = `${APP_TOML}\n[dependencies]\nmy-internal-helper = "2.1"\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const result = cargo(['build'], fs);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  Downloaded my-internal-helper v2.1.0\n');
    expect(result.notes.join(' ')).toContain('plausible stand-ins');
  });
});

describe('run, test, new, clean', () => {
  it('cargo run builds, says Running, and notes that nothing ran', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    const result = cargo(['run', '--release'], fs);
    expect(result.code).toBe(0);
    expect(result.stderr.endsWith('     Running `target/release/app`\n')).toBe(true);
    expect(result.notes.join(' ')).toContain('does not execute application code');
  });

  it('cargo test compiles in the test profile and names the test binaries', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    const result = cargo(['test'], fs);
    expect(result.stderr).toMatch(
      /Finished `test` profile \[unoptimized \+ debuginfo\] target\(s\) in /,
    );
    expect(result.stderr).toMatch(
      / {5}Running unittests src\/main\.rs \(target\/debug\/deps\/app-[0-9a-f]{16}\)\n/,
    );
  });

  it('cargo new writes a binary package, as Dockerfiles use for placeholders', () => {
    const fs = rustFs({});
    const result = runProgram(cargoProgram, ['cargo', 'new', '--bin', 'app'], fs, {
      env: rustEnv(),
      cwd: '/',
    });
    expect(result.stderr).toBe(
      '    Creating binary (application) `app` package\nnote: see more `Cargo.toml` keys and their definitions at https://doc.rust-lang.org/cargo/reference/manifest.html\n',
    );
    const toml = fs.readFile('/app/Cargo.toml');
    expect(toml.ok && toml.value.text).toBe(
      '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n',
    );
    expect(fs.stat('/app/src/main.rs').ok).toBe(true);
    expect(
      runProgram(cargoProgram, ['cargo', 'new', 'app'], fs, { env: rustEnv(), cwd: '/' }).code,
    ).toBe(101);
  });

  it('cargo clean removes the target directory and says how much', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    cargo(['build'], fs);
    const result = cargo(['clean'], fs);
    expect(result.stderr).toMatch(/^ {5}Removed \d+ files, \d+\.\dMiB total\n$/);
    expect(fs.stat('/app/target').ok).toBe(false);
  });

  it('an unknown command is an error in cargo words', () => {
    const fs = rustFs({});
    const result = cargo(['frobnicate'], fs);
    expect(result.code).toBe(101);
    expect(result.stderr.startsWith('error: no such command: `frobnicate`\n')).toBe(true);
  });
});

describe('.cargo/config.toml', () => {
  it('sets the build target and target directory', () => {
    const fs = rustFs({
      '/app/Cargo.toml': APP_TOML,
      '/app/src/main.rs': MAIN,
      '/app/.cargo/config.toml':
        '[build]\ntarget = "x86_64-unknown-linux-musl"\ntarget-dir = "out"\n',
      '/usr/local/rustup/toolchains/1.79.0-x86_64-unknown-linux-gnu/lib/rustlib/x86_64-unknown-linux-musl/lib/libstd.rlib':
        'x',
    });
    expect(cargo(['build', '--release'], fs).code).toBe(0);
    expect(fs.stat('/app/out/x86_64-unknown-linux-musl/release/app').ok).toBe(true);
  });
});

describe('profiles and rebuilds', () => {
  it('--profile with a custom [profile.<name>] builds into target/<name>', () => {
    const toml = `${APP_TOML}\n[profile.dist]\ninherits = "release"\nlto = "thin"\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const result = cargo(['build', '--profile', 'dist'], fs);
    expect(result.stderr).toMatch(/ {4}Finished `dist` profile \[optimized\] target\(s\) in /);
    expect(fs.stat('/app/target/dist/app').ok).toBe(true);
    expect(cargo(['build', '--profile', 'nope'], fs).stderr).toBe(
      'error: profile `nope` is not defined\n',
    );
  });

  it('deleting the binary from deps/ makes cargo link it again', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    cargo(['build', '--release'], fs);
    const deps = fs.readdir('/app/target/release/deps');
    for (const entry of deps.ok ? deps.value : [])
      if (entry.startsWith('app-')) fs.remove(`/app/target/release/deps/${entry}`);
    expect(cargo(['build', '--release'], fs).stderr).toContain('   Compiling app v0.1.0 (/app)\n');
  });

  it('cargo check says Checking and writes metadata only', () => {
    const toml = `${APP_TOML}\n[dependencies]\nitoa = "1"\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const result = cargo(['check'], fs);
    expect(result.stderr).toContain('    Checking itoa v1.0.15\n    Checking app v0.1.0 (/app)\n');
    expect(fs.stat('/app/target/debug/app').ok).toBe(false);
  });
});

describe("sqlx's query macros", () => {
  const toml = `${APP_TOML}\n[dependencies]\nsqlx = { version = "0.8", features = ["postgres", "runtime-tokio"] }\n`;
  const main =
    'use sqlx::PgPool;\n\nasync fn count(pool: &PgPool) -> i64 {\n    let row = sqlx::query!("SELECT count(*) AS n FROM users")\n        .fetch_one(pool).await.unwrap();\n    row.n.unwrap()\n}\n\nfn main() {}\n';

  it('fail to compile without a database or the .sqlx cache', () => {
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': main });
    const result = cargo(['build', '--release'], fs);
    expect(result.code).toBe(101);
    expect(result.stderr).toContain(
      'error: set `DATABASE_URL` to use query macros online, or run `cargo sqlx prepare` to update the query cache\n --> src/main.rs:4:15\n  |\n4 |     let row = sqlx::query!("SELECT count(*) AS n FROM users")\n  |               ' +
        '^'.repeat(47) +
        '\n',
    );
    expect(
      result.stderr.endsWith(
        'error: could not compile `app` (bin "app") due to 1 previous error\n',
      ),
    ).toBe(true);
  });

  it('compile offline from the .sqlx cache', () => {
    const fs = rustFs({
      '/app/Cargo.toml': toml,
      '/app/src/main.rs': main,
      '/app/.sqlx/query-0a1b.json': '{}',
    });
    const result = runProgram(cargoProgram, ['cargo', 'build', '--release'], fs, {
      env: { ...rustEnv(), SQLX_OFFLINE: 'true' },
      cwd: '/app',
    });
    expect(result.code).toBe(0);
  });
});

describe('git dependencies', () => {
  it('are fetched into git/db and git/checkouts and built with their source shown', () => {
    const toml = `${APP_TOML}\n[dependencies]\nmylib = { git = "https://github.com/example/mylib", branch = "main" }\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const result = cargo(['build'], fs);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '    Updating git repository `https://github.com/example/mylib`\n',
    );
    expect(result.stderr).toMatch(
      / {3}Compiling mylib v\S+ \(https:\/\/github\.com\/example\/mylib\?branch=main#[0-9a-f]{8}\)\n/,
    );
    expect(fs.readdir('/usr/local/cargo/git/checkouts').ok).toBe(true);
    const lock = fs.readFile('/app/Cargo.lock');
    expect(lock.ok && lock.value.text).toMatch(
      /source = "git\+https:\/\/github\.com\/example\/mylib\?branch=main#[0-9a-f]{40}"/,
    );
  });
});

describe('the Finished time', () => {
  it('counts the whole command, resolving and downloading included', () => {
    const toml = `${APP_TOML}\n[dependencies]\nserde_json = "1"\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const result = cargo(['build'], fs);
    const seconds = Number(/Finished .* in (\d+\.\d\d)s\n/.exec(result.stderr)?.[1]);
    expect(Math.abs(seconds * 1000 - result.spentMs)).toBeLessThan(10);
  });
});

describe('--quiet', () => {
  it('drops the status lines but keeps errors', () => {
    const fs = rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN });
    expect(cargo(['build', '-q', '--release'], fs).stderr).toBe('');
    expect(fs.stat('/app/target/release/app').ok).toBe(true);
    expect(cargo(['build', '--quiet', '--bin', 'x'], fs).stderr).toMatch(
      /^error: no bin target named `x`/,
    );
  });
});

describe('features that bring proc-macros', () => {
  it('serde_derive is built only when something asks for serde/derive', () => {
    const plain = rustFs({
      '/app/Cargo.toml': `${APP_TOML}\n[dependencies]\nserde_json = "1"\n`,
      '/app/src/main.rs': MAIN,
    });
    expect(cargo(['build'], plain).stderr).not.toContain('serde_derive');
    const derive = rustFs({
      '/app/Cargo.toml': `${APP_TOML}\n[dependencies]\nserde_json = "1"\nserde = { version = "1", features = ["derive"] }\n`,
      '/app/src/main.rs': MAIN,
    });
    expect(cargo(['build'], derive).stderr).toContain('   Compiling serde_derive v1.0.228\n');
  });
});

describe('cargo install of several crates', () => {
  it('installs each and sums up', () => {
    const fs = rustFs({});
    const result = cargo(['install', '--locked', 'trunk', 'wasm-bindgen-cli'], fs, '/');
    expect(result.stderr.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '   Installed package `wasm-bindgen-cli v0.2.105` (executables `wasm-bindgen`, `wasm-bindgen-test-runner`, `wasm2es6js`)\n',
    );
    expect(
      result.stderr.endsWith('     Summary Successfully installed trunk, wasm-bindgen-cli!\n'),
    ).toBe(true);
    expect(fs.stat('/usr/local/cargo/bin/trunk').ok).toBe(true);
  });
});
