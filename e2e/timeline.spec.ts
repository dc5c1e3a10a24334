/**
 * The timeline scrubber: every command is a step; the slider moves the world to any of
 * them by keyboard (arrows, Home, End) or by dragging, and says where it is. Going back and
 * forward restores snapshots: nothing is run again.
 */
import { expect, test } from './fixtures/app';

const STEPS = [
  'docker run -d --name web app',
  'docker run -d --name web2 app',
  "docker exec web sh -c 'echo hello > /tmp/test.txt'",
] as const;

test('scrubbing back to step 1 and forward again moves the whole world', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeDisabled();
  for (const step of STEPS) await app.terminal.run(step);
  const web = page.getByRole('region', { name: 'web', exact: true });
  const web2 = page.getByRole('region', { name: 'web2', exact: true });
  const webLayer = page.getByRole('list', { name: 'Writable layer of web', exact: true });
  await expect(webLayer).toContainText('test.txt');
  await expect(slider).toHaveAttribute('aria-valuetext', `Step 3 of 3: ${STEPS[2]}`);
  const entries = await app.terminal.entries.count();

  // Keyboard: Home is the start (no containers yet), then one step on.
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Step 0 of 3: the start');
  await expect(web).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('region', { name: 'Terminal' }).getByText(`Step 1 of 3: ${STEPS[0]}`),
  ).toBeVisible();
  await expect(web).toBeVisible();
  await expect(web2).toHaveCount(0);
  await expect(webLayer).not.toContainText('test.txt');
  await expect(app.announcements()).toContainText(`Step 1 of 3: ${STEPS[0]}`);
  // The terminal shows the session up to that step.
  await expect(app.terminal.lastEntry()).toContainText(STEPS[0]);

  // End goes forward to the last step: the same world, and nothing was run again.
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('3');
  await expect(web2).toBeVisible();
  await expect(webLayer).toContainText('test.txt');
  await expect(app.terminal.entries).toHaveCount(entries);
  await app.screenshot('timeline-end');

  // A drag from the end to the first step lands there (one jump per frame, not a replay).
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider has no box');
  const y = box.y + box.height / 2;
  const thumb = 16; // Chromium's range thumb: the value maps onto the track between its halves
  const xFor = (value: number) => box.x + thumb / 2 + ((box.width - thumb) * value) / 3;
  await page.mouse.move(xFor(3), y);
  await page.mouse.down();
  for (const value of [2.5, 2, 1.5, 1]) await page.mouse.move(xFor(value), y, { steps: 3 });
  await page.mouse.up();
  await expect(slider).toHaveValue('1');
  await expect(web2).toHaveCount(0);
  await expect(web).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  // Redo from there is one step on, as the timeline shows.
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', `Step 2 of 3: ${STEPS[1]}`);
  await expect(web2).toBeVisible();
});
