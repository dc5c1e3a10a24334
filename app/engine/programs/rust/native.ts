/**
 * Build scripts that look for a system library: openssl-sys (what reqwest's default TLS,
 * native-tls and sqlx's postgres TLS pull in) needs pkg-config and OpenSSL's headers
 * (libssl-dev on Debian, openssl-dev on Alpine), or OPENSSL_DIR. The full rust images have
 * both (buildpack-deps); -slim and -alpine do not, so a build there fails as cargo reports
 * a failed build script. A binary that links OpenSSL needs its runtime library (libssl3)
 * in the final image too, which a note says.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, findOnPath } from '../common/fs-helpers';
import type { Unit } from './resolve';

export interface NativeFailure {
  crate: string;
  text: string;
}

function hasOpenSsl(io: ProgramIO): boolean {
  const dir = io.env.OPENSSL_DIR;
  if (dir) return exists(io.fs, `${dir}/include/openssl/ssl.h`);
  return (
    findOnPath(io.fs, io.env, 'pkg-config') !== undefined &&
    exists(io.fs, '/usr/include/openssl/ssl.h')
  );
}

/** Runs (models) a registry crate's build script's system check; undefined when it passes. */
export function checkNative(
  io: ProgramIO,
  unit: Unit,
  buildDir: string,
  registrySrc: string,
  host: string,
  target: string,
): NativeFailure | undefined {
  if (unit.name !== 'openssl-sys' || hasOpenSsl(io)) return undefined;
  const triple = target.toUpperCase().replace(/-/g, '_');
  const env = (name: string) =>
    `  cargo:rerun-if-env-changed=${triple}_${name}\n  ${triple}_${name} unset\n  cargo:rerun-if-env-changed=${name}\n  ${name} unset\n`;
  const pkgConfig = findOnPath(io.fs, io.env, 'pkg-config')
    ? '  Could not find openssl via pkg-config:\n  The system library `openssl` required by crate `openssl-sys` was not found.\n  The file `openssl.pc` needs to be installed and the PKG_CONFIG_PATH environment variable must contain its parent directory.\n'
    : '  Could not find openssl via pkg-config:\n  Could not run `PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 pkg-config --libs --cflags openssl`\n  The pkg-config command could not be found.\n';
  return {
    crate: `${unit.name} v${unit.version}`,
    text:
      `error: failed to run custom build command for \`${unit.name} v${unit.version}\`\n\nCaused by:\n` +
      `  process didn't exit successfully: \`${buildDir}/build-script-main\` (exit status: 101)\n  --- stdout\n` +
      env('OPENSSL_LIB_DIR') +
      env('OPENSSL_INCLUDE_DIR') +
      env('OPENSSL_DIR') +
      `${pkgConfig}\n  --- stderr\n  thread 'main' panicked at ${registrySrc}/${unit.name}-${unit.version}/build/find_normal.rs:190:5:\n\n\n` +
      "  Could not find directory of OpenSSL installation, and this `-sys` crate cannot\n  proceed without this knowledge. If OpenSSL is installed and this crate had\n  trouble finding it,  you can set the `OPENSSL_DIR` environment variable for the\n  compilation process.\n\n  Make sure you also have the development packages of openssl installed.\n  For example, `libssl-dev` on Ubuntu or `openssl-devel` on Fedora.\n\n  If you're in a situation where you think the directory *should* be found\n  automatically, please open a bug at https://github.com/sfackler/rust-openssl\n  and include information about your system as well as this message.\n\n" +
      `  $HOST = ${host}\n  $TARGET = ${target}\n  openssl-sys = ${unit.version}\n\n  note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\nwarning: build failed, waiting for other jobs to finish...\n`,
  };
}

/** The shared libraries a binary needs at run time beyond libc, from what it links. */
export function runtimeLibraries(units: Iterable<Unit>): string[] {
  const names = new Set([...units].map((u) => u.name));
  return names.has('openssl-sys') ? ['libssl.so.3', 'libcrypto.so.3'] : [];
}
