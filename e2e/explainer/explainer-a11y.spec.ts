/**
 * The explainer's views under axe (WCAG 2.2 AA) in every theme, in the states the page-wide
 * check does not reach: containers diverged, compare open, a layer selected, disk use, hidden
 * copies shown. Keyboard: the merged tree as a WAI-ARIA tree, the stack's arrow keys.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type ThemeName } from '../fixtures/app';
import { openViews } from './views';

const THEMES: ThemeName[] = ['Light', 'Dark', 'Projection'];

async function violations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

for (const theme of THEMES) {
  test(`the image and container views pass axe in the ${theme.toLowerCase()} theme`, async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    const views = await openViews(page, app);
    await app.setTheme(theme);
    await views.fast();
    await views.runContainer();
    await views.runContainer();
    await app.terminal.run(`docker exec web sh -c 'echo "hello" > /tmp/test.txt'`);
    await app.terminal.run('docker exec web rm /app/requirements.txt');
    await expect(views.change('web', '/app/requirements.txt')).toBeVisible();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByLabel('Show hidden lower copies').check();
    expect(await violations(page, '.lc-panel--containers')).toEqual([]);
    expect(await violations(page, '.lc-panel--image')).toEqual([]);
    await views.layer('COPY . .').getByRole('button').first().click();
    await expect(page.getByRole('list', { name: 'File changes' })).toBeVisible();
    expect(await violations(page, '.lc-panel--image')).toEqual([]);
    await page.getByRole('tab', { name: 'Disk use' }).click();
    expect(await violations(page, '.lc-panel--image')).toEqual([]);
    await app.screenshot(`explainer-${theme.toLowerCase()}-1440x900`);
  });
}

/** Texts of `.lc-visually-hidden` boxes with any line drawn inside the viewport. */
async function hiddenTextInView(page: Page): Promise<{ hidden: number; inView: string[] }> {
  return page.evaluate(() => {
    const inView: string[] = [];
    const all = document.querySelectorAll('.lc-visually-hidden');
    for (const el of all) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const seen = [...range.getClientRects()].some(
        (r) =>
          r.width > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight,
      );
      if (seen) inView.push((el.textContent ?? '').slice(0, 60));
    }
    return { hidden: all.length, inView };
  });
}

test('text only assistive technology reads is never drawn in view, however long', async ({
  app,
  page,
}) => {
  // The collapsed base image's stripes carry its whole history (python's RUN lines run to
  // thousands of characters); a layer's changes and the merged tree carry words of their own.
  const views = await openViews(page, app, { fast: true });
  await views.runContainer();
  await app.terminal.run('docker exec web rm /app/requirements.txt');
  await views.layer('COPY . .').getByRole('button').first().click();
  await expect(page.getByRole('list', { name: 'File changes' })).toBeVisible();
  for (const theme of THEMES) {
    await app.setTheme(theme);
    const { hidden, inView } = await hiddenTextInView(page);
    expect(hidden).toBeGreaterThan(10);
    expect(inView).toEqual([]);
  }
});

test('the merged filesystem works as a WAI-ARIA tree from the keyboard', async ({ app, page }) => {
  const views = await openViews(page, app);
  const app_ = views.tree.getByRole('treeitem', { name: /^app\// });
  await app_.click();
  await expect(app_).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(app_).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(views.tree.getByRole('treeitem', { name: /^Dockerfile/ })).toBeFocused();
  await page.keyboard.press('m');
  await expect(views.tree.getByRole('treeitem', { name: /^main\.py/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(app_).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(app_).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Home');
  await expect(views.tree.getByRole('treeitem').first()).toBeFocused();
  // One tab stop: Tab leaves the tree.
  await page.keyboard.press('Tab');
  await expect(views.tree.getByRole('treeitem').first()).not.toBeFocused();
});

test('the layer stack is usable from the keyboard: arrows move, Enter selects', async ({
  app,
  page,
}) => {
  const views = await openViews(page, app);
  const copy = views.layer('COPY . .').getByRole('button').first();
  await copy.focus();
  await page.keyboard.press('ArrowDown');
  const pip = views.layer('RUN pip install').getByRole('button').first();
  await expect(pip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: 'File changes' })).toContainText('site-packages');
  await expect(app.announcements()).toContainText('Layer selected: RUN pip install');
  await page.getByRole('button', { name: 'Show base layers' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Hide base layers' })).toBeVisible();
});

test('reduced motion still shows every change, as fades', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const views = await openViews(page, app);
  await views.runContainer();
  await app.terminal.run(`docker exec web sh -c 'echo x >> /app/main.py'`);
  await expect(views.change('web', '/app/main.py')).toContainText('copied up from');
  await views.container('web').getByRole('button', { name: 'Remove web' }).click();
  await expect(views.container('web')).toHaveCount(0);
});
