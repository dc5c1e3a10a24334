/**
 * The Embed dialog gives both snippets for the session on screen; the Diagram dialog
 * downloads the image's layer diagram as SVG and as PNG.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';

test('the Embed dialog offers an element and an iframe for this session', async ({ app, page }) => {
  await app.open();
  const bar = page.getByRole('navigation', { name: 'Share and learn' });
  await bar.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this session in a page' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Dockerfile' }).check();
  await dialog.getByRole('checkbox', { name: 'Readers may type and edit' }).uncheck();
  const element = dialog.getByRole('textbox', { name: 'Element' });
  await expect(element).toHaveValue(/<layercake-player views="editor,layers,containers,terminal"/);
  await expect(element).toHaveValue(/edit="0"/);
  await expect(element).toHaveValue(/scenario="1\.[A-Za-z0-9+\-$]+"/);
  await expect(dialog.getByRole('textbox', { name: 'Iframe' })).toHaveValue(
    /<iframe src="[^"]*embed\.html\?[^"]*#s=1\.[^"]*"[^>]*\n?\s*sandbox="allow-scripts"/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test('the Diagram dialog downloads the layer diagram as SVG and PNG', async ({ app, page }) => {
  await app.open();
  await page
    .getByRole('navigation', { name: 'Share and learn' })
    .getByRole('button', { name: 'Diagram' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Layer diagram for slides' });
  await expect(dialog.getByRole('img', { name: 'Layer diagram of app:latest' })).toBeVisible();

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('app-latest-layers.svg');
  const text = await readFile((await svg.path()) as string, 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('RUN pip install --no-cache-dir -r requirements.txt');

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('app-latest-layers.png');
  const bytes = await readFile((await png.path()) as string);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
