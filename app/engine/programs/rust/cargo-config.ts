/**
 * Cargo's configuration files: `.cargo/config.toml` (or the older `.cargo/config`) in the
 * working directory and each parent, then `$CARGO_HOME/config.toml`; the nearest value wins.
 * Read here: `[build] target` and `target-dir` (relative paths are relative to the directory
 * holding `.cargo/`), and `[net] offline`.
 */
import type { ProgramIO } from '../../shell/program';
import { readText } from '../common/fs-helpers';
import type { CargoOptions } from './cargo-options';
import { join } from './manifest';
import { parseToml, tomlString, tomlTable, type TomlTable } from './toml';
import type { Toolchain } from './toolchain';

function configFiles(io: ProgramIO, tc: Toolchain): { dir: string; toml: TomlTable }[] {
  const found: { dir: string; toml: TomlTable }[] = [];
  const read = (dir: string, paths: string[]) => {
    for (const path of paths) {
      const text = readText(io.fs, path);
      if (text === undefined) continue;
      const parsed = parseToml(text);
      if (parsed.ok) found.push({ dir, toml: parsed.value });
      return;
    }
  };
  for (let dir = io.cwd; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    const base = dir === '/' ? '' : dir;
    read(dir, [`${base}/.cargo/config.toml`, `${base}/.cargo/config`]);
    if (dir === '/') break;
  }
  read(tc.cargoHome, [`${tc.cargoHome}/config.toml`, `${tc.cargoHome}/config`]);
  return found;
}

/** The options with what the configuration sets where the command line and env did not. */
export function withConfig(io: ProgramIO, tc: Toolchain, opts: CargoOptions): CargoOptions {
  let { target, targetDir, offline } = opts;
  for (const { dir, toml } of configFiles(io, tc)) {
    const build = tomlTable(toml, 'build');
    target ??= tomlString(build, 'target');
    const configured = tomlString(build, 'target-dir');
    if (
      targetDir === undefined &&
      configured !== undefined &&
      io.env.CARGO_TARGET_DIR === undefined
    )
      targetDir = join(dir, configured);
    if (tomlTable(toml, 'net')?.offline === true) offline = true;
  }
  return {
    ...opts,
    offline,
    ...(target ? { target } : {}),
    ...(targetDir ? { targetDir } : {}),
  };
}
