import { describe, expect, it } from 'vitest';
import { walkFiles } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { cargoProgram } from './cargo';
import { APP_TOML, rustEnv, rustFs } from './testing';

const MAIN = 'fn main() { println!("hi"); }\n';
const WITH_DEPS = `${APP_TOML}\n[dependencies]\nserde = { version = "1.0", features = ["derive"] }\nanyhow = "1"\n`;

function cargo(
  args: string[],
  fs = rustFs({ '/app/Cargo.toml': WITH_DEPS, '/app/src/main.rs': MAIN }),
  version = '1.79.0',
) {
  return {
    fs,
    ...runProgram(cargoProgram, ['cargo', ...args], fs, { env: rustEnv(version), cwd: '/app' }),
  };
}

describe('cargo --version', () => {
  it("prints the image's cargo with its commit and date", () => {
    expect(cargo(['--version']).stdout).toBe('cargo 1.79.0 (ffa9cf99a 2024-06-03)\n');
    expect(cargo(['-V'], undefined, '1.91.1').stdout).toBe('cargo 1.91.1 (ea2d97820 2025-10-10)\n');
  });
});

describe('cargo build', () => {
  it('resolves, writes Cargo.lock, downloads into the registry and builds target/release/app', () => {
    const { fs, code, stderr } = cargo(['build', '--release']);
    expect(code).toBe(0);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('    Updating crates.io index');
    expect(lines[1]).toBe('     Locking 9 packages');
    expect(lines).toContain(' Downloading crates ...');
    expect(lines).toContain('  Downloaded serde v1.0.228');
    // no terminal, no progress bar: no download summary either
    expect(stderr).not.toMatch(/Downloaded \d+ crates/);
    expect(lines).toContain('   Compiling serde_derive v1.0.228');
    expect(lines.at(-3)).toBe('   Compiling app v0.1.0 (/app)');
    expect(lines.at(-2)).toMatch(
      /^ {4}Finished `release` profile \[optimized\] target\(s\) in \d+\.\d\ds$/,
    );
    const lock = fs.readFile('/app/Cargo.lock');
    expect(lock.ok && lock.value.text).toContain(
      'version = 3\n\n[[package]]\nname = "anyhow"\nversion = "1.0.100"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = ',
    );
    const registry = '/usr/local/cargo/registry';
    expect(
      fs.stat(`${registry}/cache/index.crates.io-6f17d22bba15001f/serde-1.0.228.crate`).ok,
    ).toBe(true);
    expect(
      fs.stat(`${registry}/src/index.crates.io-6f17d22bba15001f/serde-1.0.228/src/lib.rs`).ok,
    ).toBe(true);
    expect(
      fs.stat(`${registry}/index/index.crates.io-6f17d22bba15001f/.cache/se/rd/serde`).ok,
    ).toBe(true);
    const app = fs.stat('/app/target/release/app');
    expect(app.ok && app.value.node.kind === 'file' && app.value.node.mode & 0o111).toBeTruthy();
    const target = walkFiles(fs, '/app/target').reduce((s, f) => s + f.size, 0);
    expect(target).toBeGreaterThan(
      10 * (app.ok ? (app.value.node.kind === 'file' ? app.value.node.size : 0) : 0),
    );
    expect(fs.stat('/app/target/release/.fingerprint').ok).toBe(true);
    expect(fs.stat('/app/target/release/build').ok).toBe(true);
  });

  it('words Finished as cargo before 1.77 did, and writes a version 4 lock from 1.83', () => {
    const old = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN }, '1.76.0'),
      '1.76.0',
    );
    expect(old.stderr).toMatch(/\n {4}Finished dev \[unoptimized \+ debuginfo\] target\(s\) in /);
    expect(old.fs.stat('/app/target/debug/app').ok).toBe(true);
    const fs = rustFs({ '/app/Cargo.toml': WITH_DEPS, '/app/src/main.rs': MAIN }, '1.83.0');
    const modern = cargo(['build'], fs, '1.83.0');
    expect(modern.stderr).toContain('     Locking 9 packages to latest compatible versions\n');
    expect(modern.stderr).toMatch(
      /Finished `dev` profile \[unoptimized \+ debuginfo\] target\(s\)/,
    );
    const lock = fs.readFile('/app/Cargo.lock');
    expect(lock.ok && lock.value.text).toContain('\nversion = 4\n');
    expect(fs.stat('/usr/local/cargo/registry/cache/index.crates.io-6f17d22bba15001f').ok).toBe(
      true,
    );
  });

  it('a second build with nothing changed compiles nothing', () => {
    const fs = rustFs({ '/app/Cargo.toml': WITH_DEPS, '/app/src/main.rs': MAIN });
    cargo(['build', '--release'], fs);
    const again = cargo(['build', '--release'], fs);
    expect(again.stderr).toMatch(/^ {4}Finished `release` profile/);
  });

  it('builds into target/<triple>/release with --target once the target is installed', () => {
    const missing = cargo(['build', '--release', '--target', 'x86_64-unknown-linux-musl']);
    expect(missing.code).toBe(101);
    expect(missing.stderr).toContain("error[E0463]: can't find crate for `core`\n");
    expect(missing.stderr).toContain(
      '= help: consider downloading the target with `rustup target add x86_64-unknown-linux-musl`',
    );
    const fs = rustFs({
      '/app/Cargo.toml': WITH_DEPS,
      '/app/src/main.rs': MAIN,
      '/usr/local/rustup/toolchains/1.79.0-x86_64-unknown-linux-gnu/lib/rustlib/x86_64-unknown-linux-musl/lib/libstd.rlib':
        'x',
    });
    expect(cargo(['build', '--release', '--target', 'x86_64-unknown-linux-musl'], fs).code).toBe(0);
    expect(fs.stat('/app/target/x86_64-unknown-linux-musl/release/app').ok).toBe(true);
    // proc-macros are built for the host
    const hostDeps = walkFiles(fs, '/app/target/release/deps').map((f) => f.path);
    expect(hostDeps.some((p) => /libserde_derive-[0-9a-f]{16}\.so$/.test(p))).toBe(true);
  });
});

describe('on a terminal', () => {
  it('a progress bar stands for the announcement, and a summary ends the downloads', () => {
    const fs = rustFs({ '/app/Cargo.toml': WITH_DEPS, '/app/src/main.rs': MAIN });
    const { stderr } = runProgram(
      (argv, io) => cargoProgram(argv, { ...io, tty: true }),
      ['cargo', 'fetch'],
      fs,
      {
        env: rustEnv(),
        cwd: '/app',
      },
    );
    expect(stderr).not.toContain('Downloading crates');
    expect(stderr).toMatch(/\n {2}Downloaded 8 crates \(\d+\.\d kB\) in \d+\.\d\ds\n$/);
  });
});

describe('cargo errors, in its words', () => {
  it('refuses a package whose rust-version is above this rustc', () => {
    const toml = APP_TOML.replace('edition = "2021"', 'edition = "2021"\nrust-version = "1.85"');
    const { code, stderr } = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN }),
    );
    expect(code).toBe(101);
    expect(stderr).toBe(
      'error: rustc 1.79.0 is not supported by the following package:\n  app@0.1.0 requires rustc 1.85\n',
    );
  });

  it('needs a Cargo.toml', () => {
    const { code, stderr } = cargo(['build'], rustFs({ '/app/src/main.rs': MAIN }));
    expect(code).toBe(101);
    expect(stderr).toBe('error: could not find `Cargo.toml` in `/app` or any parent directory\n');
  });

  it('needs a target to build', () => {
    const { code, stderr } = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': APP_TOML, '/app/src/': '' }),
    );
    expect(code).toBe(101);
    expect(stderr).toBe(
      'error: failed to parse manifest at `/app/Cargo.toml`\n\nCaused by:\n  no targets specified in the manifest\n  either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present\n',
    );
  });

  it('cannot find a [[bin]] without its file', () => {
    const toml = `${APP_TOML}\n[[bin]]\nname = "server"\n`;
    const { stderr } = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN }),
    );
    expect(stderr).toContain(
      "  can't find `server` bin at `src/bin/server.rs` or `src/bin/server/main.rs`. Please specify bin.path if you want to use a non-default path.\n",
    );
  });

  it('refuses --locked without a Cargo.lock', () => {
    const { code, stderr } = cargo(['build', '--release', '--locked']);
    expect(code).toBe(101);
    expect(stderr).toBe(
      '    Updating crates.io index\nerror: the lock file /app/Cargo.lock needs to be updated but --locked was passed to prevent this\nIf you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.\n',
    );
  });

  it('cannot select a version newer than any release', () => {
    const toml = `${APP_TOML}\n[dependencies]\nserde = "9"\n`;
    const { code, stderr } = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN }),
    );
    expect(code).toBe(101);
    expect(stderr).toBe(
      '    Updating crates.io index\nerror: failed to select a version for the requirement `serde = "^9"`\ncandidate versions found which didn\'t match: 1.0.228, 1.0.219\nlocation searched: crates.io index\nrequired by package `app v0.1.0 (/app)`\n',
    );
  });

  it('offline, finds nothing it has not downloaded', () => {
    const { code, stderr } = cargo(['build', '--offline']);
    expect(code).toBe(101);
    expect(stderr).toMatch(
      /^error: no matching package named `\S+` found\nlocation searched: registry `crates-io`\n/,
    );
  });

  it('edition 2024 needs cargo 1.85', () => {
    const toml = APP_TOML.replace('2021', '2024');
    const { code, stderr } = cargo(
      ['build'],
      rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN }),
    );
    expect(code).toBe(101);
    expect(stderr).toContain('  feature `edition2024` is required\n');
    expect(stderr).toContain(
      'not stabilized in this version of Cargo (1.79.0 (ffa9cf99a 2024-06-03))',
    );
  });

  it('a v4 lock is unreadable before cargo 1.78', () => {
    const fs = rustFs(
      { '/app/Cargo.toml': APP_TOML, '/app/src/main.rs': MAIN, '/app/Cargo.lock': 'version = 4\n' },
      '1.77.2',
    );
    expect(cargo(['build'], fs, '1.77.2').stderr).toBe(
      'error: failed to parse lock file at: /app/Cargo.lock\n\nCaused by:\n  lock file version 4 requires `-Znext-lockfile-bump`\n',
    );
  });
});

describe('Cargo.lock', () => {
  it('an up-to-date lock is used as it is (--locked passes, nothing is re-resolved)', () => {
    const fs = rustFs({ '/app/Cargo.toml': WITH_DEPS, '/app/src/main.rs': MAIN });
    cargo(['fetch'], fs);
    const locked = cargo(['build', '--release', '--locked'], fs);
    expect(locked.code).toBe(0);
    expect(locked.stderr).not.toContain('Updating crates.io index');
    expect(locked.stderr).not.toContain('Locking');
  });

  it('keeps the versions an existing lock pins', () => {
    const lock =
      'version = 3\n\n[[package]]\nname = "anyhow"\nversion = "1.0.86"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "anyhow",\n]\n';
    const toml = `${APP_TOML}\n[dependencies]\nanyhow = "1"\n`;
    const fs = rustFs({
      '/app/Cargo.toml': toml,
      '/app/src/main.rs': MAIN,
      '/app/Cargo.lock': lock,
    });
    const { stderr } = cargo(['build', '--locked'], fs);
    expect(stderr).toContain('  Downloaded anyhow v1.0.86\n');
    expect(stderr).toContain('   Compiling anyhow v1.0.86\n');
  });
});

describe("a real project's Cargo.lock", () => {
  it('builds the crates it pins, skipping those only other platforms use', () => {
    const source = 'source = "registry+https://github.com/rust-lang/crates.io-index"';
    const lock = `version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "anstream",\n]\n\n[[package]]\nname = "anstream"\nversion = "0.6.14"\n${source}\ndependencies = [\n "anstyle-wincon",\n "utf8parse",\n]\n\n[[package]]\nname = "anstyle-wincon"\nversion = "3.0.3"\n${source}\ndependencies = [\n "windows-sys",\n]\n\n[[package]]\nname = "utf8parse"\nversion = "0.2.1"\n${source}\n\n[[package]]\nname = "windows-sys"\nversion = "0.52.0"\n${source}\n`;
    const toml = `${APP_TOML}\n[dependencies]\nanstream = "0.6"\n`;
    const fs = rustFs({
      '/app/Cargo.toml': toml,
      '/app/src/main.rs': MAIN,
      '/app/Cargo.lock': lock,
    });
    const { code, stderr, notes } = cargo(['build', '--release', '--locked'], fs);
    expect(code).toBe(0);
    expect(stderr).toContain('   Compiling anstream v0.6.14\n');
    expect(stderr).toContain('   Compiling utf8parse v0.2.1\n');
    expect(stderr.match(/ {2}Downloaded /g)).toHaveLength(2);
    expect(stderr).not.toContain('windows-sys');
    expect(stderr).not.toContain('anstyle-wincon');
    expect(notes.join(' ')).not.toContain('lacks');
  });
});

describe('resolution', () => {
  it('an older release line brings the dependencies it had, and cargo 1.80+ says what is newer', () => {
    const toml = `${APP_TOML}\n[dependencies]\naxum = "0.7"\ntokio = "1"\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN }, '1.85.0');
    const { stderr } = cargo(['fetch'], fs, '1.85.0');
    expect(stderr).toContain('      Adding axum v0.7.9 (available: v0.8.7)\n');
    const lock = fs.readFile('/app/Cargo.lock');
    const text = lock.ok ? (lock.value.text ?? '') : '';
    expect(text).toContain('name = "axum-core"\nversion = "0.4.5"');
    expect(text).not.toContain('version = "0.5.5"');
    expect(
      fs.stat(
        '/usr/local/cargo/registry/src/index.crates.io-1949cf8c6b5b557f/axum-0.7.9/Cargo.toml',
      ).ok,
    ).toBe(true);
  });
});

describe('system libraries', () => {
  const REQWEST = `${APP_TOML}\n[dependencies]\nreqwest = "0.12"\ntokio = "1"\n`;

  it('openssl-sys fails its build script without pkg-config and the OpenSSL headers', () => {
    const fs = rustFs({ '/app/Cargo.toml': REQWEST, '/app/src/main.rs': MAIN });
    const { code, stderr } = cargo(['build', '--release'], fs);
    expect(code).toBe(101);
    expect(stderr).toContain('   Compiling openssl-sys v0.9.111\n');
    expect(stderr).toContain(
      'error: failed to run custom build command for `openssl-sys v0.9.111`\n',
    );
    expect(stderr).toContain('  The pkg-config command could not be found.\n');
    expect(stderr).toContain(
      '  For example, `libssl-dev` on Ubuntu or `openssl-devel` on Fedora.\n',
    );
    expect(stderr).not.toContain('Finished');
    expect(stderr).not.toContain('Compiling app');
  });

  it('rustls instead of the default TLS needs no OpenSSL', () => {
    const toml = `${APP_TOML}\n[dependencies]\nreqwest = { version = "0.12", default-features = false, features = ["rustls-tls", "json"] }\n`;
    const fs = rustFs({ '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN });
    const { code, stderr, notes } = cargo(['build', '--release'], fs);
    expect(code).toBe(0);
    expect(stderr).toContain('   Compiling rustls v0.23.35\n');
    expect(stderr).not.toContain('openssl');
    expect(notes.join(' ')).not.toContain('libssl');
    const lock = fs.readFile('/app/Cargo.lock');
    expect(lock.ok && lock.value.text).not.toContain('native-tls');
  });

  it('builds with them, and notes the runtime library the binary needs', () => {
    const fs = rustFs({
      '/app/Cargo.toml': REQWEST,
      '/app/src/main.rs': MAIN,
      '/usr/bin/pkg-config': { blob: 56_000 },
      '/usr/include/openssl/ssl.h': '/* ssl */',
    });
    const { code, notes } = cargo(['build', '--release'], fs);
    expect(code).toBe(0);
    expect(notes.join(' ')).toContain('libssl.so.3');
  });
});

describe('updating a lock', () => {
  it('names each package a new dependency adds', () => {
    const lock = 'version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n';
    const toml = `${APP_TOML}\n[dependencies]\nitoa = "1"\nheck = "0.4"\n`;
    const fs = rustFs(
      { '/app/Cargo.toml': toml, '/app/src/main.rs': MAIN, '/app/Cargo.lock': lock },
      '1.85.0',
    );
    const { stderr } = cargo(['build'], fs, '1.85.0');
    expect(stderr).toContain(
      '     Locking 2 packages to latest compatible versions\n      Adding heck v0.4.1 (available: v0.5.0)\n      Adding itoa v1.0.15\n',
    );
  });
});

describe('cargo install', () => {
  it('--path . installs the release binary into $CARGO_HOME/bin', () => {
    const { fs, code, stderr } = cargo(['install', '--path', '.']);
    expect(code).toBe(0);
    expect(
      stderr.startsWith('  Installing app v0.1.0 (/app)\n    Updating crates.io index\n'),
    ).toBe(true);
    expect(stderr).toContain(
      '  Installing /usr/local/cargo/bin/app\n   Installed package `app v0.1.0 (/app)` (executable `app`)\n',
    );
    expect(stderr).not.toContain('warning: be sure to add');
    expect(fs.stat('/usr/local/cargo/bin/app').ok).toBe(true);
    const crates = fs.readFile('/usr/local/cargo/.crates.toml');
    expect(crates.ok && crates.value.text).toContain('"app 0.1.0 (path+file:///app)" = ["app"]');
  });

  it('a catalog crate builds in a temporary target directory that is removed', () => {
    const { fs, code, stderr } = cargo(['install', 'cargo-chef', '--locked']);
    expect(code).toBe(0);
    expect(stderr).toContain('  Installing cargo-chef v0.1.73\n');
    expect(stderr).toContain('   Compiling cargo-chef v0.1.73\n');
    expect(stderr).toContain(
      '   Installed package `cargo-chef v0.1.73` (executable `cargo-chef`)\n',
    );
    expect(fs.stat('/usr/local/cargo/bin/cargo-chef').ok).toBe(true);
    expect(fs.readdir('/tmp').ok && fs.readdir('/tmp')).toEqual({ ok: true, value: [] });
  });

  it('a bare --version is exact, and one newer than every release is not found', () => {
    const older = cargo(['install', 'cargo-chef', '--version', '0.1.68']);
    expect(older.stderr).toContain('  Installing cargo-chef v0.1.68\n');
    const newer = cargo(['install', 'cargo-chef@0.1.99']);
    expect(newer.code).toBe(101);
    expect(newer.stderr).toBe(
      '    Updating crates.io index\nerror: could not find `cargo-chef` in registry `crates-io` with version `=0.1.99`\n',
    );
  });

  it('a library has nothing to install', () => {
    const { code, stderr } = cargo(['install', 'serde']);
    expect(code).toBe(101);
    expect(stderr).toContain(
      'error: there is nothing to install in `serde v1.0.228`, because it has no binaries\n',
    );
  });
});
