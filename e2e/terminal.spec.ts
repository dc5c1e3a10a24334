import { expect, test } from './fixtures/app';

test.describe('terminal', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('runs a command and shows its output after the prompt', async ({ app }) => {
    const entry = await app.terminal.run('echo hello from the terminal');
    // Rendered text, waited for: a new entry skips rendering (content-visibility: auto) until
    // the frame that finds it in view, and its innerText is empty until then.
    await expect(entry).toContainText(
      'learner@laptop:~$ echo hello from the terminal\nhello from the terminal',
      { useInnerText: true },
    );
    await expect(app.terminal.input).toHaveValue('');
  });

  test('walks the history with Up and Down, back to the line being typed', async ({ app }) => {
    await app.terminal.run('echo one');
    await app.terminal.run('echo two');
    const input = app.terminal.input;
    await input.fill('echo thr');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('echo two');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('echo one');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('echo two');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('echo thr');
  });

  test('completes commands, docker subcommands, paths and container names with Tab', async ({
    app,
    page,
  }) => {
    const input = app.terminal.input;
    await input.fill('doc');
    await input.press('Tab');
    await expect(input).toHaveValue('docker ');
    await input.fill('docker ima');
    await input.press('Tab');
    await expect(input).toHaveValue('docker image');
    await expect(page.getByTestId('completions')).toHaveText('image  images');
    // Typing on hides the list, as a shell's next keystroke does.
    await input.press('s');
    await expect(page.getByTestId('completions')).toHaveCount(0);
    await input.fill('cat ma');
    await input.press('Tab');
    await expect(input).toHaveValue('cat main.py ');
    await app.terminal.run('docker run -d --name web app');
    await input.fill('docker stop w');
    await input.press('Tab');
    await expect(input).toHaveValue('docker stop web ');
    await expect(input).toBeFocused();
  });

  test('collects a here-document line by line at a > prompt, as bash does', async ({ app }) => {
    const input = app.terminal.input;
    const before = await app.terminal.entries.count();
    await input.fill("cat > notes.txt <<'EOF'");
    await input.press('Enter');
    await expect(app.terminal.prompt()).toHaveText('> ');
    await input.fill('first line');
    await input.press('Enter');
    await input.fill('EOF');
    await input.press('Enter');
    await expect(app.terminal.entries).toHaveCount(before + 1);
    await expect(app.terminal.prompt()).toHaveText('learner@laptop:~$ ');
    await expect(app.editor.file('notes.txt')).toBeVisible();
    const cat = await app.terminal.run('cat notes.txt');
    await expect(cat).toContainText('first line');
  });

  test('Ctrl+C abandons the line and Ctrl+L clears the screen', async ({ app }) => {
    const input = app.terminal.input;
    await input.fill('echo never run');
    await input.press('Control+c');
    await expect(input).toHaveValue('');
    await expect(app.terminal.output).toContainText('echo never run^C');
    await input.press('Control+l');
    await expect(app.terminal.entries).toHaveCount(0);
    await expect(app.terminal.output).not.toContainText('^C');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('docker build -t app .');
  });

  test('runs a pasted multi-line scenario unit by unit', async ({ app }) => {
    const before = await app.terminal.entries.count();
    await app.terminal.paste(
      "echo alpha\ncat > pasted.txt <<'EOF'\nfrom a paste\nEOF\necho omega\n",
    );
    await expect(app.terminal.entries).toHaveCount(before + 3);
    await expect(app.terminal.entries.nth(before)).toContainText('alpha');
    await expect(app.terminal.lastEntry()).toContainText('omega');
    await expect(app.editor.file('pasted.txt')).toBeVisible();
  });

  test('lets a person select output text to copy it', async ({ app, page }) => {
    const entry = await app.terminal.run('echo copy me');
    const box = await entry.boundingBox();
    if (!box) throw new Error('no entry box');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
    await page.mouse.up();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('copy me');
  });

  test('keeps the newest output in view, and comes back to it when a command runs', async ({
    app,
  }) => {
    const log = app.terminal.output;
    // Whether the newest entry's bottom is inside the log's visible box.
    const newestInView = () =>
      log.evaluate((el) => {
        const entries = el.querySelectorAll('[data-testid="terminal-entry"]');
        const last = entries[entries.length - 1];
        if (!last) return false;
        const box = el.getBoundingClientRect();
        const entry = last.getBoundingClientRect();
        return entry.bottom <= box.bottom + 1 && entry.bottom > box.top;
      });
    for (let i = 1; i <= 6; i++) await app.terminal.run(`seq ${i * 10}`);
    await expect.poll(newestInView).toBe(true);
    // Scrolled up to read: the view stays where the person put it...
    await log.evaluate((el) => el.scrollBy(0, -400));
    await expect.poll(newestInView).toBe(false);
    // ...until a command runs, as in a terminal.
    await app.terminal.run('echo back at the bottom');
    await expect.poll(newestInView).toBe(true);
  });
});
