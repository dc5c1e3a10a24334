import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { cargoProgram } from './cargo';
import { rustcProgram } from './rustc';
import { rustupProgram } from './rustup';
import { rustEnv, rustFs } from './testing';

const TC = '/usr/local/rustup/toolchains/1.79.0-x86_64-unknown-linux-gnu';

describe('rustup', () => {
  it('--version names rustup and the active rustc', () => {
    const result = runProgram(rustupProgram, ['rustup', '--version'], rustFs({}), {
      env: rustEnv(),
    });
    expect(result.stdout).toBe('rustup 1.28.2 (e4f3ad6f8 2025-04-28)\n');
    expect(result.stderr).toBe(
      'info: This is the version for the rustup toolchain manager, not the rustc compiler.\ninfo: The currently active `rustc` version is `rustc 1.79.0 (129f3b996 2024-06-10)`\n',
    );
  });

  it('target add installs rust-std under the toolchain and records it', () => {
    const fs = rustFs({});
    const added = runProgram(
      rustupProgram,
      ['rustup', 'target', 'add', 'x86_64-unknown-linux-musl'],
      fs,
      { env: rustEnv() },
    );
    expect(added.stderr).toBe(
      "info: downloading component 'rust-std' for 'x86_64-unknown-linux-musl'\ninfo: installing component 'rust-std' for 'x86_64-unknown-linux-musl'\n",
    );
    expect(fs.readdir(`${TC}/lib/rustlib/x86_64-unknown-linux-musl/lib`).ok).toBe(true);
    expect(
      fs.stat(`${TC}/lib/rustlib/x86_64-unknown-linux-musl/lib/self-contained/libc.a`).ok,
    ).toBe(true);
    const again = runProgram(
      rustupProgram,
      ['rustup', 'target', 'add', 'x86_64-unknown-linux-musl'],
      fs,
      { env: rustEnv() },
    );
    expect(again.stderr).toBe(
      "info: component 'rust-std' for target 'x86_64-unknown-linux-musl' is up to date\n",
    );
    const show = runProgram(rustupProgram, ['rustup', 'show'], fs, { env: rustEnv() });
    expect(show.stdout).toContain(
      'installed targets:\n  x86_64-unknown-linux-gnu\n  x86_64-unknown-linux-musl\n',
    );
    expect(
      show.stdout.startsWith(
        'Default host: x86_64-unknown-linux-gnu\nrustup home:  /usr/local/rustup\n',
      ),
    ).toBe(true);
  });

  it('refuses a target rustc does not know', () => {
    const result = runProgram(
      rustupProgram,
      ['rustup', 'target', 'add', 'x86_64-linux-musl'],
      rustFs({}),
      { env: rustEnv() },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: toolchain '1\.79\.0-x86_64-unknown-linux-gnu' does not support target 'x86_64-linux-musl'\n/,
    );
  });
});

describe('rustc', () => {
  it('reports its version', () => {
    const result = runProgram(rustcProgram, ['rustc', '--version'], rustFs({}), {
      env: rustEnv('1.85.0'),
    });
    expect(result.stdout).toBe('rustc 1.85.0 (4d91de4e4 2025-02-17)\n');
  });

  it('compiles a single file to a binary next to it, and fails on a missing one', () => {
    const fs = rustFs({ '/src/hello.rs': 'fn main() {}\n' });
    expect(
      runProgram(rustcProgram, ['rustc', 'hello.rs'], fs, { env: rustEnv(), cwd: '/src' }).code,
    ).toBe(0);
    expect(fs.stat('/src/hello').ok).toBe(true);
    const missing = runProgram(rustcProgram, ['rustc', 'nope.rs'], fs, {
      env: rustEnv(),
      cwd: '/src',
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "error: couldn't read `nope.rs`: No such file or directory (os error 2)",
    );
  });
});

describe('clippy and rustfmt', () => {
  it('are missing from the minimal profile until rustup component add', () => {
    const fs = rustFs({
      '/app/Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
      '/app/src/main.rs': '',
    });
    const env = rustEnv();
    const before = runProgram(cargoProgram, ['cargo', 'clippy'], fs, { env, cwd: '/app' });
    expect(before.code).toBe(1);
    expect(before.stderr).toBe(
      "error: 'cargo-clippy' is not installed for the toolchain '1.79.0-x86_64-unknown-linux-gnu'.\nTo install, run `rustup component add clippy`\n",
    );
    const add = runProgram(rustupProgram, ['rustup', 'component', 'add', 'clippy', 'rustfmt'], fs, {
      env,
    });
    expect(add.stderr).toBe(
      "info: downloading component 'clippy'\ninfo: installing component 'clippy'\ninfo: downloading component 'rustfmt'\ninfo: installing component 'rustfmt'\n",
    );
    expect(fs.stat(`${TC}/bin/clippy-driver`).ok).toBe(true);
    expect(runProgram(cargoProgram, ['cargo', 'clippy'], fs, { env, cwd: '/app' }).code).toBe(0);
    expect(
      runProgram(cargoProgram, ['cargo', 'fmt', '--check'], fs, { env, cwd: '/app' }).code,
    ).toBe(0);
  });
});

describe("rustup's proxies", () => {
  it('rustfmt called through its proxy needs the component', () => {
    const result = runProgram(rustupProgram, ['rustfmt', '--check', 'src/main.rs'], rustFs({}), {
      env: rustEnv(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "error: 'rustfmt' is not installed for the toolchain '1.79.0-x86_64-unknown-linux-gnu'.\nTo install, run `rustup component add rustfmt`\n",
    );
  });
});
