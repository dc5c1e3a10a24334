/**
 * The compile phase of cargo build/check/test/install: each unit that is not fresh prints
 * "Compiling" (or "Checking") and writes its artifacts; workspace packages then link their
 * binaries into target/<profile>/. Freshness follows cargo's rules: a registry crate is fresh
 * once its fingerprint exists; a workspace package is fresh while its manifest is unchanged,
 * nothing it depends on was rebuilt, its outputs exist and none of the source files its last
 * build read is newer than that build. That last rule is why the dependency-caching trick
 * needs `touch src/main.rs`: COPY keeps the files' old times, so without it cargo sees the
 * placeholder build as newer and keeps the placeholder binary.
 */
import type { ProgramIO } from '../../shell/program';
import { mtimeOf } from '../../shell/programs/times';
import { exists, readText, walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { linkedCrates, rustServerOf, serveTag } from './web-server';
import { rustMainOutput } from './cli-main';
import { outputTag } from '../main-output';
import { sha256Hex } from '../common/hash';
import { checkNative } from './native';
import { checkSqlxMacros } from './sqlx';
import { registryPaths } from './registry';
import {
  binarySize,
  buildScriptDir,
  crateName,
  fingerprintDir,
  unitHash,
  writeFingerprint,
  writeIncremental,
  writeLibrary,
  type Layout,
} from './artifacts';
import type { Package } from './manifest';
import type { Resolution } from './resolve';
import type { Toolchain } from './toolchain';
import { compileUnits, type CompileUnit } from './units';

export interface CompileRequest {
  tc: Toolchain;
  resolution: Resolution;
  selected: Package[];
  targetDir: string;
  release: boolean;
  /** A custom profile's directory (`--profile prod` → target/prod); else release or debug. */
  profileDir?: string;
  check: boolean;
  test: boolean;
  /** --target triple (undefined: the host, in target/<profile>/). */
  target?: string;
  /** --bin names (undefined: every binary of the selected packages). */
  bins?: string[];
  /** The workspace root's [profile.<name>] settings that change size and time. */
  profile: { shrink: number; slower: number };
}

export interface CompileResult {
  ms: number;
  binaries: { name: string; path: string; pkg: Package }[];
  /** Workspace packages kept from an earlier build although their sources changed since. */
  staleKept: string[];
  /** A build script that failed (cargo's report); nothing after it was built. */
  failure?: string;
}

export function compile(io: ProgramIO, req: CompileRequest): CompileResult {
  const profileDir = req.profileDir ?? (req.release ? 'release' : 'debug');
  const layout: Layout = {
    out: req.target
      ? `${req.targetDir}/${req.target}/${profileDir}`
      : `${req.targetDir}/${profileDir}`,
    hostOut: `${req.targetDir}/${profileDir}`,
    release: req.release,
    check: req.check,
  };
  writeTargetMarkers(io, req, layout);
  const units = compileUnits(
    req.resolution,
    req.selected,
    req.test,
    req.target !== undefined,
    req.tc.host,
    req.target ?? req.tc.host,
  );
  const rebuilt = new Set<string>();
  const staleKept: string[] = [];
  const binaries: CompileResult['binaries'] = [];
  let ms = 0;
  const salt = `${req.tc.version}|${req.target ?? ''}`;
  for (const c of units) {
    const hash = unitHash(c, layout, salt);
    const id = `${c.unit.key}|${c.platform}`;
    const depsRebuilt = c.unit.deps.some(
      (d) => rebuilt.has(`${d.key}|${c.platform}`) || rebuilt.has(`${d.key}|host`),
    );
    const local = c.unit.pkg;
    const wanted = local ? wantedBins(local, req) : [];
    const manifestHash = local ? manifestKey(local) : '';
    const fresh = !depsRebuilt && isFresh(io, c, layout, hash, manifestHash, wanted, req);
    if (fresh) {
      if (local && sourcesChanged(io, c, layout, hash)) staleKept.push(local.name);
    } else {
      rebuilt.add(id);
      const proc = c.unit.record?.procMacro === true || local?.lib?.procMacro === true;
      const verb = req.check && !proc ? '    Checking' : '   Compiling';
      io.stderr(`${verb} ${c.unit.name} v${c.unit.version}${where(c)}\n`);
      const native = c.unit.record?.buildScript
        ? checkNative(
            io,
            c.unit,
            buildScriptDir(c, layout, hash),
            registryPaths(req.tc).src,
            req.tc.host,
            req.target ?? req.tc.host,
          )
        : undefined;
      if (native) {
        io.spend(Math.round(ms / 2) + 800);
        return { ms: Math.round(ms / 2) + 800, binaries: [], staleKept, failure: native.text };
      }
      const sources = local ? sourceFiles(io, local) : [];
      const kind = local?.bins[0] ? `bin "${local.bins[0].name}"` : 'lib';
      const sqlx = local ? checkSqlxMacros(io, req.resolution, local, sources, kind) : undefined;
      if (sqlx) {
        io.note(
          "sqlx's query! macros check each query against the database while compiling. A docker build has no database: run `cargo sqlx prepare` and COPY the .sqlx directory into the build (with SQLX_OFFLINE=true), or use sqlx::query() without the macro.",
        );
        io.spend(Math.round(ms / 2) + 1_500);
        return { ms: Math.round(ms / 2) + 1_500, binaries: [], staleKept, failure: sqlx };
      }
      let unitMs = 0;
      if (!local || local.lib) unitMs += writeLibrary(io, c, layout, hash);
      if (local && !req.check) unitMs += linkBinaries(io, c, req, layout, hash, wanted, sources);
      writeFingerprint(
        io,
        c,
        layout,
        hash,
        local && !local.lib ? 'bin' : 'lib',
        sources,
        manifestHash,
      );
      ms += Math.round(unitMs * req.profile.slower);
    }
    if (local && req.selected.includes(local) && !req.check)
      for (const bin of wanted)
        binaries.push({ name: bin, path: `${layout.out}/${bin}`, pkg: local });
  }
  // Two cores' worth of parallelism in a typical builder.
  const total = Math.round(ms / 2) + 120;
  io.spend(total);
  return { ms: total, binaries, staleKept };
}

function where(c: CompileUnit): string {
  if (c.unit.pkg) return c.unit.pkg.registry ? '' : ` (${c.unit.pkg.dir})`;
  if (c.unit.kind === 'git') {
    const [url, rev] = (c.unit.source ?? '').replace(/^git\+/, '').split('#');
    return ` (${url}#${(rev ?? '').slice(0, 8)})`;
  }
  return '';
}

function wantedBins(pkg: Package, req: CompileRequest): string[] {
  const names = pkg.bins.map((b) => b.name);
  return req.bins ? names.filter((n) => req.bins?.includes(n)) : names;
}

function manifestKey(pkg: Package): string {
  return sha256Hex(
    JSON.stringify([pkg.name, pkg.version, pkg.edition, pkg.deps, pkg.bins, pkg.lib]),
  ).slice(0, 16);
}

function sourceFiles(io: ProgramIO, pkg: Package): string[] {
  const files = walkFiles(io.fs, `${pkg.dir}/src`).map((f) => f.path);
  if (exists(io.fs, `${pkg.dir}/build.rs`)) files.push(`${pkg.dir}/build.rs`);
  return files.sort();
}

function mtime(io: ProgramIO, path: string): number | undefined {
  const st = io.fs.stat(path);
  return st.ok ? mtimeOf(st.value.node, io.now) : undefined;
}

function isFresh(
  io: ProgramIO,
  c: CompileUnit,
  layout: Layout,
  hash: string,
  manifestHash: string,
  bins: string[],
  req: CompileRequest,
): boolean {
  const dir = fingerprintDir(c, layout, hash);
  const built = mtime(io, `${dir}/invoked.timestamp`);
  if (built === undefined) return false;
  const pkg = c.unit.pkg;
  if (!pkg) return true;
  const kind = pkg.lib ? 'lib' : 'bin';
  const depInfo = readText(io.fs, `${dir}/dep-${kind}-${crateName(c.unit.name)}`);
  if (!depInfo) return false;
  const [recorded, ...sources] = depInfo.split('\n').filter(Boolean);
  if (recorded !== manifestHash) return false;
  // Its outputs: the binary in deps/ (what rm target/release/deps/app* deletes) and its copy.
  const outputs = bins.flatMap((b) => [
    `${layout.out}/${b}`,
    `${layout.out}/deps/${crateName(b)}-${hash}`,
  ]);
  if (!req.check && outputs.some((o) => !exists(io.fs, o))) return false;
  return sources.every((s) => {
    const t = mtime(io, s);
    return t !== undefined && t <= built;
  });
}

/** Sources differ from those of the last build (content), though their times say fresh. */
function sourcesChanged(io: ProgramIO, c: CompileUnit, layout: Layout, hash: string): boolean {
  const pkg = c.unit.pkg;
  if (!pkg) return false;
  const recorded = readText(io.fs, `${fingerprintDir(c, layout, hash)}/source-digest`);
  return recorded !== undefined && recorded !== sourceDigest(io, pkg);
}

function sourceDigest(io: ProgramIO, pkg: Package): string {
  return sha256Hex(
    sourceFiles(io, pkg)
      .map((f) => `${f}\n${readText(io.fs, f) ?? ''}`)
      .join('\n'),
  );
}

function linkBinaries(
  io: ProgramIO,
  c: CompileUnit,
  req: CompileRequest,
  layout: Layout,
  hash: string,
  bins: string[],
  sources: string[],
): number {
  const pkg = c.unit.pkg as Package;
  const sourceBytes = sources.reduce((sum, s) => {
    const st = io.fs.stat(s);
    return sum + (st.ok && st.value.node.kind === 'file' ? st.value.node.size : 0);
  }, 0);
  const linked = linkedBytes(req, c);
  const size = binarySize(linked, sourceBytes, req.release, req.tc.minor >= 77, req.profile.shrink);
  const digest = sourceDigest(io, pkg);
  writeText(io.fs, `${fingerprintDir(c, layout, hash)}/source-digest`, digest);
  const crates = linkedCrates(req.resolution.units, c.unit.key);
  for (const bin of bins) {
    // The binary carries what its source shows it does when run (a server keeps running);
    // the target triple stays last, where the loader check reads it.
    const source = binSource(io, sources, bin);
    const server = rustServerOf(source, crates);
    // A command-line program carries what the start of its main prints instead.
    const serve = server ? serveTag(server) : outputTag(rustMainOutput(source));
    const blob = `rust-binary:${pkg.name}:${bin}:${digest}:${req.release}${serve}:${req.target ?? req.tc.host}`;
    writeBlob(io.fs, `${layout.out}/deps/${crateName(bin)}-${hash}`, blob, size, 0o755);
    writeBlob(io.fs, `${layout.out}/${bin}`, blob, size, 0o755);
    writeText(io.fs, `${layout.out}/${bin}.d`, `${layout.out}/${bin}: ${sources.join(' ')}\n`);
    if (!req.release) writeIncremental(io, layout, crateName(bin), hash, size);
  }
  if (pkg.lib) {
    const lib = crateName(pkg.lib.name);
    writeBlob(
      io.fs,
      `${layout.out}/lib${lib}.rlib`,
      `rust-rlib:${pkg.name}:${digest}`,
      Math.max(8_000, sourceBytes * 40),
    );
    writeText(
      io.fs,
      `${layout.out}/lib${lib}.d`,
      `${layout.out}/lib${lib}.rlib: ${sources.join(' ')}\n`,
    );
  }
  return Math.round(900 + sourceBytes / 4 + (req.release ? 2_400 : 700) * bins.length);
}

/** A binary's source: its own file under src/bin/ if it has one, else all but src/bin/ and build.rs. */
function binSource(io: ProgramIO, sources: string[], bin: string): string {
  const own = sources.filter((s) => new RegExp(`/src/bin/${bin}(?:\\.rs|/main\\.rs)$`).test(s));
  const shared = sources.filter((s) => !s.includes('/src/bin/') && !s.endsWith('/build.rs'));
  return [...own, ...(own.length > 0 ? shared.filter((s) => !s.endsWith('/src/main.rs')) : shared)]
    .map((f) => readText(io.fs, f) ?? '')
    .join('\n');
}

/** The .crate bytes of every registry crate a package's binary links (not proc-macros or build tools). */
function linkedBytes(req: CompileRequest, c: CompileUnit): number {
  const units = req.resolution.units;
  const seen = new Set<string>();
  const walk = (key: string): void => {
    if (seen.has(key)) return;
    const unit = units.get(key);
    if (!unit || unit.record?.procMacro) return;
    seen.add(key);
    for (const d of unit.deps) if (d.kind === 'normal') walk(d.key);
  };
  walk(c.unit.key);
  let total = 0;
  for (const key of seen) total += units.get(key)?.record?.crateBytes ?? 0;
  return total;
}

function writeTargetMarkers(io: ProgramIO, req: CompileRequest, layout: Layout): void {
  if (!exists(io.fs, `${req.targetDir}/CACHEDIR.TAG`))
    writeText(
      io.fs,
      `${req.targetDir}/CACHEDIR.TAG`,
      'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by cargo.\n# For information about cache directory tags see https://bford.info/cachedir/\n',
    );
  writeText(
    io.fs,
    `${req.targetDir}/.rustc_info.json`,
    `{"rustc_fingerprint":${parseInt(sha256Hex(req.tc.version).slice(0, 12), 16)},"outputs":{},"successes":{}}`,
  );
  writeText(io.fs, `${layout.hostOut}/.cargo-lock`, '');
  // cargo creates these in every profile directory, even when nothing goes in them.
  for (const dir of ['build', 'deps', 'examples', 'incremental'])
    io.fs.mkdir(`${layout.out}/${dir}`, { parents: true });
  if (layout.out !== layout.hostOut) writeText(io.fs, `${layout.out}/.cargo-lock`, '');
}
