/**
 * cargo install: `--path DIR` builds that package in release and copies its binaries to
 * $CARGO_HOME/bin (or --root/bin); `cargo install <crate>` downloads the crate, builds it in
 * a temporary target directory that is deleted afterwards (only the binary and the registry
 * cache stay in the layer) and records it in $CARGO_HOME/.crates.toml and .crates2.json.
 * As documented, the package's Cargo.lock is only used with --locked.
 */
import { crateDependencies, crateRecord } from '../../catalog/ecosystems/crates';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, readText, removeTree, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { neededUnits, openWorkspace } from './cargo-build';
import type { CargoOptions } from './cargo-options';
import { compile } from './compile';
import type { Package } from './manifest';
import { prepare } from './prepare';
import { profileSettings } from './profile';
import { fetchCrates, registryPaths, updateIndex } from './registry';
import type { Unit } from './resolve';
import { lowestAllowed, newestMatching, parseReq, parseVersion } from './semver';
import { finishedLine, type Toolchain } from './toolchain';
import type { Workspace } from './workspace';

export function installCommand(
  io: ProgramIO,
  tc: Toolchain,
  opts: CargoOptions,
  elapsed: () => number = () => 0,
): number {
  if (opts.unknown) {
    io.stderr(opts.unknown);
    return 1;
  }
  const root = opts.root
    ? absolute(io.cwd, opts.root)
    : (io.env.CARGO_INSTALL_ROOT ?? tc.cargoHome);
  if (opts.path) return installPath(io, tc, opts, root, elapsed);
  const spec = opts.operands[0];
  if (!spec) {
    io.stderr(
      'error: Using `cargo install` to install the binaries from the package in current working directory is no longer supported, use `cargo install --path .` instead. Use `cargo build` if you want to simply build the package.\n',
    );
    return 101;
  }
  if (opts.operands.length === 1) return installCrate(io, tc, opts, root, spec, elapsed);
  // Several crates: each is installed in turn, then a summary says which made it.
  const done: string[] = [];
  const failed: string[] = [];
  for (const operand of opts.operands) {
    const name = operand.split('@')[0] ?? operand;
    (installCrate(io, tc, opts, root, operand, elapsed) === 0 ? done : failed).push(name);
  }
  const ok = done.length > 0 ? `Successfully installed ${done.join(', ')}!` : '';
  const bad =
    failed.length > 0 ? `Failed to install ${failed.join(', ')} (see error(s) above).` : '';
  io.stderr(`     Summary ${[ok, bad].filter(Boolean).join(' ')}\n`);
  if (failed.length === 0) return 0;
  io.stderr('error: some crates failed to install\n');
  return 101;
}

function installPath(
  io: ProgramIO,
  tc: Toolchain,
  opts: CargoOptions,
  root: string,
  elapsed: () => number,
): number {
  const dir = absolute(io.cwd, opts.path as string);
  if (!exists(io.fs, `${dir}/Cargo.toml`)) {
    io.stderr(
      `error: \`${dir}\` does not contain a Cargo.toml file. --path must point to a directory containing a Cargo.toml file.\n`,
    );
    return 101;
  }
  const opened = openWorkspace(io, tc, {
    ...opts,
    manifestPath: `${dir}/Cargo.toml`,
    packages: [],
  });
  if (typeof opened === 'number') return opened;
  const pkg = opened.ws.current;
  if (!pkg) {
    io.stderr(
      `error: found a virtual manifest at \`${dir}/Cargo.toml\` instead of a package manifest\n`,
    );
    return 101;
  }
  io.stderr(`  Installing ${pkg.name} v${pkg.version} (${pkg.dir})\n`);
  return buildAndInstall(
    io,
    tc,
    opts,
    root,
    opened.ws,
    pkg,
    `${pkg.name} v${pkg.version} (${pkg.dir})`,
    opts.locked,
    elapsed,
  );
}

function installCrate(
  io: ProgramIO,
  tc: Toolchain,
  opts: CargoOptions,
  root: string,
  spec: string,
  elapsed: () => number,
): number {
  const [name = spec, at] = spec.split('@');
  const reqText = at ?? opts.version ?? '*';
  const record = crateRecord(name);
  const updated = updateIndex(io, tc, [name]);
  if (updated) {
    io.stderr(updated);
    return 101;
  }
  // A bare MAJOR.MINOR.PATCH is exact for cargo install (not a caret requirement).
  const req = parseReq(/^\d+\.\d+\.\d+$/.test(reqText) ? `=${reqText}` : reqText);
  const lowest = req ? lowestAllowed(req) : undefined;
  const latest = record?.versions[0] ?? '0.0.0';
  const modelled = lowest && older(lowest, latest) ? lowest : undefined;
  const version = record && req ? (newestMatching(record.versions, req) ?? modelled) : undefined;
  if (!record || !req || !version) {
    io.stderr(
      `error: could not find \`${name}\` in registry \`crates-io\` with version \`${req?.display ?? reqText}\`\n`,
    );
    return 101;
  }
  const id = `${record.name} v${version}`;
  if (
    !opts.force &&
    readText(io.fs, `${root}/.crates.toml`)?.includes(`"${record.name} ${version} (registry+`)
  ) {
    io.stderr(`     Ignored package \`${id}\` is already installed, use --force to override\n`);
    return 0;
  }
  const unit: Unit = {
    key: `${record.name} ${version}`,
    name: record.name,
    version,
    kind: 'registry',
    record,
    deps: [],
  };
  const fetched = fetchCrates(io, tc, [unit]);
  if (fetched) {
    io.stderr(fetched);
    return 101;
  }
  if (record.executables.length === 0) {
    io.stderr(
      `error: there is nothing to install in \`${id}\`, because it has no binaries\n\`cargo install\` is only for installing programs, and can't be used with libraries.\nTo use a library crate, add it as a dependency to a Cargo project with \`cargo add\`.\n`,
    );
    return 101;
  }
  io.stderr(`  Installing ${id}\n`);
  const dir = `${registryPaths(tc).src}/${record.name}-${version}`;
  const pkg: Package = {
    manifestPath: `${dir}/Cargo.toml`,
    dir,
    name: record.name,
    version,
    edition: '2021',
    deps: crateDependencies(record, version).map(([d, req]) => ({
      name: d,
      crate: d,
      req,
      kind: 'normal' as const,
      optional: false,
      features: (record.wants[d] ?? []).includes('-default')
        ? (record.wants[d] ?? []).filter((f) => f !== '-default')
        : ['default', ...(record.wants[d] ?? [])],
    })),
    bins: record.executables.map((e) => ({ name: e, path: 'src/main.rs' })),
    registry: true,
  };
  const tmp = `/tmp/cargo-install${sha256Hex(`${id}${io.now}`).slice(0, 6)}`;
  const ws: Workspace = {
    rootDir: dir,
    packages: new Map([[dir, pkg]]),
    members: [pkg],
    current: pkg,
    defaultMembers: [pkg],
    lockPath: `${dir}/Cargo.lock`,
    targetDir: opts.targetDir ? absolute(io.cwd, opts.targetDir) : (io.env.CARGO_TARGET_DIR ?? tmp),
  };
  const code = buildAndInstall(io, tc, opts, root, ws, pkg, id, false, elapsed);
  if (ws.targetDir === tmp) removeTree(io.fs, tmp);
  return code;
}

function buildAndInstall(
  io: ProgramIO,
  tc: Toolchain,
  opts: CargoOptions,
  root: string,
  ws: Workspace,
  pkg: Package,
  id: string,
  useLock: boolean,
  elapsed: () => number,
): number {
  const prepared = prepare(io, tc, ws, [pkg], {
    locked: opts.locked,
    offline: opts.offline,
    writeLock: useLock,
    needed: neededUnits(tc, [pkg], false, opts.target),
  });
  if (!prepared.ok) return prepared.code;
  const result = compile(io, {
    tc,
    resolution: prepared.resolution,
    selected: [pkg],
    targetDir: ws.targetDir,
    release: true,
    check: false,
    test: false,
    ...(opts.target ? { target: opts.target } : {}),
    ...(opts.bins.length > 0 ? { bins: opts.bins } : {}),
    profile: profileSettings(ws, true),
  });
  if (result.failure) {
    io.stderr(
      `error: failed to compile \`${id}\`, intermediate artifacts can be found at \`${ws.targetDir}\`.\nTo reuse those artifacts with a future compilation, set the environment variable \`CARGO_TARGET_DIR\` to that path.\n\nCaused by:\n${result.failure
        .replace(/^error: /, '')
        .split('\n')
        .map((l) => (l ? `  ${l}` : l))
        .join('\n')}`,
    );
    return 101;
  }
  io.stderr(finishedLine(tc, 'release', Math.max(result.ms, elapsed())));
  const binDir = `${root}/bin`;
  const names: string[] = [];
  let replaced = false;
  for (const bin of result.binaries) {
    const read = io.fs.readFile(bin.path);
    if (!read.ok) continue;
    const dest = `${binDir}/${bin.name}`;
    const existed = exists(io.fs, dest);
    replaced ||= existed;
    io.stderr(`  ${existed ? ' Replacing' : 'Installing'} ${dest}\n`);
    const node = read.value.node;
    const blob = node.kind === 'file' && node.blob ? node.blob : `rust-binary:${id}`;
    const ok = writeBlob(io.fs, dest, blob, read.value.size, 0o755);
    if (!ok) {
      io.stderr(
        `error: failed to create directory \`${binDir}\`\n\nCaused by:\n  Permission denied (os error 13)\n`,
      );
      return 101;
    }
    names.push(bin.name);
  }
  const list = names.map((n) => `\`${n}\``).join(', ');
  const what = `(executable${names.length === 1 ? '' : 's'} ${list})`;
  io.stderr(
    replaced
      ? `    Replaced package \`${id}\` with \`${id}\` ${what}\n`
      : `   Installed package \`${id}\` ${what}\n`,
  );
  recordInstall(io, root, pkg, names);
  const onPath = (io.env.PATH ?? '').split(':').some((d) => d.replace(/\/$/, '') === binDir);
  if (!onPath)
    io.stderr(
      `warning: be sure to add \`${binDir}\` to your PATH to be able to run the installed binaries\n`,
    );
  return 0;
}

function older(a: string, b: string): boolean {
  const pa = parseVersion(a) ?? [0, 0, 0];
  const pb = parseVersion(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) < (pb[i] ?? 0);
  return false;
}

/** $CARGO_HOME/.crates.toml (v1) and .crates2.json (v2): what cargo install tracks. */
function recordInstall(io: ProgramIO, root: string, pkg: Package, bins: string[]): void {
  const source = pkg.registry
    ? 'registry+https://github.com/rust-lang/crates.io-index'
    : `path+file://${pkg.dir}`;
  const key = `${pkg.name} ${pkg.version} (${source})`;
  const old = readText(io.fs, `${root}/.crates.toml`) ?? '[v1]\n';
  const lines = old.split('\n').filter((l) => l && !l.startsWith(`"${pkg.name} `));
  lines.push(`"${key}" = [${bins.map((b) => `"${b}"`).join(', ')}]`);
  writeText(io.fs, `${root}/.crates.toml`, `${lines.join('\n')}\n`);
  writeText(
    io.fs,
    `${root}/.crates2.json`,
    `{"installs":{"${key}":{"version_req":null,"bins":[${bins.map((b) => `"${b}"`).join(',')}],"features":[],"all_features":false,"no_default_features":false,"profile":"release","target":"x86_64-unknown-linux-gnu","rustc":"rustc"}}}`,
  );
}

export function uninstallCommand(io: ProgramIO, tc: Toolchain, opts: CargoOptions): number {
  const root = opts.root
    ? absolute(io.cwd, opts.root)
    : (io.env.CARGO_INSTALL_ROOT ?? tc.cargoHome);
  const name = opts.operands[0] ?? '';
  const line = (readText(io.fs, `${root}/.crates.toml`) ?? '')
    .split('\n')
    .find((l) => l.startsWith(`"${name} `));
  if (!line) {
    io.stderr(`error: package ID specification \`${name}\` did not match any packages\n`);
    return 101;
  }
  for (const bin of [...line.matchAll(/"([^"]+)"/g)].slice(1).map((m) => m[1] as string)) {
    io.stderr(`    Removing ${root}/bin/${bin}\n`);
    io.fs.remove(`${root}/bin/${bin}`);
  }
  const rest = (readText(io.fs, `${root}/.crates.toml`) ?? '')
    .split('\n')
    .filter((l) => l !== line);
  writeText(io.fs, `${root}/.crates.toml`, rest.join('\n'));
  return 0;
}
