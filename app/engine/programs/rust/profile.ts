/**
 * The [profile.release] / [profile.dev] settings people set to shrink Rust binaries, as
 * factors on the modelled size and compile time: `strip` drops symbols, `lto` and
 * `codegen-units = 1` optimise across crates (smaller, slower to build), `opt-level = "z"`
 * or `"s"` optimises for size, `panic = "abort"` drops the unwinding tables.
 */
import { tomlString, tomlTable } from './toml';
import type { Workspace } from './workspace';

export interface ProfileSettings {
  /** Factor on the binary's size. */
  shrink: number;
  /** Factor on compile time. */
  slower: number;
}

export function profileSettings(ws: Workspace, release: boolean, custom?: string): ProfileSettings {
  const p = {
    ...(tomlTable(ws.profiles, release ? 'release' : 'dev') ?? {}),
    ...(custom ? (tomlTable(ws.profiles, custom) ?? {}) : {}),
  };
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

/** A `--profile <name>` other than the built-in ones: its directory and what it inherits. */
export function customProfile(
  ws: Workspace,
  name: string | undefined,
): { name: string; release: boolean } | { error: string } | undefined {
  if (!name || ['dev', 'release', 'test', 'bench'].includes(name)) return undefined;
  const table = tomlTable(ws.profiles, name);
  if (!table) return { error: `error: profile \`${name}\` is not defined\n` };
  const inherits = tomlString(table, 'inherits');
  if (!inherits)
    return {
      error: `error: profile \`${name}\` is missing an \`inherits\` directive (\`inherits\` is required for all profiles except \`dev\` or \`release\`)\n`,
    };
  return { name, release: inherits === 'release' || inherits === 'bench' };
}
