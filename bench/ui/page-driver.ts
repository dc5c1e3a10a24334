/**
 * The bench drives the page as a person would, through the accessible names of DESIGN.md
 * (the e2e page objects use Playwright's test `expect`, which a plain script cannot).
 */
import type { Page } from '@playwright/test';

export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function buildButton(page: Page) {
  return page.getByRole('button', { name: 'Build', exact: true });
}

function terminalEntries(page: Page) {
  return page.getByRole('log', { name: 'Terminal output' }).getByTestId('terminal-entry');
}

export function layers(page: Page) {
  return page.getByRole('list', { name: 'Image layers' });
}

/** Clicks Build and waits for the `docker build` it types into the terminal. */
export async function clickBuild(page: Page): Promise<void> {
  const entries = terminalEntries(page);
  const before = await entries.count();
  await buildButton(page).click();
  await waitUntil(async () => (await entries.count()) !== before, 60_000, 'the build to run');
}

/** Types one line into the terminal, presses Enter, and waits for its transcript entry. */
export async function runInTerminal(page: Page, line: string): Promise<void> {
  const entries = terminalEntries(page);
  const before = await entries.count();
  const input = page.getByRole('textbox', { name: 'Terminal', exact: true });
  await input.fill(line);
  await input.press('Enter');
  await waitUntil(async () => (await entries.count()) !== before, 60_000, `"${line}" to run`);
}

/** Selects the whole Dockerfile in the (CodeMirror) editor and types `text` over it. */
export async function replaceDockerfile(page: Page, text: string): Promise<void> {
  const editor = page.locator('.cm-content[aria-label="Dockerfile"]');
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Puts the caret at the end of the Dockerfile. */
export async function caretAtEnd(page: Page): Promise<void> {
  const editor = page.locator('.cm-content[aria-label="Dockerfile"]');
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
}

/** Waits until no layer is still waiting for its build step to be played. */
export async function waitForBuildAnimation(page: Page, lastLayerText: string): Promise<void> {
  await layers(page)
    .getByRole('listitem')
    .filter({ hasText: lastLayerText })
    .first()
    .waitFor({ timeout: 120_000 });
  await waitUntil(
    async () => (await page.locator('.lc-slab--building').count()) === 0,
    120_000,
    'the build animation to finish',
  );
}

export async function waitForContainers(page: Page, names: readonly string[]): Promise<void> {
  const board = page.getByRole('region', { name: 'Containers', exact: true });
  for (const name of names) {
    await board.getByRole('region', { name, exact: true }).waitFor({ timeout: 120_000 });
  }
}

export async function waitForChange(page: Page, container: string, path: string): Promise<void> {
  await page
    .getByRole('list', { name: `Writable layer of ${container}`, exact: true })
    .getByRole('listitem')
    .filter({ hasText: path })
    .first()
    .waitFor({ timeout: 120_000 });
}
