/**
 * The [profile.release] / [profile.dev] settings people set to shrink Rust binaries, as
 * factors on the modelled size and compile time: `strip` drops symbols, `lto` and
 * `codegen-units = 1` optimise across crates (smaller, slower to build), `opt-level = "z"`
 * or `"s"` optimises for size, `panic = "abort"` drops the unwinding tables.
 */
import { tomlTable } from './toml';
import type { Workspace } from './workspace';

export interface ProfileSettings {
  /** Factor on the binary's size. */
  shrink: number;
  /** Factor on compile time. */
  slower: number;
}

export function profileSettings(ws: Workspace, release: boolean): ProfileSettings {
  const p = tomlTable(ws.profiles, release ? 'release' : 'dev') ?? {};
  let shrink = 1;
  let slower = 1;
  const strip = p.strip;
  if (strip === true || strip === 'symbols') shrink *= release ? 0.82 : 0.3;
  else if (strip === 'debuginfo' && !release) shrink *= 0.35;
  if (p.debug === true || p.debug === 2 || p.debug === 'full') shrink *= release ? 3.5 : 1;
  const lto = p.lto;
  if (lto === true || lto === 'fat' || lto === 'thin') {
    shrink *= lto === 'thin' ? 0.92 : 0.8;
    slower *= lto === 'thin' ? 1.2 : 1.6;
  }
  if (p['codegen-units'] === 1) {
    shrink *= 0.95;
    slower *= 1.3;
  }
  if (p['opt-level'] === 'z' || p['opt-level'] === 's') shrink *= 0.75;
  if (p.panic === 'abort') shrink *= 0.9;
  return { shrink, slower };
}
