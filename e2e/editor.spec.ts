import { expect, test } from './fixtures/app';

test.describe('Dockerfile editor and build context', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
    await app.editor.waitForCodeMirror();
  });

  test('writes the editor text to the host before the next command, in view', async ({ app }) => {
    await app.editor.replaceText('FROM busybox\nRUN echo edited\n');
    const cat = await app.terminal.run('cat Dockerfile');
    await expect(cat).toContainText('RUN echo edited');
    const write = app.terminal.entries.nth((await app.terminal.entries.count()) - 2);
    await expect(write).toContainText("cat > Dockerfile <<'EOF'");
    await expect(write).toContainText('# written from the editor');
  });

  test('shows what a terminal command wrote to the Dockerfile', async ({ app }) => {
    await app.terminal.run('cat > Dockerfile <<\'EOF\'\nFROM busybox:latest\nCMD ["sh"]\nEOF');
    await expect.poll(() => app.editor.text()).toBe('FROM busybox:latest\nCMD ["sh"]\n');
  });

  test('shows the engine diagnostics at their line', async ({ app, page }) => {
    await app.editor.replaceText('FROM busybox\nRUNN echo typo\n');
    await expect(app.editor.problems).toContainText('Line 2');
    await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  });

  test('builds with Ctrl+Enter from the editor', async ({ app }) => {
    await app.editor.textbox.click();
    const before = await app.terminal.entries.count();
    await app.page.keyboard.press('ControlOrMeta+Enter');
    await expect(app.terminal.entries).not.toHaveCount(before);
    await expect(app.terminal.lastEntry()).toContainText('docker build -t app .');
  });

  test('adds, edits, renames and deletes build context files', async ({ app, page }) => {
    await page.getByRole('textbox', { name: 'New file' }).fill('.dockerignore');
    await page.getByRole('button', { name: 'Add' }).click();
    await app.editor.fileContents('.dockerignore').fill('*.pyc\n');
    const cat = await app.terminal.run('cat .dockerignore');
    await expect(cat).toContainText('*.pyc');

    await app.editor.file('requirements.txt').click();
    await page.getByRole('button', { name: 'Rename requirements.txt' }).click();
    await page.getByRole('textbox', { name: 'New name' }).fill('reqs.txt');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(app.terminal.lastEntry()).toContainText('mv requirements.txt reqs.txt');
    await expect(app.editor.file('reqs.txt')).toBeVisible();

    await page.getByRole('button', { name: 'Delete reqs.txt' }).click();
    await expect(app.terminal.lastEntry()).toContainText('rm reqs.txt');
    await expect(app.editor.file('reqs.txt')).toHaveCount(0);
  });
});
