/** The Node.js version an image has: NODE_VERSION, else its node_version.h, else v24.11.1. */
import type { ProgramIO } from '../../shell/program';
import { readText } from '../common/fs-helpers';

export function nodeVersion(io: ProgramIO): string {
  const fromEnv = io.env.NODE_VERSION;
  if (fromEnv) return fromEnv.startsWith('v') ? fromEnv : `v${fromEnv}`;
  const header = readText(io.fs, '/usr/local/include/node/node_version.h') ?? '';
  const part = (name: string) =>
    new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(header)?.[1];
  return part('MAJOR') ? `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` : 'v24.11.1';
}
