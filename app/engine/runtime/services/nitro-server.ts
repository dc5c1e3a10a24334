/**
 * Nuxt's built server, `.output/server/index.mjs` (Nitro's node-server preset), as a container
 * runs it: Nitro says where it listens and keeps running; it handles SIGTERM and exits 0.
 */
import type { ProgramIO } from '../../shell/program';

/** The entry Nitro writes re-exports its server chunk. */
export function startsNitroServer(source: string): boolean {
  return /from\s+['"]\.\/chunks\/nitro\/nitro\.mjs['"]/.test(source);
}

/** Nitro's one start-up line: PORT or NITRO_PORT (3000), on every address (`[::]`) by default. */
export function nitroStartup(io: ProgramIO): string {
  const port = io.env.NITRO_PORT || io.env.PORT || '3000';
  const host = io.env.NITRO_HOST || io.env.HOST || '[::]';
  return `Listening on http://${host}:${port}\n`;
}
