/**
 * What compiling one crate leaves in the target directory, with plausible sizes (the bytes
 * are not modelled): `deps/lib<crate>-<hash>.rlib` and `.rmeta` (a proc-macro: `.so`), the
 * `.d` dep-info, a build script's `build/<crate>-<hash>/` directories, and the crate's
 * `.fingerprint/<crate>-<hash>/` entry. Debug builds are roughly twice as big (debuginfo)
 * and keep `incremental/` state for workspace packages. This is why a Rust build stage's
 * target directory runs to hundreds of megabytes while the binary is a few.
 */
import { walkFiles, writeBlob, writeText, removeTree, listDir } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { ProgramIO } from '../../shell/program';
import type { CompileUnit } from './units';

export interface Layout {
  /** target/<profile> or target/<triple>/<profile>: what the build is for. */
  out: string;
  /** target/<profile>: proc-macros and build scripts (the same as out without --target). */
  hostOut: string;
  release: boolean;
  check: boolean;
}

export function unitHash(c: CompileUnit, layout: Layout, salt: string): string {
  return sha256Hex(
    `${c.unit.key}|${c.unit.source ?? ''}|${c.platform}|${layout.release}|${layout.check}|${salt}`,
  ).slice(0, 16);
}

export function crateName(name: string): string {
  return name.replace(/-/g, '_');
}

function crateBytes(c: CompileUnit, fs: ProgramIO['fs']): number {
  if (c.unit.record) return c.unit.record.crateBytes;
  const dir = c.unit.pkg?.dir;
  if (!dir) return 20_000;
  // A workspace package: its sources, compressed about as a .crate would be.
  const source = walkFiles(fs, `${dir}/src`).reduce((sum, f) => sum + f.size, 0);
  return Math.max(4_000, Math.round(source / 3.5));
}

/** Writes the library artifacts of one unit; returns the milliseconds it took to compile. */
export function writeLibrary(io: ProgramIO, c: CompileUnit, layout: Layout, hash: string): number {
  const bytes = crateBytes(c, io.fs);
  const name = crateName(c.unit.pkg?.lib?.name ?? c.unit.name);
  const proc = c.unit.record?.procMacro === true || c.unit.pkg?.lib?.procMacro === true;
  const out = proc || c.platform === 'host' ? layout.hostOut : layout.out;
  const scale = layout.release ? 1 : 2.1;
  const deps = `${out}/deps`;
  if (proc) {
    writeBlob(
      io.fs,
      `${deps}/lib${name}-${hash}.so`,
      `rust-proc-macro:${c.unit.key}`,
      Math.round((900_000 + bytes * 18) * scale),
      0o755,
    );
  } else if (layout.check) {
    writeBlob(
      io.fs,
      `${deps}/lib${name}-${hash}.rmeta`,
      `rust-rmeta:${c.unit.key}`,
      Math.round(bytes * 5 * scale),
    );
  } else {
    const rlib = Math.round(bytes * 11 * scale);
    writeBlob(
      io.fs,
      `${deps}/lib${name}-${hash}.rlib`,
      `rust-rlib:${c.unit.key}:${layout.release}`,
      rlib,
    );
    writeBlob(
      io.fs,
      `${deps}/lib${name}-${hash}.rmeta`,
      `rust-rmeta:${c.unit.key}`,
      Math.round(rlib * 0.45),
    );
  }
  writeText(io.fs, `${deps}/${name}-${hash}.d`, `${deps}/lib${name}-${hash}.rlib: src/lib.rs\n`);
  if (
    c.unit.record?.buildScript ||
    (c.unit.pkg && listDir(io.fs, c.unit.pkg.dir).includes('build.rs'))
  )
    writeBuildScript(io, c, layout, hash, out);
  const perKb = layout.check ? 2 : layout.release ? 11 : 5;
  return Math.round(250 + (bytes / 1024) * perKb * (proc ? 1.4 : 1));
}

/** Where a unit's build script is compiled (always for the host). */
export function buildScriptDir(c: CompileUnit, layout: Layout, hash: string): string {
  return `${layout.hostOut}/build/${c.unit.name}-${sha256Hex(`${hash}build`).slice(0, 16)}`;
}

function writeBuildScript(
  io: ProgramIO,
  c: CompileUnit,
  layout: Layout,
  hash: string,
  out: string,
): void {
  const compiled = buildScriptDir(c, layout, hash);
  const size = layout.release ? 880_000 : 4_600_000;
  const blob = `rust-build-script:${c.unit.key}`;
  writeBlob(io.fs, `${compiled}/build-script-build`, blob, size, 0o755);
  writeBlob(io.fs, `${compiled}/build_script_build-${hash}`, blob, size, 0o755);
  writeText(
    io.fs,
    `${compiled}/build_script_build-${hash}.d`,
    `${compiled}/build_script_build-${hash}: build.rs\n`,
  );
  const ran = `${out}/build/${c.unit.name}-${sha256Hex(`${hash}run`).slice(0, 16)}`;
  writeText(io.fs, `${ran}/invoked.timestamp`, 'This file has an mtime of when this was started.');
  writeText(io.fs, `${ran}/output`, `cargo:rerun-if-changed=build.rs\n`);
  writeText(io.fs, `${ran}/root-output`, `${ran}/out`);
  writeText(io.fs, `${ran}/stderr`, '');
  io.fs.mkdir(`${ran}/out`, { parents: true });
}

/** A fingerprint entry: cargo's record that this unit is built and with what. */
export function writeFingerprint(
  io: ProgramIO,
  c: CompileUnit,
  layout: Layout,
  hash: string,
  kind: string,
  sources: string[],
  manifestHash: string,
): void {
  const out = c.platform === 'host' || c.unit.record?.procMacro ? layout.hostOut : layout.out;
  const dir = `${out}/.fingerprint/${c.unit.name}-${hash}`;
  const name = crateName(c.unit.name);
  writeText(io.fs, `${dir}/invoked.timestamp`, 'This file has an mtime of when this was started.');
  writeText(io.fs, `${dir}/${kind}-${name}`, sha256Hex(`${hash}${manifestHash}`).slice(0, 16));
  writeText(
    io.fs,
    `${dir}/${kind}-${name}.json`,
    `{"rustc":${parseInt(hash.slice(0, 8), 16)},"features":"[]","declared_features":"[]","target":${parseInt(hash.slice(8, 16), 16)},"profile":${layout.release ? 1 : 0},"path":0,"deps":[],"local":[{"CheckDepInfo":{"dep_info":"${kind === 'bin' ? 'bin' : 'lib'}/dep-${kind}-${name}"}}],"rustflags":[],"config":0,"compile_kind":0}`,
  );
  writeText(io.fs, `${dir}/dep-${kind}-${name}`, `${manifestHash}\n${sources.join('\n')}\n`);
}

export function fingerprintDir(c: CompileUnit, layout: Layout, hash: string): string {
  const out = c.platform === 'host' || c.unit.record?.procMacro ? layout.hostOut : layout.out;
  return `${out}/.fingerprint/${c.unit.name}-${hash}`;
}

/** The binary's size: the runtime, plus what each linked crate contributes, per profile. */
export function binarySize(
  linkedCrateBytes: number,
  sourceBytes: number,
  release: boolean,
  modern: boolean,
  shrink: number,
): number {
  if (release)
    return Math.round(
      ((modern ? 440_000 : 4_300_000) + linkedCrateBytes * 0.55 + sourceBytes * 12) * shrink,
    );
  return Math.round((3_900_000 + linkedCrateBytes * 11 + sourceBytes * 30) * shrink);
}

/** incremental/<crate>-<hash>/s-<session>/: rustc's saved state for quick rebuilds (debug). */
export function writeIncremental(
  io: ProgramIO,
  layout: Layout,
  name: string,
  hash: string,
  binary: number,
): void {
  const dir = `${layout.out}/incremental/${name}-${sha256Hex(`${hash}inc`).slice(0, 13)}`;
  for (const old of listDir(io.fs, dir)) removeTree(io.fs, `${dir}/${old}`);
  const session =
    `s-${sha256Hex(`${hash}${io.now}`).slice(0, 10)}-${sha256Hex(`${io.now}`).slice(0, 7)}-working`.replace(
      '-working',
      '',
    );
  writeBlob(
    io.fs,
    `${dir}/${session}/dep-graph.bin`,
    `rust-incr:${hash}:graph`,
    Math.round(binary * 0.35),
  );
  writeBlob(
    io.fs,
    `${dir}/${session}/query-cache.bin`,
    `rust-incr:${hash}:query`,
    Math.round(binary * 0.25),
  );
  writeBlob(io.fs, `${dir}/${session}/work-products.bin`, `rust-incr:${hash}:wp`, 2_048);
  writeText(io.fs, `${dir}/${session}.lock`, '');
}
