/**
 * The merged view follows the build's playback: while the stack still shows a step as
 * building, the tree lists none of that step's files, and a file a later layer overwrites
 * keeps the lower layer's tag until the later one lands. Rows still to come keep their
 * room, so the tree, and an embedded player's frame, is as tall just before playback ends
 * as just after. Screenshots of the paused build and the finished one go to e2e/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { ExplainerViews } from './explainer/views';

interface Frame {
  t: number;
  /** Stack rows still building, and which of them are named in `watch`. */
  building: number;
  watchedBuilding: boolean;
  /** Whether the tree has a treeitem for the watched file. */
  listed: boolean;
  rootHeight: number;
}

/**
 * Records, once per animation frame, whether the step `step` is still building in the
 * layer stack and whether the merged tree lists `file` (a treeitem whose text starts with
 * it). Rows of unplayed layers are not treeitems, so `listed` is what assistive technology
 * (and a person) can find.
 */
const probeSource = ({ step, file }: { step: string; file: string }) => {
  const frames: Frame[] = [];
  const tick = () => {
    const rows = [...document.querySelectorAll('[role="list"][aria-label="Image layers"] > li')];
    const building = rows.filter((r) => r.textContent?.includes('building'));
    frames.push({
      t: performance.timeOrigin + performance.now(),
      building: building.length,
      watchedBuilding: building.some((r) => r.textContent?.includes(step)),
      listed: [
        ...document.querySelectorAll(
          '[role="tree"][aria-label="Merged filesystem"] [role="treeitem"]',
        ),
      ].some((item) => item.textContent?.startsWith(file)),
      rootHeight: document.getElementById('root')?.getBoundingClientRect().height ?? 0,
    });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { __frames: Frame[] }).__frames = frames;
};

const tagOf = async (page: Page, views: ExplainerViews, name: string) => {
  const text = await views.tree.getByRole('treeitem', { name: new RegExp(`^${name}`) }).innerText();
  return /from layer (\d+)/.exec(text)?.[1];
};

test('mid-build the merged tree lists only the files of the layers the stack has shown', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const views = new ExplainerViews(page, app);
  await views.openWithLayers();
  // A quarter speed: a cached step holds the stage for almost a second, a built one longer.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.25');
  await page.evaluate(probeSource, { step: 'COPY . .', file: 'main.py' });
  // Pause as soon as the step below COPY . . has landed (from inside the page, so the pause
  // does not race the next step), leaving COPY . . building.
  await page.evaluate(() => {
    const list = document.querySelector('[role="list"][aria-label="Image layers"]');
    if (!list) throw new Error('no layer stack');
    const row = (text: string) =>
      [...list.querySelectorAll(':scope > li')].find((r) => r.textContent?.includes(text));
    let armed = false;
    const observer = new MutationObserver(() => {
      const pip = row('RUN pip install');
      const copy = row('COPY . .');
      if (copy?.textContent?.includes('building')) armed = true;
      if (armed && pip && !pip.textContent?.includes('building')) {
        observer.disconnect();
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent?.trim() === 'Pause')
          ?.click();
      }
    });
    observer.observe(list, { subtree: true, childList: true, characterData: true });
  });

  await app.terminal.run(`echo 'print("again")' >> main.py`);
  await app.build();
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await expect(pause).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });

  // Paused mid-build: RUN pip install has landed, COPY . . has not.
  await expect(views.layer('RUN pip install')).toContainText('CACHED');
  await expect(views.layer('COPY . .')).toContainText('building');
  await expect(views.tree.getByRole('treeitem', { name: /^requirements\.txt/ })).toBeVisible();
  await expect(views.tree.getByRole('treeitem', { name: /^main\.py/ })).toHaveCount(0);
  await expect(views.tree.getByRole('treeitem', { name: /^app\// })).toBeVisible();
  const requirementsBefore = await tagOf(page, views, 'requirements\\.txt');
  const heightMid = (await views.tree.boundingBox())?.height;
  await app.screenshot('merged-tree-mid-build');
  // The rows kept for COPY . . are out of the accessibility tree: the tree is still valid.
  const axe = await new AxeBuilder({ page }).include('[role="tree"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await pause.click();
  await expect(views.layer('COPY . .')).toContainText('BUILT', { timeout: 20_000 });
  await expect(views.tree.getByRole('treeitem', { name: /^main\.py/ })).toBeVisible();
  // requirements.txt is copied twice: COPY . . now serves it, as it serves main.py.
  const requirementsAfter = await tagOf(page, views, 'requirements\\.txt');
  expect(requirementsBefore).toBeDefined();
  expect(requirementsAfter).toBe(await tagOf(page, views, 'main\\.py'));
  expect(requirementsAfter).not.toBe(requirementsBefore);
  expect((await views.tree.boundingBox())?.height).toBe(heightMid);
  await page.waitForTimeout(400);
  await app.screenshot('merged-tree-built');

  // Every frame while COPY . . was building left main.py out of the tree.
  const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  const mid = frames.filter((f) => f.watchedBuilding);
  expect(mid.length).toBeGreaterThan(0);
  expect(mid.filter((f) => f.listed)).toEqual([]);
  expect(frames.at(-1)?.listed).toBe(true);
});

test('an embedded player is as tall just before its build finishes playing as after', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const scenario = [
    `cat > Dockerfile <<'EOF'`,
    'FROM alpine:3.22',
    'WORKDIR /app',
    'COPY greeting.txt .',
    'COPY notes.txt .',
    'CMD ["cat", "greeting.txt"]',
    'EOF',
    `echo 'Hello from a layer' > greeting.txt`,
    `echo 'more' > notes.txt`,
    'docker build -t hello .',
  ].join('\n');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // A host page of our own: one player showing the image panel alone.
  await page.route('**/merged-tree-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title>
        <script type="module" src="./layercake-player.js"></script></head>
        <body><layercake-player id="p" views="layers" title="Layers"
        scenario="${escape(scenario)}"></layercake-player></body></html>`,
    }),
  );
  // In every frame: the player's frame records its own frames; the host records the iframe.
  await page.addInitScript(probeSource, { step: 'COPY notes.txt', file: 'notes.txt' });
  await page.goto('/merged-tree-host.html');
  const player = page.frameLocator('#p iframe');
  await expect(player.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  await expect(player.getByRole('list', { name: 'Image layers' })).toContainText('BUILT', {
    timeout: 20_000,
  });
  await expect(player.getByRole('tree', { name: 'Merged filesystem' })).toBeVisible();
  // Let the host take the frame's last message.
  await page.waitForTimeout(1500);

  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  if (!inner) throw new Error('no player frame');
  const frames = await inner.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  // The last frame with a step still building, and the first after it.
  const lastBuilding = frames.findLastIndex((f) => f.building > 0);
  const before = frames[lastBuilding];
  const after = frames[lastBuilding + 1];
  const settled = frames.at(-1);
  expect(before && after && settled).toBeTruthy();
  expect(before?.watchedBuilding).toBe(true);
  expect(frames.filter((f) => f.watchedBuilding && f.listed)).toEqual([]);
  expect(settled?.listed).toBe(true);
  expect(after?.rootHeight).toBe(before?.rootHeight);
  expect(settled?.rootHeight).toBe(before?.rootHeight);
  // And the host's frame is as tall as the content was just before playback ended.
  const outer = (await page.locator('#p iframe').boundingBox())?.height ?? 0;
  expect(Math.abs(outer - Math.ceil(before?.rootHeight ?? 0))).toBeLessThanOrEqual(1);
  await page.screenshot({ path: 'e2e/screenshots/merged-tree-embed.png', fullPage: true });
});
