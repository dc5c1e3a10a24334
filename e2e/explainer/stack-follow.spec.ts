/**
 * A long Dockerfile's stack is taller than its column, and a build plays bottom up while the
 * column opens at the top: the stack keeps the step being played in view, and stops following
 * once the person scrolls the column themselves. The terminal shows the build's output as far
 * as the stack has played it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { ExplainerViews } from './views';

/** FROM, WORKDIR, twelve RUN + ENV pairs and CMD: 27 own rows, far taller than the column. */
const LONG = [
  'FROM python:3.14-slim',
  'WORKDIR /app',
  ...Array.from({ length: 12 }, (_, i) => [
    `RUN echo "part ${i + 1}" > /app/part-${i + 1}.txt`,
    `ENV PART_${i + 1}=done`,
  ]).flat(),
  'CMD ["python", "main.py"]',
  '',
].join('\n');

const column = (page: Page) => page.locator('.lc-imagepanel__stack');

async function shows(page: Page, row: Locator): Promise<boolean> {
  const view = await column(page).boundingBox();
  const box = await row.boundingBox();
  if (!view || !box) return false;
  return box.y >= view.y - 0.5 && box.y + box.height <= view.y + view.height + 0.5;
}

test('the stack keeps the step being played in view', async ({ app, page }) => {
  const views = new ExplainerViews(page, app);
  await views.openWithLayers();
  await app.editor.replaceText(LONG);
  await app.build();
  // The first steps play at the bottom of the stack, out of the column's view at first.
  const second = views.layer('RUN echo "part 2" > /app/part-2.txt');
  await expect(second).toContainText('BUILT', { timeout: 20_000 });
  await expect(views.layer('CMD ["python" "main.py"]')).toContainText('building');
  expect(await shows(page, second)).toBe(true);
  // At the end, the top row (the last step played) shows.
  const top = views.layer('CMD ["python" "main.py"]');
  await expect(top).not.toContainText('building', { timeout: 30_000 });
  await expect.poll(() => shows(page, top)).toBe(true);
});

test('a person who scrolls the column during a build takes it over', async ({ app, page }) => {
  const views = new ExplainerViews(page, app);
  await views.openWithLayers();
  await app.editor.replaceText(LONG);
  await app.build();
  await expect(views.layer('RUN echo "part 1" > /app/part-1.txt')).toContainText('BUILT', {
    timeout: 20_000,
  });
  const stack = column(page);
  const box = (await stack.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -10_000);
  await expect.poll(() => stack.evaluate((el) => el.scrollTop)).toBe(0);
  // Later steps play where the person is not looking; the column stays where they put it.
  await expect(views.layer('RUN echo "part 4" > /app/part-4.txt')).toContainText('BUILT', {
    timeout: 20_000,
  });
  expect(await stack.evaluate((el) => el.scrollTop)).toBe(0);
});

test("the terminal shows the build's output as far as the stack has played, then the prompt", async ({
  app,
  page,
}) => {
  const views = new ExplainerViews(page, app);
  await views.openWithLayers();
  await app.editor.replaceText(LONG);
  await app.build();
  await expect(views.layer('RUN echo "part 2" > /app/part-2.txt')).toContainText('BUILT', {
    timeout: 20_000,
  });
  const build = app.terminal.lastEntry();
  await expect(build).toContainText('RUN echo "part 2" > /app/part-2.txt');
  await expect(views.layer('RUN echo "part 12" > /app/part-12.txt')).toContainText('building');
  await expect(build).not.toContainText('RUN echo "part 12"');
  await expect(build).not.toContainText('exporting to image');
  // The command is still running as far as the person can see: no prompt under it yet.
  await expect(app.terminal.prompt()).toHaveText('');
  await expect(views.layer('CMD ["python" "main.py"]')).not.toContainText('building', {
    timeout: 30_000,
  });
  await expect(build).toContainText('naming to docker.io/library/app:latest');
  await expect(app.terminal.prompt()).toHaveText('learner@laptop:~$ ');
});
