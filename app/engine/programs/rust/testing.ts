/**
 * Test support for the Rust programs: a rust image's toolchain layout (rustup's CARGO_HOME
 * and RUSTUP_HOME at the official images' paths) with a project added, and its environment.
 */
import { OverlayFs } from '../../fs/overlay';
import { tree, type TreeSpec } from '../testing/images';

export const RUST_PATH =
  '/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function rustEnv(version = '1.79.0'): Record<string, string> {
  return {
    PATH: RUST_PATH,
    CARGO_HOME: '/usr/local/cargo',
    RUSTUP_HOME: '/usr/local/rustup',
    RUST_VERSION: version,
  };
}

export function rustFs(files: TreeSpec, version = '1.79.0'): OverlayFs {
  const tc = `/usr/local/rustup/toolchains/${version}-x86_64-unknown-linux-gnu`;
  return new OverlayFs([
    tree({
      '/usr/local/cargo/bin/rustup': { blob: 13_200_000 },
      '/usr/local/cargo/bin/cargo': { link: 'rustup' },
      [`${tc}/bin/cargo`]: { blob: 30_000_000 },
      [`${tc}/lib/rustlib/x86_64-unknown-linux-gnu/lib/libstd.rlib`]: {
        blob: 15_000_000,
        mode: 0o644,
      },
      '/tmp/': '',
      '/root/': '',
      ...files,
    }),
  ]);
}

export const APP_TOML = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
