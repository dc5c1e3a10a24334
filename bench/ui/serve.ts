/**
 * The bench serves the production build the way a static host would: `vite preview` over
 * `dist/` on a free port, as a child process the bench starts and stops. It builds nothing
 * unless `dist/` is missing (then `vite build` once), so it measures what `npm run build` made.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Preview {
  url: string;
  stop: () => void;
}

/**
 * The folder to serve: dist/, or BENCH_DIST (a private build, for a working tree where
 * others rebuild dist/ while the bench runs).
 */
export const DIST = process.env.BENCH_DIST || 'dist';

export function ensureBuilt(): void {
  if (existsSync(`${DIST}/index.html`)) return;
  console.log(`${DIST}/ is missing: running vite build first…`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', DIST], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts `vite preview` in its own process group (npx runs vite as a grandchild), so `stop`
 * ends exactly the processes this bench started.
 */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
