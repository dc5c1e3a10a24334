/**
 * Presentation mode (?mode=present): stepped by keyboard, keys ignored while typing,
 * the help overlay, the blank screen, axe, and a screenshot at projector size.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SCENARIO = `echo first > a.txt
cat a.txt
docker run -d --name web busybox sleep 1000
`;

async function openPresent(page: Page) {
  await page.goto('/?mode=present');
  await expect(page.locator('.lc-present')).toHaveAttribute('data-engine', 'ready', {
    timeout: 20_000,
  });
}

/** Loads a scenario through the textarea, as a teacher would type it. */
async function loadScenario(page: Page, script: string) {
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByLabel(/Scenario script/).fill(script);
  await page.getByRole('button', { name: 'Present this script' }).click();
  await expect(progress(page)).toHaveText(/Step 0 of \d+/);
}

const progress = (page: Page) => page.getByTestId('present-progress');
const entries = (page: Page) =>
  page.getByRole('log', { name: 'Terminal output' }).getByTestId('terminal-entry');

test('steps forward with Right and back with Left; the terminal follows', async ({ page }) => {
  await openPresent(page);
  await loadScenario(page, SCENARIO);
  await expect(page.getByTestId('present-next')).toContainText('echo first > a.txt');

  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText('Step 1 of 3');
  await expect(entries(page).last()).toContainText('echo first > a.txt');
  await expect(page.getByTestId('present-next')).toContainText('cat a.txt');

  await page.keyboard.press('Space');
  await expect(progress(page)).toHaveText('Step 2 of 3');
  await expect(entries(page).last()).toContainText('first');

  await page.keyboard.press('ArrowLeft');
  await expect(progress(page)).toHaveText('Step 1 of 3');
  await expect(entries(page)).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(progress(page)).toHaveText('Step 0 of 3');
  await expect(entries(page)).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(progress(page)).toHaveText('Step 3 of 3');
  await expect(page.getByRole('region', { name: 'web' })).toBeVisible();
  await expect(page.locator('[data-present-changed]').first()).toBeVisible();
  await page.keyboard.press('Home');
  await expect(progress(page)).toHaveText('Step 0 of 3');
});

test('keys typed into the scenario textarea do not step the presentation', async ({ page }) => {
  await openPresent(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  const script = page.getByLabel(/Scenario script/);
  await script.focus();
  for (const key of ['ArrowRight', 'Space', 'PageDown', 'End', 'b', 'p', '?', 'f']) {
    await page.keyboard.press(key);
  }
  await expect(progress(page)).toHaveText(/^Step 0 of /);
  await expect(page.getByTestId('present-blank')).toHaveCount(0);
  await expect(page.getByTestId('present-help')).toHaveCount(0);
  await expect(entries(page)).toHaveCount(0);
});

test('? opens the help overlay and Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openPresent(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Blank the screen');
  await page.screenshot({ path: 'e2e/screenshots/present-help.png' });
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // Focus came back to the player: the keys still work.
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toHaveCount(0);
});

test('B blanks the screen and B again returns; nothing runs while blank', async ({ page }) => {
  await openPresent(page);
  await page.keyboard.press('b');
  await expect(page.getByTestId('present-blank')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  await expect(page.getByTestId('present-blank')).toHaveCount(0);
  await expect(progress(page)).toHaveText(/^Step 0 of /);
});

test('the pause control is on screen while playing, and pauses', async ({ page }) => {
  await openPresent(page);
  await loadScenario(page, SCENARIO);
  await page.keyboard.press('p');
  const pause = page.getByRole('button', { name: /Pause/ });
  await expect(pause).toBeVisible();
  await expect(progress(page)).toHaveText('Step 1 of 3');
  await pause.click();
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
});

test('a share link opens its steps in presentation mode', async ({ page }) => {
  test.setTimeout(60_000); // two engine boots
  await openPresent(page);
  await page.keyboard.press('End');
  await expect(progress(page)).toHaveText(/Step (\d+) of \1/, { timeout: 20_000 });
  // The full app's Present link carries the session it shows.
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Present' });
  // The address is written as the pointer reaches the link (and on keyboard focus).
  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(link).toHaveAttribute('href', /\?mode=present#s=1\./, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await link.click();
  await expect(page.locator('.lc-present')).toHaveAttribute('data-engine', 'ready', {
    timeout: 20_000,
  });
  await expect(progress(page)).toHaveText(/^Step 0 of [1-9]/);
});

test('no WCAG 2.2 AA violations in presentation mode; screenshot at 1920x1080', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openPresent(page);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(/^Step 6 of /, { timeout: 20_000 });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
  const body = await page.locator('.lc-present').evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(body)).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: 'e2e/screenshots/present.png' });
});
