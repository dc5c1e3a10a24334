/**
 * The embeddable player: the demo page's two <layercake-player> elements load, size
 * themselves from the player's messages, and keep their state apart; the player itself
 * passes axe in embed mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator } from '@playwright/test';

const terminalInput = (frame: FrameLocator) => frame.getByRole('textbox', { name: 'Terminal' });

async function waitReady(frame: FrameLocator) {
  await expect(frame.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
}

test('the demo page has two players that size themselves and do not share state', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/embed-demo.html');
  const first = page.locator('#player-layers iframe');
  const second = page.locator('#player-containers iframe');
  await expect(first).toHaveAttribute('sandbox', 'allow-scripts');
  const one = page.frameLocator('#player-layers iframe');
  const two = page.frameLocator('#player-containers iframe');
  await waitReady(one);
  // The second player is far below the fold: its frame has not loaded yet.
  expect(await second.getAttribute('src')).toBeNull();
  await second.scrollIntoViewIfNeeded();
  await waitReady(two);

  // The first player built its image: the layer stack lists the COPY step.
  await expect(one.getByRole('list', { name: 'Image layers' })).toContainText('COPY greeting.txt');
  // The second ran two containers, and web's writable layer has the new page.
  await expect(two.getByRole('region', { name: 'web2', exact: true })).toBeVisible();
  await expect(two.getByRole('list', { name: 'Writable layer of web', exact: true })).toContainText(
    'index.html',
  );

  // Each frame is as tall as its content said (not the 480 px it started with).
  const mismatch = async (frame: typeof first, inner: FrameLocator) => {
    const outer = (await frame.boundingBox())?.height ?? 0;
    const content = await inner
      .locator('#root')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    return Math.abs(outer - content);
  };
  await expect.poll(() => mismatch(first, one), { timeout: 10_000 }).toBeLessThanOrEqual(1);
  expect((await first.boundingBox())?.height).not.toBe(480);

  // Typing in the second player changes only the second player.
  await terminalInput(two).fill('docker run -d --name only-here nginx');
  await terminalInput(two).press('Enter');
  await expect(two.getByRole('region', { name: 'only-here' })).toBeVisible();
  await expect(one.getByRole('region', { name: 'only-here' })).toHaveCount(0);
  await expect(one.getByRole('log', { name: 'Terminal output' })).not.toContainText('only-here');

  // And it grows to fit the new container.
  await expect.poll(() => mismatch(second, two), { timeout: 10_000 }).toBeLessThanOrEqual(1);
});

test('the player ignores resize messages from anyone but its own frame', async ({ page }) => {
  await page.goto('/embed-demo.html');
  const first = page.locator('#player-layers iframe');
  const one = page.frameLocator('#player-layers iframe');
  await waitReady(one);
  // The frame's height can change while the page loads and its build plays: measure once its
  // own messages have stopped changing it.
  await expect(one.getByRole('tree', { name: 'Merged filesystem' })).toBeVisible({
    timeout: 30_000,
  });
  const height = async () => (await first.boundingBox())?.height;
  let last = await height();
  await expect
    .poll(
      async () => {
        const now = await height();
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [400], timeout: 15_000 },
    )
    .toBe(true);
  const before = await height();
  await page.evaluate(() =>
    window.postMessage({ type: 'layercake:resize', v: 1, height: 2222 }, '*'),
  );
  await page.waitForTimeout(300);
  expect((await first.boundingBox())?.height).toBe(before);
});

test('the player is axe-clean in embed mode', async ({ page }) => {
  // axe checks every node's contrast; on a loaded two-core machine that takes a while.
  test.setTimeout(150_000);
  const script =
    'docker run -d --name web nginx\ndocker exec web rm /usr/share/nginx/html/50x.html\n';
  await page.goto(
    `/embed.html?views=editor,layers,containers,terminal#scenario=${encodeURIComponent(script)}`,
  );
  await expect(page.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  await expect(
    page.getByRole('list', { name: 'Writable layer of web', exact: true }),
  ).toContainText('50x.html');
  // The whiteout's flight is a decorative, half-transparent chip while it moves: check the
  // board once it has landed.
  await expect(page.locator('.lc-flight')).toHaveCount(0, { timeout: 15_000 });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});

test('a read-only player offers no terminal input and shows the Dockerfile as text', async ({
  page,
}) => {
  const script = "cat > Dockerfile <<'EOF'\nFROM alpine:3.22\nEOF\ndocker build -t a .\n";
  await page.goto(
    `/embed.html?edit=0&views=editor,terminal#scenario=${encodeURIComponent(script)}`,
  );
  await expect(page.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  await expect(page.getByRole('textbox', { name: 'Terminal' })).toHaveCount(0);
  const dockerfile = page.getByRole('textbox', { name: 'Dockerfile' });
  await expect(dockerfile).toHaveValue(/FROM alpine:3.22/);
  await expect(dockerfile).toHaveAttribute('readonly', '');
});

test('autoplay runs the scenario step by step, with pause always at hand', async ({ page }) => {
  test.setTimeout(120_000);
  const script = 'docker run -d --name one nginx\ndocker run -d --name two nginx\n';
  await page.goto(`/embed.html?autoplay=1&views=containers#scenario=${encodeURIComponent(script)}`);
  await expect(page.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  const pause = page.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();
  await expect(page.getByText('Step 1 of 2')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('region', { name: 'one', exact: true })).toBeVisible();
  await pause.click();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(3000);
  await expect(page.getByRole('region', { name: 'two', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText('Step 2 of 2')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('region', { name: 'two', exact: true })).toBeVisible();
});
