/**
 * On a laptop and a projector the parts of a panel that change while a build or a command plays
 * (the image panel's two columns, the container board, the terminal's log) are placed
 * absolutely inside their panels, so that each is its own relayout root (AppShell.css,
 * `.lc-bound`). Absolute placement takes a box out of the flow: these checks make sure each one
 * still fills the room the panel gives it, in each layout where it is used, and that narrower
 * layouts keep flowing.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, 'the box is drawn').not.toBeNull();
  return b!;
}

/** The inner box of a panel's content: from under its title bar to its bottom border. */
async function expectFillsBelowTitle(page: Page, panel: string, inner: Box) {
  const section = await box(page.locator(`.lc-panel--${panel}`));
  expect(inner.height).toBeGreaterThan(100);
  expect(inner.y + inner.height).toBeGreaterThan(section.y + section.height - 4);
  expect(inner.y + inner.height).toBeLessThanOrEqual(section.y + section.height + 0.5);
  expect(inner.x).toBeGreaterThanOrEqual(section.x - 0.5);
  expect(inner.x + inner.width).toBeLessThanOrEqual(section.x + section.width + 0.5);
}

/** The image panel's two columns, side by side, each the panel's height under its totals. */
async function expectColumnsFilled(page: Page) {
  const stack = await box(page.locator('.lc-imagepanel__stack'));
  const views = await box(page.locator('.lc-imagepanel__views'));
  await expectFillsBelowTitle(page, 'image', stack);
  await expectFillsBelowTitle(page, 'image', views);
  // Touching, the stack the wider (1.1 : 1).
  expect(Math.abs(stack.x + stack.width - views.x)).toBeLessThan(1);
  expect(stack.width).toBeGreaterThan(views.width);
  expect(Math.abs(stack.y - views.y)).toBeLessThan(1);
}

async function expectPanelsFilled(page: Page, { columns }: { columns: boolean }) {
  if (columns) await expectColumnsFilled(page);
  else {
    // Large type makes the image panel narrow: its columns stack and its body scrolls.
    await expectFillsBelowTitle(page, 'image', await box(page.locator('.lc-imagepanel__body')));
    await expect(page.locator('.lc-imagepanel__stack')).not.toHaveCSS('position', 'absolute');
  }

  await expectFillsBelowTitle(page, 'containers', await box(page.locator('.lc-containers')));

  // The log fills the terminal down to its prompt line.
  const log = await box(page.getByRole('log', { name: 'Terminal output' }));
  const input = await box(page.getByRole('textbox', { name: 'Terminal', exact: true }));
  expect(log.height).toBeGreaterThan(100);
  expect(log.y + log.height).toBeLessThanOrEqual(input.y + 0.5);
  expect(input.y - (log.y + log.height)).toBeLessThan(24);
}

test('the panels that play fill their room at 1440x900', async ({ app, page }) => {
  await app.open();
  await expectPanelsFilled(page, { columns: true });
  await expect(page.locator('.lc-term__log')).toHaveCSS('position', 'absolute');
});

test('and on a 1920x1080 projector, in the projection theme', async ({ app, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await app.setTheme('Projection');
  await expectPanelsFilled(page, { columns: false });
});

test('narrower layouts keep them in the flow, at their content height', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open();
  for (const selector of ['.lc-term__log', '.lc-containers', '.lc-imagepanel__stack'])
    await expect(page.locator(selector)).not.toHaveCSS('position', 'absolute');
  const log = await box(page.getByRole('log', { name: 'Terminal output' }));
  expect(log.height).toBeGreaterThan(100);
});
