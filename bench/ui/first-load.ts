/**
 * First load in a fresh profile: navigation start → the app is interactive (engine ready,
 * Build enabled, "Image layers" populated), and the JavaScript requested before the first
 * contentful paint, measured from the network (each body gzipped here, since `vite preview`
 * serves them uncompressed).
 */
import type { Browser, Response } from '@playwright/test';
import { INSTALL_PROBES, INTERACTIVE, PAINT_AND_RESOURCES } from './probes';
import { gzipBytes, kb, ms } from './stats';
import { row, type Row } from './report';

export const INITIAL_JS_TARGET_KB = 150;

export interface ScriptSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  rows: Row[];
  scripts: ScriptSize[];
}

function isScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(response.url());
}

/** Throws when the page cannot be loaded at all: the one failure the bench exits on. */
export async function measureFirstLoad(browser: Browser, baseUrl: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTALL_PROBES);
    const bodies = new Map<string, Promise<Buffer | null>>();
    page.on('response', (response) => {
      if (isScript(response))
        bodies.set(
          response.url(),
          response.body().catch(() => null),
        );
    });
    const navigation = await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    if (!navigation || !navigation.ok()) {
      throw new Error(`GET / answered ${navigation?.status() ?? 'nothing'}`);
    }
    const interactive = (await (
      await page.waitForFunction(INTERACTIVE, null, { polling: 'raf', timeout: 60_000 })
    ).jsonValue()) as number;
    const { fcp, resources } = (await page.evaluate(PAINT_AND_RESOURCES)) as {
      fcp: number | null;
      resources: { url: string; start: number }[];
    };

    const scripts: ScriptSize[] = [];
    for (const [url, pending] of bodies) {
      const body = await pending;
      const timing = resources.find((r) => r.url === url);
      // The document's own <script type=module> has no resource entry when inlined; any
      // script without a timing entry is counted (it can only have come before the paint).
      const early = fcp === null || !timing || timing.start < fcp;
      if (body && early) {
        scripts.push({ path: new URL(url).pathname, raw: body.length, gzip: gzipBytes(body) });
      }
    }
    scripts.sort((a, b) => b.gzip - a.gzip);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const rows = [
      row('first contentful paint', 'fresh profile', fcp === null ? 'n/a' : ms(fcp)),
      row('first load to interactive', 'fresh profile', ms(interactive)),
      row('JS before first paint', `${scripts.length} scripts, gzip`, kb(total), {
        text: `<= ${INITIAL_JS_TARGET_KB} KB`,
        pass: total <= INITIAL_JS_TARGET_KB * 1024,
      }),
    ];
    return { rows, scripts };
  } finally {
    await context.close();
  }
}
