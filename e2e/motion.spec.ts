/**
 * Reduced motion and the speed control. With `prefers-reduced-motion: reduce` the views still
 * build and run containers, but nothing travels: a layer slab, pending layer, container card,
 * its writable layer, a change item or a volume fades in and out where it stands, never
 * showing a transform, not even its start offset for one frame (they leave the offset out of
 * `initial` and `exit`). A slab's fill and a file marker in flight may jump to their end
 * state, never tween. The control test shows the same probe does
 * see the slides without reduced motion. Pause stops event playback until it is released.
 */
import type { Page } from '@playwright/test';
import { expect, test, type LayercakeApp } from './fixtures/app';
import { ExplainerViews } from './explainer/views';

/** Elements that slide in or drop out (fully motionless at rest) without reduced motion. */
const STILL = ['.lc-slab', '.lc-card', '.lc-card__layer', '.lc-change-item', '.lc-volumes li'].join(
  ', ',
);
/** Elements whose transform changes state (a fill, a marker), which must jump, not travel. */
const JUMPING = ['.lc-slab__fill', '.lc-flight'].join(', ');

interface Track {
  cls: string;
  values: string[];
}

/**
 * Records every distinct computed `transform` each watched element shows, once per frame,
 * from the first frame of the page on (so the opening build's animation is seen too).
 */
async function installTransformProbe(page: Page): Promise<void> {
  await page.addInitScript(
    ({ still, jumping }) => {
      const ids = new WeakMap<Element, number>();
      const tracks: { still: Record<number, Track>; jumping: Record<number, Track> } = {
        still: {},
        jumping: {},
      };
      let next = 0;
      let running = true;
      const record = (selector: string, into: Record<number, Track>) => {
        for (const el of document.querySelectorAll(selector)) {
          let id = ids.get(el);
          if (id === undefined) {
            id = next++;
            ids.set(el, id);
          }
          const value = getComputedStyle(el).transform;
          const track = (into[id] ??= { cls: el.getAttribute('class') ?? '', values: [] });
          if (track.values[track.values.length - 1] !== value) track.values.push(value);
        }
      };
      const tick = () => {
        if (!running) return;
        record(still, tracks.still);
        record(jumping, tracks.jumping);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      (window as unknown as { __transforms: () => typeof tracks }).__transforms = () => {
        running = false;
        return tracks;
      };
    },
    { still: STILL, jumping: JUMPING },
  );
}

async function collectTransforms(page: Page) {
  return page.evaluate(() =>
    (
      window as unknown as {
        __transforms: () => { still: Record<number, Track>; jumping: Record<number, Track> };
      }
    ).__transforms(),
  );
}

const IDENTITY = new Set(['none', 'matrix(1, 0, 0, 1, 0, 0)']);

/** The distinct transforms an element showed other than none: more than one is a journey. */
const offsets = (t: Track) => new Set(t.values.filter((v) => !IDENTITY.has(v))).size;

/** Builds after a change, runs a container, and writes and deletes image files in it. */
async function buildRunAndChange(page: Page, views: ExplainerViews, app: LayercakeApp) {
  await app.terminal.run(`echo 'print("again")' >> main.py`);
  await app.build();
  await expect(views.layer('COPY . .')).toContainText('BUILT', { timeout: 20_000 });
  const name = await views.runContainer();
  await app.terminal.run(
    `docker exec ${name} sh -c 'echo more >> /app/main.py && rm /app/requirements.txt'`,
  );
  await expect(views.change(name, '/app/main.py')).toContainText('C', { timeout: 20_000 });
  await expect(views.change(name, '/app/requirements.txt')).toContainText('D', {
    timeout: 20_000,
  });
  // The copy-up and whiteout markers fly for about a second at 1x.
  await page.waitForTimeout(1500);
  return name;
}

test.describe('motion', () => {
  test('with reduced motion, building and running work and nothing travels by transform', async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await installTransformProbe(page);
    const views = new ExplainerViews(page, app);
    await views.openWithLayers();
    await buildRunAndChange(page, views, app);

    const tracks = await collectTransforms(page);
    const still = Object.values(tracks.still);
    expect(still.length).toBeGreaterThan(10);
    const offset = still.filter((t) => offsets(t) > 0);
    expect(offset, 'elements shown off their place under reduced motion').toEqual([]);
    // A fill may jump between empty and full, a marker from its start to its end: never more.
    const tweened = Object.values(tracks.jumping).filter((t) => offsets(t) > 2);
    expect(tweened, 'transforms that travelled under reduced motion').toEqual([]);
    await app.screenshot('motion-reduced');
  });

  test('without reduced motion the same probe sees layers and cards move', async ({
    app,
    page,
  }) => {
    // The control for the test above: the probe can see movement when there is some.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await installTransformProbe(page);
    const views = new ExplainerViews(page, app);
    await views.openWithLayers();
    await buildRunAndChange(page, views, app);

    const tracks = await collectTransforms(page);
    const travelled = Object.values(tracks.still).filter((t) => offsets(t) > 1);
    expect(travelled.length).toBeGreaterThan(0);
  });

  test('a poured fill lets its compositor layer go once the build has played', async ({
    app,
    page,
  }) => {
    // Fills keep their layer from their pour to the next step (fill-release.ts); a layer
    // kept for good would cost every later frame, so none may outlive the build.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const views = new ExplainerViews(page, app);
    await views.openWithLayers();
    const held = page.locator('.lc-slab__fill[style*="will-change"]');
    await expect(held).toHaveCount(0, { timeout: 10_000 });
    await app.editor.replaceText(
      'FROM python:3.14-slim\nWORKDIR /app\nRUN echo one > one.txt\nRUN echo two > two.txt\n',
    );
    await app.build();
    await expect(views.layer('RUN echo two > two.txt')).toBeVisible({ timeout: 30_000 });
    await expect(held).toHaveCount(0, { timeout: 10_000 });
  });

  test('Pause holds event playback until it is released', async ({ app, page }) => {
    const views = new ExplainerViews(page, app);
    await views.openWithLayers();
    await views.fast();
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');

    const entry = await app.terminal.run('docker run -d --name held app');
    await expect(entry).toContainText(/[0-9a-f]{64}/);
    // The engine ran it (the terminal shows the id) but the board waits for playback.
    await page.waitForTimeout(1500);
    await expect(views.container('held')).toHaveCount(0);

    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await expect(views.container('held')).toBeVisible({ timeout: 10_000 });
    await expect(views.writableLayer('held')).toBeAttached();
  });
});
