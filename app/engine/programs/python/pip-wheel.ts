/**
 * Wheel files, the multi-stage Python pattern: `pip wheel --wheel-dir /wheels -r
 * requirements.txt` in a builder stage saves every collected wheel ("Saved /wheels/..."), and
 * `pip install /wheels/*` in the final stage installs from those files ("Processing
 * /wheels/...") without downloading. A wheel's name says its project and version.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, writeBlob } from '../common/fs-helpers';
import type { PythonEnv } from './env';
import type { Chosen } from './pip-install';
import type { Requirement } from './requirements';
import { wheelName } from './wheels';

/** `foo_bar-1.2.0-py3-none-any.whl` as the requirement `foo-bar==1.2.0`, from that file. */
export function wheelFileRequirement(operand: string, cwd: string): Requirement | undefined {
  const file = operand.split('/').pop() ?? '';
  const m = /^([A-Za-z0-9_.]+)-([^-]+)-(?:\d[^-]*-)?[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (!m?.[1] || !m[2]) return undefined;
  const path = absolute(cwd, operand);
  const shown = path.startsWith(`${cwd}/`) ? `./${path.slice(cwd.length + 1)}` : path;
  return {
    name: m[1].replace(/_/g, '-'),
    text: `${m[1]}==${m[2]}`,
    specs: [{ op: '==', version: m[2] }],
    wheelFile: shown,
  };
}

/** Whether the wheel file an operand names exists (pip refuses a missing one). */
export function wheelFileExists(io: ProgramIO, operand: string): boolean {
  return exists(io.fs, absolute(io.cwd, operand));
}

/** `pip wheel`'s end: each collected wheel written to the wheel folder, "Saved" per file. */
export function saveWheels(
  io: ProgramIO,
  picks: readonly Chosen[],
  env: PythonEnv,
  wheelDir: string,
  info: (text: string) => void,
): number {
  const dir = absolute(io.cwd, wheelDir);
  for (const pick of picks) {
    const wheel = wheelName(pick.pkg, pick.version, env);
    writeBlob(io.fs, `${dir}/${wheel}`, `pip-wheel:${wheel}`, pick.pkg.downloadSize);
    const shown = dir.startsWith(`${io.cwd}/`) ? `./${dir.slice(io.cwd.length + 1)}` : dir;
    info(`Saved ${shown}/${wheel}\n`);
  }
  return 0;
}
