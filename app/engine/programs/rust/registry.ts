/**
 * The crates.io cache under CARGO_HOME, in cargo's layout: the sparse index's cached entries
 * (`registry/index/<dir>/.cache/se/rd/serde`), the downloaded `.crate` files
 * (`registry/cache/<dir>/serde-1.0.228.crate`) and their unpacked sources
 * (`registry/src/<dir>/serde-1.0.228/`, with `.cargo-ok`). Git dependencies go to
 * `git/db` and `git/checkouts`. Nothing is downloaded: the files come from the catalog.
 */
import { crateSourceFiles, type CrateRecord } from '../../catalog/ecosystems/crates';
import type { ProgramIO } from '../../shell/program';
import { ensureDir, exists, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { Unit } from './resolve';
import { downloadSize, elapsed, registryDirName, type Toolchain } from './toolchain';

export function registryPaths(tc: Toolchain) {
  const dir = registryDirName(tc);
  const base = `${tc.cargoHome}/registry`;
  return {
    index: `${base}/index/${dir}`,
    cache: `${base}/cache/${dir}`,
    src: `${base}/src/${dir}`,
  };
}

/** The sparse index's file for a crate: 1/a, 2/ab, 3/a/abc, se/rd/serde. */
export function indexPath(name: string): string {
  const n = name.toLowerCase();
  if (n.length <= 2) return `${n.length}/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}

export function isDownloaded(io: ProgramIO, tc: Toolchain, unit: Unit): boolean {
  if (unit.kind === 'git') return exists(io.fs, gitCheckout(tc, unit));
  return exists(io.fs, `${registryPaths(tc).cache}/${unit.name}-${unit.version}.crate`);
}

function gitCheckout(tc: Toolchain, unit: Unit): string {
  const hash = sha256Hex(unit.source ?? unit.name).slice(0, 16);
  return `${tc.cargoHome}/git/checkouts/${unit.name}-${hash}/${sha256Hex(`${unit.source}rev`).slice(0, 7)}`;
}

/** A permission or path problem, in cargo's words; undefined when the write worked. */
function failedWrite(path: string): string {
  return `error: failed to create directory \`${path}\`\n\nCaused by:\n  Permission denied (os error 13)\n`;
}

/** "Updating crates.io index": the cached index entries of the crates being resolved. */
export function updateIndex(io: ProgramIO, tc: Toolchain, names: string[]): string | undefined {
  const { index } = registryPaths(tc);
  if (!ensureDir(io.fs, index)) return failedWrite(index);
  io.stderr('    Updating crates.io index\n');
  writeText(
    io.fs,
    `${index}/config.json`,
    '{\n  "dl": "https://static.crates.io/crates",\n  "api": "https://crates.io"\n}',
  );
  for (const name of names) {
    const size = 2_000 + (parseInt(sha256Hex(name).slice(0, 4), 16) % 60_000);
    writeBlob(io.fs, `${index}/.cache/${indexPath(name)}`, `crates-index:${name}`, size);
  }
  writeText(io.fs, `${tc.cargoHome}/.package-cache`, '');
  if (tc.minor >= 78 && !exists(io.fs, `${tc.cargoHome}/.global-cache`))
    writeBlob(io.fs, `${tc.cargoHome}/.global-cache`, 'cargo-global-cache-sqlite', 45_056);
  io.spend(350 + names.length * 12);
  return undefined;
}

export function updateGit(io: ProgramIO, urls: string[]): void {
  for (const url of new Set(urls.map((u) => u.replace(/\?.*$/, '')))) {
    io.stderr(`    Updating git repository \`${url}\`\n`);
    io.spend(1_200);
  }
}

/**
 * Downloads (from the catalog) the crates not yet in the cache, printing cargo's lines, and
 * unpacks every crate whose sources are missing. Returns an error text or undefined.
 */
export function fetchCrates(io: ProgramIO, tc: Toolchain, units: Unit[]): string | undefined {
  const { cache, src } = registryPaths(tc);
  const registry = units.filter((u) => u.kind === 'registry' && u.record);
  const missing = registry.filter((u) => !isDownloaded(io, tc, u));
  if (missing.length > 0) {
    if (!ensureDir(io.fs, cache)) return failedWrite(cache);
    // Without a terminal cargo has no progress bar: it announces the downloads, names each
    // crate and prints no summary. On a terminal the bar replaces the announcement and the
    // summary ends it.
    const terminal = io.tty === true;
    if (!terminal) io.stderr(' Downloading crates ...\n');
    // Downloads run in parallel: small crates finish first.
    const order = [...missing].sort(
      (a, b) => size(a) - size(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    let bytes = 0;
    for (const unit of order) {
      io.stderr(`  Downloaded ${unit.name} v${unit.version}\n`);
      writeBlob(
        io.fs,
        `${cache}/${unit.name}-${unit.version}.crate`,
        `crate:${unit.name}-${unit.version}`,
        size(unit),
      );
      bytes += size(unit);
    }
    const ms = 150 + Math.round(bytes / 12_000) + missing.length * 8;
    io.spend(ms);
    const largest = order[order.length - 1] as Unit;
    const count = missing.length;
    const extra =
      size(largest) > 1_000_000 && count > 1
        ? ` (largest was \`${largest.name}\` at ${downloadSize(size(largest))})`
        : '';
    if (terminal)
      io.stderr(
        `  Downloaded ${count} crate${count === 1 ? '' : 's'} (${downloadSize(bytes)}) in ${elapsed(ms)}${extra}\n`,
      );
  }
  for (const unit of registry) {
    const dir = `${src}/${unit.name}-${unit.version}`;
    if (exists(io.fs, `${dir}/.cargo-ok`)) continue;
    if (!ensureDir(io.fs, dir)) return failedWrite(dir);
    unpack(io, unit.record as CrateRecord, unit.version, dir);
  }
  for (const unit of units.filter((u) => u.kind === 'git' && u.record)) {
    const checkout = gitCheckout(tc, unit);
    if (exists(io.fs, `${checkout}/.cargo-ok`)) continue;
    const db = `${tc.cargoHome}/git/db/${unit.name}-${sha256Hex(unit.source ?? unit.name).slice(0, 16)}`;
    writeBlob(
      io.fs,
      `${db}/objects/pack/pack-${sha256Hex(db).slice(0, 40)}.pack`,
      `git-pack:${unit.source}`,
      size(unit) * 4,
    );
    writeText(io.fs, `${db}/HEAD`, 'ref: refs/heads/master\n');
    unpack(io, unit.record as CrateRecord, unit.version, checkout);
  }
  if (missing.length > 0)
    io.note(
      "cargo did not download anything: the crates (their .crate files and unpacked sources) are modelled from Layercake's crate catalog.",
    );
  return undefined;
}

function size(unit: Unit): number {
  return unit.record?.crateBytes ?? 20_000;
}

function unpack(io: ProgramIO, record: CrateRecord, version: string, dir: string): void {
  for (const file of crateSourceFiles(record, version)) {
    const path = `${dir}/${file.path}`;
    if (file.text !== undefined) writeText(io.fs, path, file.text);
    else writeBlob(io.fs, path, `crate-src:${record.name}-${version}/${file.path}`, file.size);
  }
  writeText(io.fs, `${dir}/.cargo-ok`, '{"v":1}');
}
