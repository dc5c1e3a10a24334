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
