/**
 * The editor and the layer stack point at each other: hovering (or focusing) a layer marks the
 * Dockerfile line(s) that made it, and pointing at an instruction line (pointer, or the caret
 * while the editor has focus) marks its layer, pending ones included.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { ExplainerViews, openViews } from './views';

const linkedLines = (page: Page) => page.locator('.cm-content .cm-line[data-linked]');
const editorLine = (page: Page, text: string) =>
  page.locator('.cm-content .cm-line').filter({ hasText: text });

test.beforeEach(async ({ app, page }) => {
  await openViews(page, app);
  await app.editor.waitForCodeMirror();
});

test('hovering a layer marks the Dockerfile line that made it, and leaving unmarks it', async ({
  app,
  page,
}) => {
  const views = new ExplainerViews(page, app);
  await views.layer('RUN pip install').hover();
  await expect(linkedLines(page)).toHaveCount(1);
  await expect(linkedLines(page)).toHaveText('RUN pip install --no-cache-dir -r requirements.txt');
  await expect(linkedLines(page)).toHaveClass(/cm-lc-linked/);

  await views.layer('COPY requirements.txt').hover();
  await expect(linkedLines(page)).toHaveText('COPY requirements.txt .');

  await page.getByRole('button', { name: 'Build', exact: true }).hover();
  await expect(linkedLines(page)).toHaveCount(0);
});

test('focusing a layer by keyboard marks its line too', async ({ app, page }) => {
  const views = new ExplainerViews(page, app);
  await views.layer('CMD').getByRole('button').first().focus();
  await expect(linkedLines(page)).toHaveText('CMD ["python", "main.py"]');
  await page.keyboard.press('ArrowDown');
  await expect(linkedLines(page)).toHaveText('COPY . .');
});

test('pointing at an instruction line marks its layer, and the caret does while focused', async ({
  app,
  page,
}) => {
  const views = new ExplainerViews(page, app);
  const linkedLayers = views.layers.locator('[data-linked]');

  await editorLine(page, 'COPY requirements.txt').hover();
  await expect(linkedLayers).toHaveCount(1);
  await expect(linkedLayers).toContainText('COPY requirements.txt .');
  await expect(linkedLayers).toHaveClass(/is-linked/);

  // FROM makes no layer of this image's own.
  await editorLine(page, 'FROM python').hover();
  await expect(linkedLayers).toHaveCount(0);

  // The caret: click the CMD line, move the pointer away, then walk up by keyboard.
  await editorLine(page, 'CMD').click();
  await page.getByRole('button', { name: 'Build', exact: true }).hover();
  await expect(linkedLayers).toContainText('CMD ["python" "main.py"]');
  await page.keyboard.press('ArrowUp');
  await expect(linkedLayers).toContainText('COPY . .');
  await app.screenshot('explainer-line-link');

  // Leaving the editor (focus elsewhere) lets go of the caret's link.
  await app.terminal.input.focus();
  await expect(linkedLayers).toHaveCount(0);
});

test('a finished instruction not built yet links to its pending layer', async ({ page }) => {
  await editorLine(page, 'CMD').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('\nEXPOSE 8000\n');
  const pending = page.getByRole('list', { name: 'Pending layers' }).getByRole('listitem');
  await expect(pending).toHaveCount(1);
  await editorLine(page, 'EXPOSE 8000').hover();
  await expect(pending).toHaveAttribute('data-linked', '');
  await pending.hover();
  await expect(linkedLines(page)).toHaveText('EXPOSE 8000');
});

test('the link reads in the projection theme', async ({ app, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.setTheme('Projection');
  const views = new ExplainerViews(page, app);
  await views.layer('COPY . .').hover();
  await expect(linkedLines(page)).toHaveText('COPY . .');
  await app.screenshot('explainer-projection-line-link');
});
