import AxeBuilder from '@axe-core/playwright';
import { expect, test, type ThemeName } from './fixtures/app';

const THEMES: ThemeName[] = ['Light', 'Dark', 'Projection'];

for (const theme of THEMES) {
  test(`no WCAG 2.2 AA violations in the ${theme.toLowerCase()} theme`, async ({ app, page }) => {
    // axe checks every node's contrast; on a loaded two-core machine that takes a while.
    test.setTimeout(120_000);
    await app.open();
    await app.setTheme(theme);
    await app.editor.waitForCodeMirror();
    await app.terminal.run('echo checking contrast');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}

// Lessons mode: the same shell with the lesson beside it, its hints, goal and lesson list open.
for (const theme of THEMES) {
  test(`no WCAG 2.2 AA violations in lessons mode, ${theme.toLowerCase()} theme`, async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/?mode=lessons');
    await app.waitForEngine();
    await app.setTheme(theme);
    const lesson = page.getByRole('complementary', { name: 'Lesson' });
    await lesson.getByRole('button', { name: 'Show a hint' }).click();
    await lesson.getByText(/All lessons \(/).click();
    await expect(lesson.getByRole('list', { name: 'Challenges' })).toBeVisible();
    await app.terminal.run('docker build -t app .');
    await expect(lesson.getByText(/[1-9] of 3 done/)).toBeVisible({ timeout: 20_000 });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
