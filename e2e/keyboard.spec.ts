import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';

/** What has focus, and whether a focus indicator is drawn around it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', visible: false };
    const ring = el.closest('.cm-editor') ?? el;
    const style = getComputedStyle(ring);
    const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
    return { name, visible };
  });
}

test.describe('keyboard only', () => {
  test('every stop on the way to Build shows focus, and Enter builds', async ({ app, page }) => {
    await app.open();
    await app.editor.waitForCodeMirror();
    const before = await app.terminal.entries.count();
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.visible, `focus ring on "${f.name}"`).toBe(true);
      seen.push(f.name);
      if (f.name === 'Build') break;
    }
    expect(seen).toContain('Build');
    await page.keyboard.press('Enter');
    await expect(app.terminal.entries).toHaveCount(before + 1);
    await expect(app.terminal.lastEntry()).toContainText('docker build -t app .');
  });

  test('the terminal takes commands by keyboard and lets focus go on', async ({ app, page }) => {
    await app.open();
    await app.terminal.input.focus();
    await page.keyboard.type('echo typed');
    await page.keyboard.press('Enter');
    await expect(app.terminal.lastEntry()).toContainText('typed');
    // Tab on an empty line moves on; with text it completes; Escape then Tab moves on too.
    await page.keyboard.type('ech');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(app.terminal.input).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(app.terminal.input).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.terminal.input).toHaveValue('echo ');
  });

  test('speed, pause and the Start over dialog work from the keyboard', async ({ app, page }) => {
    await app.open();
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await speed.focus();
    await speed.selectOption('2');
    await expect(speed).toHaveValue('2');
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.focus();
    await page.keyboard.press('Space');
    await expect(pause).toHaveAttribute('aria-pressed', 'true');

    const startOver = page.getByRole('button', { name: 'Start over' });
    await startOver.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start over with the example?' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keep my work' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(startOver).toBeFocused();
  });
});
