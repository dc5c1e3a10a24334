/**
 * Guided lessons: a learner with a fresh profile opens the lessons, reads the goal, asks
 * for hints, does what they say, and finishes the lesson; progress survives a reload.
 */
import { expect, test } from './fixtures/app';

test('a fresh learner completes the first lesson using its hints', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto('/?mode=lessons');
  await app.waitForEngine();
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    'An image is a stack of layers',
  );
  const goal = lesson.getByRole('list', { name: 'Goal' });
  await expect(goal.getByRole('listitem')).toHaveCount(3);
  await expect(lesson.getByText('0 of 3 done')).toBeVisible();

  // The hints, one at a time, lead to the two commands.
  await lesson.getByRole('button', { name: 'Show a hint' }).click();
  await lesson.getByRole('button', { name: 'Show hint 2 of 3' }).click();
  await lesson.getByRole('button', { name: 'Show hint 3 of 3' }).click();
  const hints = lesson.getByRole('list', { name: 'Hints' });
  await expect(hints.getByRole('listitem')).toHaveCount(3);
  await expect(hints).toContainText('docker build -t app .');
  await expect(hints).toContainText('docker history app');

  await app.terminal.run('docker build -t app .');
  await expect(lesson.getByText('2 of 3 done')).toBeVisible({ timeout: 20_000 });
  await expect(goal.getByRole('listitem').nth(0)).toContainText('Done: An image tagged app exists');
  await app.terminal.run('docker history app');

  const success = lesson.getByRole('status').filter({ hasText: 'Lesson complete!' });
  await expect(success).toBeVisible({ timeout: 20_000 });
  await app.screenshot('lesson-complete');
  await success.getByRole('button', { name: /^Next: / }).click();
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText('Not every line is a layer');
  await expect(page).toHaveURL(/lesson=metadata-layers/);

  // Progress is kept: after a reload the first lesson is marked done.
  await page.reload();
  await app.waitForEngine();
  await lesson.getByText(/All lessons \(1 of 13 done\)/).click();
  await expect(
    lesson
      .getByRole('list', { name: 'Lessons' })
      .getByRole('button', { name: /stack of layers \(done\)/ }),
  ).toBeVisible();
});

test('the solution is shown only after asking, and runs', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto('/?mode=lessons&lesson=writable-layer');
  await app.waitForEngine();
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await lesson.getByRole('button', { name: 'Show the solution' }).click();
  await expect(lesson.getByRole('group', { name: 'Show the solution?' })).toBeVisible();
  await expect(lesson.getByLabel('Solution', { exact: true })).toHaveCount(0);
  await lesson.getByRole('button', { name: 'Yes, show it' }).click();
  await expect(lesson.getByLabel('Solution', { exact: true })).toContainText(
    'docker run -d --name web app',
  );
  await lesson.getByRole('button', { name: 'Run the solution in the terminal' }).click();
  await expect(lesson.getByRole('status').filter({ hasText: 'Lesson complete!' })).toBeVisible({
    timeout: 30_000,
  });
  // The success moment can be skipped.
  await lesson.getByRole('button', { name: 'Keep exploring' }).click();
  await expect(lesson.getByText('Lesson complete!')).toHaveCount(0);
});

test('a prediction is answered by the engine', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto('/?mode=lessons&lesson=metadata-layers');
  await app.waitForEngine();
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await lesson.getByRole('radio', { name: 'One, like every other line' }).check();
  await lesson.getByRole('button', { name: 'Check my answer' }).click();
  await expect(lesson.getByText(/Not quite\. The simulation says: None/)).toBeVisible({
    timeout: 30_000,
  });
});
