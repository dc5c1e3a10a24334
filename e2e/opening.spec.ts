import { SEED_DOCKERFILE } from '../app/store/seed';
import { expect, test } from './fixtures/app';

test.describe('opening the page', () => {
  test('shows the Dockerfile at first paint, before the code editor has loaded', async ({
    app,
    page,
  }) => {
    // Hold the editor's chunk back: the plain textarea must already carry the text.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/codemirror-view.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(app.editor.textbox).toHaveValue(SEED_DOCKERFILE);
    release();
    await app.editor.waitForCodeMirror();
    expect(await app.editor.text()).toBe(SEED_DOCKERFILE);
  });

  test('opens on the example, already built once', async ({ app }) => {
    await app.open();
    expect(await app.editor.text()).toBe(SEED_DOCKERFILE);
    await expect(app.terminal.entries).toHaveCount(4);
    const build = app.terminal.lastEntry();
    await expect(build).toContainText('docker build -t app .');
    await expect(build).toContainText('naming to docker.io/library/app:latest');
    await expect(app.editor.file('main.py')).toBeVisible();
    await expect(app.editor.file('requirements.txt')).toBeVisible();
    await expect(app.announcements()).toContainText('The example is open');
    await app.screenshot('opening-1440x900');
  });

  test('has the regions the views fill, by their accessible names', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('list', { name: 'Image layers' })).toBeAttached();
    await expect(page.getByRole('tree', { name: 'Merged filesystem' })).toBeAttached();
    await expect(page.getByRole('region', { name: 'Containers' })).toBeVisible();
    await expect(app.buildButton()).toBeVisible();
  });
});
