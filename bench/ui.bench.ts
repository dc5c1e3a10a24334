/**
 * npm run bench:ui: the explainer's figures in a real browser, printed as a table (a
 * benchmark, not a test). It serves the existing production build (`npm run build` first;
 * `vite build` runs only when dist/ is missing) with `vite preview` on a free port and drives
 * it with Playwright's Chromium (CHROMIUM_PATH, set by scripts/with-browser.mjs).
 *
 * Targets (issue 4): initial JS <= 150 KB gzip, p95 frame <= 20 ms unthrottled and <= 33 ms at
 * 4x CPU throttling, interaction latency < 100 ms unthrottled. A MISS is printed, never fatal;
 * the process exits non-zero only when the page cannot be loaded. The machine is shared:
 * compare runs on one machine, and read frame figures as "drops frames or not".
 */
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { measureEmbed } from './ui/embed';
import { measureEntryGraph } from './ui/entry-graph';
import { INITIAL_JS_TARGET_KB, measureFirstLoad } from './ui/first-load';
import { failedRow, formatTable, row, type Row } from './ui/report';
import { DIST, ensureBuilt, startPreview } from './ui/serve';
import { measureSession } from './ui/session-run';
import { kb } from './ui/stats';

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

async function main(): Promise<number> {
  ensureBuilt();
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || undefined,
    args: BROWSER_ARGS,
  });
  const rows: Row[] = [];
  try {
    const load1 = loadavg()[0] ?? 0;
    console.log(`Serving ${DIST}/ at ${preview.url} (Chromium ${browser.version()})`);
    console.log(
      `Machine: ${cpus().length} CPUs, load average ${load1.toFixed(1)}` +
        (load1 > cpus().length ? ' (busy: expect slow paints and dropped frames)' : '') +
        '\n',
    );
    let load;
    try {
      load = await measureFirstLoad(browser, preview.url);
    } catch (error) {
      console.error(
        `The page could not be loaded: ${error instanceof Error ? error.message : error}`,
      );
      return 1;
    }
    rows.push(...load.rows);
    console.log('Scripts requested before first contentful paint:');
    for (const s of load.scripts)
      console.log(`  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.path}`);
    console.log('');
    try {
      const entry = await measureEntryGraph(preview.url);
      rows.push(
        row('JS in index.html entry graph', `${entry.paths.length} scripts, gzip`, kb(entry.gzip), {
          text: `<= ${INITIAL_JS_TARGET_KB} KB`,
          pass: entry.gzip <= INITIAL_JS_TARGET_KB * 1024,
        }),
      );
    } catch (error) {
      rows.push(failedRow('JS in index.html entry graph', 'gzip', error));
    }

    for (const rate of [1, 4]) {
      try {
        rows.push(...(await measureSession(browser, preview.url, rate)));
      } catch (error) {
        rows.push(
          failedRow('session', rate === 1 ? 'unthrottled' : `${rate}x CPU throttle`, error),
        );
      }
    }
    try {
      rows.push(...(await measureEmbed(browser, preview.url)));
    } catch (error) {
      rows.push(failedRow('embed', '/embed-demo.html', error));
    }
    console.log(formatTable(rows));
    return 0;
  } finally {
    await browser.close();
    preview.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
