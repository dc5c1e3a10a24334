import { expect, test } from './fixtures/app';

test.describe('Auto-build', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
    await app.editor.waitForCodeMirror();
  });

  test('rebuilds when the person pauses typing, and remembers the switch', async ({
    app,
    page,
  }) => {
    const toggle = page.getByRole('checkbox', { name: /Auto-build/ });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    const builds = app.terminal.entries.filter({ hasText: 'docker build -t app .' });
    const before = await builds.count();

    await app.editor.replaceText(
      'FROM python:3.14-slim\nWORKDIR /app\nCOPY requirements.txt .\nLABEL stage="auto"\n',
    );
    await expect(builds).toHaveCount(before + 1, { timeout: 15_000 });
    const layers = page.getByRole('list', { name: 'Image layers' });
    await expect(layers).toContainText('LABEL stage=auto');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Auto-build/ })).toBeChecked();
  });

  test('waits while the Dockerfile has an error', async ({ app, page }) => {
    await page.getByRole('checkbox', { name: /Auto-build/ }).check();
    const builds = app.terminal.entries.filter({ hasText: 'docker build -t app .' });
    const before = await builds.count();
    await app.editor.replaceText('FROM busybox\nRUNN echo typo\n');
    await expect(app.editor.problems).toContainText('Line 2');
    await page.waitForTimeout(2500);
    await expect(builds).toHaveCount(before);
  });
});
