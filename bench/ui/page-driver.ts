/**
 * The bench drives the page as a person would, through the accessible names of DESIGN.md
 * (the e2e page objects use Playwright's test `expect`, which a plain script cannot).
 *
 * Waiting is done inside the page with a cheap check every 100 ms (`waitInPage`), not with
 * Playwright locators: a locator's `waitFor` re-runs its role query on every animation
 * frame, and that work landed in the very frames the bench measures (about 40% as much main
 * thread time as React's own commits during the build animation). Each check reads the same
 * ARIA attributes the accessible names come from; once a measured window has closed, the
 * `confirm*` functions check the result again through Playwright's role queries.
 */
import type { ElementHandle, Page } from '@playwright/test';

const POLL_MS = 100;

/** Polls `predicate` (page-side source of a function of `arg`) until it returns true. */
async function waitInPage<A>(
  page: Page,
  predicate: string,
  arg: A,
  timeoutMs: number,
  what: string,
): Promise<void> {
  try {
    await page.waitForFunction(`(${predicate})(${JSON.stringify(arg)})`, null, {
      polling: POLL_MS,
      timeout: timeoutMs,
    });
  } catch (error) {
    throw new Error(`timed out waiting for ${what}`, { cause: error });
  }
}

/** How many transcript entries the terminal shows (page side). */
const ENTRY_COUNT = `document.querySelectorAll('[role="log"][aria-label="Terminal output"] [data-testid="terminal-entry"]').length`;

const entryCount = (page: Page) => page.evaluate(ENTRY_COUNT) as Promise<number>;

const entryCountIsNot = (page: Page, before: number, what: string) =>
  waitInPage(page, `(n) => ${ENTRY_COUNT} !== n`, before, 60_000, what);

export function buildButton(page: Page) {
  return page.getByRole('button', { name: 'Build', exact: true });
}

export function layers(page: Page) {
  return page.getByRole('list', { name: 'Image layers' });
}

/**
 * Where the Build button is, found once by its accessible name. A locator's click runs its
 * role query over the whole page, then scrolls and checks the hit target, all in the page's
 * main thread: inside a measured window, that is the bench's work counted against the page's
 * frames. A person moves the mouse and clicks; so does `clickBuild` once this is known.
 */
const buildButtonCentres = new WeakMap<Page, { x: number; y: number }>();

/** Finds the Build button before a measured window (the header does not move). */
export async function locateBuildButton(page: Page): Promise<void> {
  const box = await buildButton(page).boundingBox();
  if (!box) throw new Error('the Build button is not on screen');
  buildButtonCentres.set(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/** Clicks Build and waits for the `docker build` it types into the terminal. */
export async function clickBuild(page: Page): Promise<void> {
  const before = await entryCount(page);
  const centre = buildButtonCentres.get(page);
  if (centre) await page.mouse.click(centre.x, centre.y);
  else await buildButton(page).click();
  // Also proves the click landed on Build: nothing else runs a command.
  await entryCountIsNot(page, before, 'the build to run');
}

/**
 * The terminal's input, found once by its accessible name: each locator action would run
 * the role query again, and with twelve container cards on the board one query is a long
 * task under a 4x throttle, which would count against the page's frames.
 */
const terminalInputs = new WeakMap<Page, ElementHandle<HTMLElement | SVGElement>>();

async function terminalInput(page: Page) {
  let input = terminalInputs.get(page);
  if (!input || !(await input.evaluate((el) => el.isConnected))) {
    input = await page.getByRole('textbox', { name: 'Terminal', exact: true }).elementHandle();
    terminalInputs.set(page, input);
  }
  return input;
}

/** Finds the terminal's input before a measured window, so its role query lands outside it. */
export async function findTerminalInput(page: Page): Promise<void> {
  await terminalInput(page);
}

/** Types one line into the terminal, presses Enter, and waits for its transcript entry. */
export async function runInTerminal(page: Page, line: string): Promise<void> {
  const before = await entryCount(page);
  const input = await terminalInput(page);
  await input.fill(line);
  await input.press('Enter');
  await entryCountIsNot(page, before, `"${line}" to run`);
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

/** Waits until the stack lists `lastLayerText` and no layer still waits for its step to play. */
export async function waitForBuildAnimation(page: Page, lastLayerText: string): Promise<void> {
  await waitInPage(
    page,
    `(text) => {
      const list = document.querySelector('[role="list"][aria-label="Image layers"]');
      if (!list || document.querySelector('.lc-slab--building')) return false;
      return [...list.querySelectorAll('li')].some((li) => li.textContent.includes(text));
    }`,
    lastLayerText,
    120_000,
    'the build animation to finish',
  );
}

/** Waits until the board shows a container region named after each of `names`. */
export async function waitForContainers(page: Page, names: readonly string[]): Promise<void> {
  await waitInPage(
    page,
    `(names) => {
      const board = document.querySelector('.lc-panel--containers');
      return !!board && names.every((n) => board.querySelector('[aria-label="' + n + '"]'));
    }`,
    names,
    120_000,
    `containers ${names.join(', ')}`,
  );
}

/** Waits until `container`'s writable layer lists a change to `path`. */
export async function waitForChange(page: Page, container: string, path: string): Promise<void> {
  await waitInPage(
    page,
    `([name, path]) => {
      const list = document.querySelector('[role="list"][aria-label="Writable layer of ' + name + '"]');
      return !!list && [...list.querySelectorAll('li')].some((li) => li.textContent.includes(path));
    }`,
    [container, path],
    120_000,
    `${path} in the writable layer of ${container}`,
  );
}

/** After a measured window: the stack's last layer, found by its accessible names. */
export async function confirmLayer(page: Page, text: string): Promise<void> {
  await layers(page).getByRole('listitem').filter({ hasText: text }).first().waitFor({
    timeout: 10_000,
  });
}

/** After a measured window: each container's region inside region "Containers". */
export async function confirmContainers(page: Page, names: readonly string[]): Promise<void> {
  const board = page.getByRole('region', { name: 'Containers', exact: true });
  for (const name of names) {
    await board.getByRole('region', { name, exact: true }).waitFor({ timeout: 10_000 });
  }
}

/** After a measured window: the change to `path` in list "Writable layer of CONTAINER". */
export async function confirmChange(page: Page, container: string, path: string): Promise<void> {
  await page
    .getByRole('list', { name: `Writable layer of ${container}`, exact: true })
    .getByRole('listitem')
    .filter({ hasText: path })
    .first()
    .waitFor({ timeout: 10_000 });
}
