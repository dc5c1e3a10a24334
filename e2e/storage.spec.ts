import { SEED_DOCKERFILE } from '../app/store/seed';
import { expect, STORAGE_KEY, test } from './fixtures/app';

test.describe('saved work', () => {
  test('keeps editor text and commands across a reload', async ({ app, page }) => {
    await app.open();
    await app.terminal.run('echo kept > kept.txt');
    await app.editor.replaceText('FROM busybox\nCMD ["echo", "kept"]\n');
    await page.reload();
    await app.waitForEngine();
    await expect.poll(() => app.editor.text()).toBe('FROM busybox\nCMD ["echo", "kept"]\n');
    await expect(app.editor.file('kept.txt')).toBeVisible();
    await expect(app.terminal.output).toContainText('echo kept > kept.txt');
    await expect(app.announcements()).toContainText('Your work is restored');
  });

  test('sets unreadable saved data aside, says so, and opens the example', async ({
    app,
    page,
  }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"v": 1, "app": "layercake", "scenario": [tru');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await app.open();
    await expect(app.notice()).toContainText('could not be read (it is not valid JSON)');
    await expect(app.notice()).toContainText(`${STORAGE_KEY}.set-aside.`);
    expect(await app.editor.text()).toBe(SEED_DOCKERFILE);
    const kept = await page.evaluate((key) => {
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${key}.set-aside.`));
      return aside ? localStorage.getItem(aside) : null;
    }, STORAGE_KEY);
    expect(kept).toBe('{"v": 1, "app": "layercake", "scenario": [tru');
    await app.screenshot('storage-corrupt-notice');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(app.notice()).toHaveCount(0);
  });

  test('does not misread data from a newer version or another app', async ({ app, page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, JSON.stringify({ v: 2, app: 'layercake', scenario: [] }));
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await app.open();
    await expect(app.notice()).toContainText('saved by a newer Layercake (version 2)');
    await expect(app.terminal.entries).toHaveCount(4);
  });
});
