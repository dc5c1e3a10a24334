import { expect, test } from './fixtures/app';

const background = (page: import('@playwright/test').Page) =>
  page.locator('.lc-app').evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe('themes', () => {
  test('follows the system colour scheme, and a chosen theme overrides it', async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    const systemDark = await background(page);
    await app.setTheme('Light');
    await expect(page.locator('.lc-app')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).not.toBe(systemDark);
    await app.setTheme('Dark');
    expect(await background(page)).toBe(systemDark);
    await app.screenshot('theme-dark-1440x900');
  });

  test('keeps the chosen theme across a reload', async ({ app, page }) => {
    await app.open();
    await app.setTheme('Dark');
    await page.reload();
    await app.waitForEngine();
    await expect(page.locator('.lc-app')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  test('projection has large type, on a 1920x1080 projector', async ({ app, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open();
    await app.setTheme('Projection');
    await app.editor.waitForCodeMirror();
    const body = await page
      .locator('.lc-app')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(body).toBeGreaterThanOrEqual(24);
    const terminal = await app.terminal.input.evaluate((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    expect(terminal).toBeGreaterThanOrEqual(20);
    await app.screenshot('theme-projection-1920x1080');
  });

  test('light theme at 1440x900, tablet and phone layouts', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await app.editor.waitForCodeMirror();
    await app.screenshot('theme-light-1440x900');
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('layout-tablet-1024x768');
    await page.setViewportSize({ width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await app.screenshot('layout-phone-390x844');
  });
});
