/**
 * cargo build, check, test, run and fetch: load the workspace, prepare dependencies (lock,
 * download), compile, then print "Finished" in this cargo's words. Application code is
 * never run: `cargo run` and `cargo test` stop at "Running" with a note.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, ensureDir, writeBlob } from '../common/fs-helpers';
import type { CargoOptions } from './cargo-options';
import { compile } from './compile';
import { compileUnits } from './units';
import { runtimeLibraries } from './native';
import { sha256Hex } from '../common/hash';
import type { Package } from './manifest';
import { prepare } from './prepare';
import type { Resolution, Unit } from './resolve';
import { customProfile, profileSettings } from './profile';
import { finishedLine, type Profile, type Toolchain } from './toolchain';
import { loadWorkspace, selectPackages, type Workspace } from './workspace';

export type BuildCommand = 'build' | 'check' | 'test' | 'run' | 'bench' | 'fetch';

export function openWorkspace(
  io: ProgramIO,
  tc: Toolchain,
  opts: CargoOptions,
): { ws: Workspace; selected: Package[] } | number {
  const env = opts.targetDir ? { ...io.env, CARGO_TARGET_DIR: opts.targetDir } : io.env;
  const manifest = opts.manifestPath ? absolute(io.cwd, opts.manifestPath) : undefined;
  const loaded = loadWorkspace(io.fs, io.cwd, tc, env, manifest);
  if (!loaded.ok) {
    io.stderr(loaded.error);
    return 101;
  }
  const selected = selectPackages(loaded.value, opts.packages, opts.workspace);
  if (!selected.ok) {
    io.stderr(selected.error);
    return 101;
  }
  return { ws: loaded.value, selected: selected.value };
}

export function buildCommand(
  io: ProgramIO,
  tc: Toolchain,
  command: BuildCommand,
  opts: CargoOptions,
  elapsed: () => number = () => 0,
): number {
  const opened = openWorkspace(io, tc, opts);
  if (typeof opened === 'number') return opened;
  const { ws, selected } = opened;
  const useLock = true;
  const test = command === 'test' || command === 'bench';
  const prepared = prepare(io, tc, ws, selected, {
    locked: opts.locked,
    offline: opts.offline,
    writeLock: useLock,
    ...(command === 'fetch' ? {} : { needed: neededUnits(tc, selected, test, opts.target) }),
  });
  if (!prepared.ok) return prepared.code;
  if (command === 'fetch') return 0;
  const bins = opts.bins.length > 0 ? opts.bins : undefined;
  if (bins) {
    const known = selected.flatMap((p) => p.bins.map((b) => b.name));
    const missing = bins.find((b) => !known.includes(b));
    if (missing) {
      io.stderr(
        `error: no bin target named \`${missing}\`${known.length > 0 ? ` in default-run packages\nhelp: available bin targets:\n${known.map((k) => `    ${k}\n`).join('')}` : '\n'}`,
      );
      return 101;
    }
  }
  const custom = customProfile(ws, opts.profile);
  if (custom && 'error' in custom) {
    io.stderr(custom.error);
    return 101;
  }
  const release = custom ? custom.release : opts.release || command === 'bench';
  const dirName = custom?.name ?? (release ? 'release' : 'debug');
  if (opts.target && opts.target !== tc.host && !targetInstalled(io, tc, opts.target)) {
    const first = compileUnits(prepared.resolution, selected, test, true, tc.host, opts.target)[0]
      ?.unit;
    return missingTarget(io, opts.target, first ? `${first.name} v${first.version}` : undefined);
  }
  const profileDir = `${ws.targetDir}/${opts.target ? `${opts.target}/` : ''}${dirName}`;
  if (!ensureDir(io.fs, profileDir)) {
    io.stderr(
      `error: failed to create directory \`${profileDir}\`\n\nCaused by:\n  Permission denied (os error 13)\n`,
    );
    return 101;
  }
  const result = compile(io, {
    tc,
    resolution: prepared.resolution,
    selected,
    targetDir: ws.targetDir,
    release,
    ...(custom ? { profileDir: custom.name } : {}),
    check: command === 'check',
    test,
    ...(opts.target ? { target: opts.target } : {}),
    ...(bins ? { bins } : {}),
    profile: profileSettings(ws, release, custom?.name),
  });
  if (result.failure) {
    io.stderr(result.failure);
    return 101;
  }
  const libraries = runtimeLibraries(prepared.resolution.units.values());
  if (libraries.length > 0 && command === 'build')
    io.note(
      `The binary links ${libraries.join(' and ')} (OpenSSL, through openssl-sys): the image that runs it needs them too (libssl3 on Debian, libssl3 on Alpine), as well as ca-certificates for TLS.`,
    );
  const profile: Profile =
    command === 'test'
      ? 'test'
      : command === 'bench'
        ? 'bench'
        : (custom?.name ?? (release ? 'release' : 'dev'));
  io.stderr(finishedLine(tc, profile, Math.max(result.ms, elapsed()), release));
  if (result.staleKept.length > 0)
    io.note(
      `cargo did not rebuild ${result.staleKept.join(', ')}: its source files are older than its last build (COPY keeps the files' modification times), so the binary is still the one that build made. \`touch src/main.rs\` before building makes cargo see the new sources.`,
    );
  const rel = (path: string) =>
    path.startsWith(`${io.cwd}/`) ? path.slice(io.cwd.length + 1) : path;
  if (command === 'run') {
    const bin = result.binaries[0];
    if (!bin) {
      io.stderr('error: a bin target must be available for `cargo run`\n');
      return 101;
    }
    io.stderr(
      `     Running \`${rel(bin.path)}${opts.operands.length > 0 ? ` ${opts.operands.join(' ')}` : ''}\`\n`,
    );
    io.note(`cargo run built ${rel(bin.path)}; the simulation does not execute application code.`);
  }
  if (test) {
    const deps = `${ws.targetDir}/${dirName}/deps`;
    for (const pkg of selected)
      for (const target of [...(pkg.lib ? [pkg.lib.path] : []), ...pkg.bins.map((b) => b.path)]) {
        const name =
          target === pkg.lib?.path
            ? pkg.lib.name
            : (pkg.bins.find((b) => b.path === target)?.name ?? pkg.name);
        const path = `${deps}/${name.replace(/-/g, '_')}-${sha256Hex(`${pkg.dir}:${target}:test`).slice(0, 16)}`;
        writeBlob(io.fs, path, `rust-test-binary:${pkg.name}:${target}`, 4_500_000, 0o755);
        io.stderr(`     Running unittests ${target} (${rel(path)})\n`);
      }
    io.note(
      `cargo ${command} compiled the tests; the simulation does not execute them (no test results).`,
    );
  }
  return 0;
}

/** The packages a build compiles (so downloads), for the host or --target. */
export function neededUnits(
  tc: Toolchain,
  selected: Package[],
  test: boolean,
  target: string | undefined,
): (resolution: Resolution) => Unit[] {
  return (resolution) => [
    ...new Set(
      compileUnits(
        resolution,
        selected,
        test,
        target !== undefined,
        tc.host,
        target ?? tc.host,
      ).map((c) => c.unit),
    ),
  ];
}

export function targetInstalled(io: ProgramIO, tc: Toolchain, target: string): boolean {
  return io.fs.stat(`${tc.dir}/lib/rustlib/${target}`).ok;
}

/** rustc cannot find the target's standard library: the first crate fails. */
function missingTarget(io: ProgramIO, target: string, first: string | undefined): number {
  const [name = 'app', version = ''] = (first ?? '').split(' ');
  if (first) io.stderr(`   Compiling ${name} v${version}\n`);
  io.stderr(
    `error[E0463]: can't find crate for \`core\`\n  |\n  = note: the \`${target}\` target may not be installed\n  = help: consider downloading the target with \`rustup target add ${target}\`\n\nFor more information about this error, try \`rustc --explain E0463\`.\nerror: could not compile \`${name}\` (lib) due to 1 previous error\n`,
  );
  return 101;
}
