/**
 * A Next.js standalone `server.js` (`output: 'standalone'`) as a container runs it: it calls
 * Next's `startServer`, which prints Next's banner with the addresses it serves on and keeps
 * running; Next handles SIGTERM and exits 0.
 */
import { dirname } from '../../fs/path';
import type { ProgramIO } from '../../shell/program';

const START_SERVER =
  /require\(\s*['"]next\/dist\/server\/lib\/start-server['"]\s*\)[\s\S]*startServer\(/;

export function startsNextServer(source: string): boolean {
  return START_SERVER.test(source);
}

/** The installed Next's version, from the node_modules beside the server (or above it). */
function nextVersion(io: ProgramIO, file: string): string {
  let dir = dirname(file);
  for (;;) {
    const manifest = io.fs.readFile(`${dir === '/' ? '' : dir}/node_modules/next/package.json`);
    if (manifest.ok) {
      const version = /"version"\s*:\s*"([^"]+)"/.exec(manifest.value.text ?? '')?.[1];
      if (version) return version;
    }
    if (dir === '/') return '15.5.6';
    dir = dirname(dir);
  }
}

/** Next's start-up lines: PORT and HOSTNAME as the generated server.js reads them. */
export function nextServerStartup(io: ProgramIO, file: string, seed: string): string {
  const port = Number.parseInt(io.env.PORT ?? '', 10) || 3000;
  const hostname = io.env.HOSTNAME || '0.0.0.0';
  const readyMs = 40 + ((Number.parseInt(seed.slice(0, 4), 16) || 0) % 120);
  return (
    `   ▲ Next.js ${nextVersion(io, file)}\n` +
    `   - Local:        http://localhost:${port}\n` +
    `   - Network:      http://${hostname}:${port}\n\n` +
    ` ✓ Starting...\n ✓ Ready in ${readyMs}ms\n`
  );
}
