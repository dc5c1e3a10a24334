/**
 * The embed on `/embed-demo.html`: how many bytes the page and the first player's frame
 * fetched before that player was interactive (its engine ready), how long until its layer
 * stack showed a layer, and the size of the <layercake-player> element's own bundle.
 */
import type { Browser, Frame, Page } from '@playwright/test';
import { EMBED_FIRST_LAYER, EMBED_READY, TIME_ORIGIN } from './probes';
import { row, type Row } from './report';
import { gzipBytes, kb, ms } from './stats';

export const PLAYER_BUNDLE_TARGET_KB = 10;
const NOT_PRESENT = 'embed demo not present';

interface Fetched {
  url: string;
  at: number;
  raw: number;
  gzip: number;
}

async function playerFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#player-layers iframe').elementHandle({ timeout: 30_000 });
  const frame = handle ? await handle.contentFrame() : null;
  if (!frame) throw new Error('the first player has no frame');
  return frame;
}

async function epochWhen(frame: Frame, probe: string): Promise<number> {
  const handle = await frame.waitForFunction(probe, null, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

export async function measureEmbed(browser: Browser, baseUrl: string): Promise<Row[]> {
  const demo = await fetch(`${baseUrl}/embed-demo.html`).catch(() => null);
  const present = demo?.ok === true && (await demo.text()).includes('layercake-player');
  if (!present) {
    return [
      row('embed: bytes before player interactive', '/embed-demo.html', NOT_PRESENT),
      row('embed: time to first layer', '/embed-demo.html', NOT_PRESENT),
    ];
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const fetched: Promise<Fetched | null>[] = [];
    // The context sees the sandboxed frames' requests too.
    context.on('requestfinished', (request) => {
      const at = Date.now();
      fetched.push(
        request
          .response()
          .then(async (response) => {
            const body = response ? await response.body() : null;
            return body
              ? { url: request.url(), at, raw: body.length, gzip: gzipBytes(body) }
              : null;
          })
          .catch(() => null),
      );
    });
    await page.goto(`${baseUrl}/embed-demo.html`);
    const origin = (await page.evaluate(TIME_ORIGIN)) as number;
    const frame = await playerFrame(page);
    const ready = await epochWhen(frame, EMBED_READY);
    const firstLayer = await epochWhen(frame, EMBED_FIRST_LAYER);
    const all = (await Promise.all(fetched)).filter((f): f is Fetched => f !== null);
    const before = all.filter((f) => f.at <= ready);
    const gzip = before.reduce((s, f) => s + f.gzip, 0);
    const raw = before.reduce((s, f) => s + f.raw, 0);
    const player = all.find((f) => new URL(f.url).pathname.endsWith('/layercake-player.js'));
    const rows = [
      row(
        'embed: bytes before player interactive',
        `${before.length} responses, page + frame`,
        `${kb(gzip)} gzip (${kb(raw)} raw)`,
      ),
      row('embed: player interactive', 'navigation start →', ms(ready - origin)),
      row('embed: time to first layer', 'navigation start →', ms(firstLayer - origin)),
    ];
    if (player) {
      rows.push(
        row('embed: <layercake-player> bundle', 'gzip', kb(player.gzip), {
          text: `<= ${PLAYER_BUNDLE_TARGET_KB} KB`,
          pass: player.gzip <= PLAYER_BUNDLE_TARGET_KB * 1024,
        }),
      );
    }
    return rows;
  } finally {
    await context.close();
  }
}
