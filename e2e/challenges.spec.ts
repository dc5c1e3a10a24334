/**
 * Challenges and progress files: a learner meets a challenge, the score is shown and the best
 * one remembered (a worse try does not replace it, a reload keeps it); progress exported to a
 * file and imported in a fresh browser brings the lesson's done mark and best score along.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app';

const KEEP_DATA = '/?mode=lessons&lesson=challenge-keep-data';
const SOLUTION = [
  'docker cp db:/data/orders.txt .',
  'docker rm -f db',
  'docker run -d --name db -v db-data:/data alpine sleep infinity',
  'docker cp orders.txt db:/data/orders.txt',
];

test('a challenge is scored, its best score kept, and progress moves by file', async ({
  app,
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto(KEEP_DATA);
  await app.waitForEngine();
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    'Challenge: replace a container, keep its data',
  );
  for (const command of SOLUTION) await app.terminal.run(command);

  const success = lesson.getByRole('status').filter({ hasText: 'Challenge met!' });
  await expect(success).toBeVisible({ timeout: 30_000 });
  await expect(success).toContainText('Commands used: 4 commands. Your best yet.');

  // One more command: a worse score, which does not replace the best.
  await app.terminal.run('docker ps');
  await expect(success).toContainText('Commands used: 5 commands. Your best: 4 commands.');
  const challenges = lesson.getByRole('list', { name: 'Challenges' });
  const entry = challenges.getByRole('button', { name: /keep its data/ });
  await lesson.getByText(/All lessons \(/).click();
  await expect(entry).toContainText('best: 4 commands');

  // A reload remembers it.
  await page.reload();
  await app.waitForEngine();
  await lesson.getByText(/All lessons \(/).click();
  await expect(entry).toContainText('best: 4 commands');
  await expect(entry).toHaveAccessibleName(/\(done\)/);

  // Export: a JSON file with the completion and the best score.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    lesson.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('layercake-progress.json');
  const file = test.info().outputPath('layercake-progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.app).toBe('layercake-lessons');
  expect(exported.best).toEqual({ 'challenge-keep-data': 4 });
  expect(Object.keys(exported.completed)).toEqual(['challenge-keep-data']);

  // Import in a fresh browser profile: nothing done there until the file comes in.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/?mode=lessons');
  await expect(fresh.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  const freshLesson = fresh.getByRole('complementary', { name: 'Lesson' });
  await freshLesson.getByText(/All lessons \(/).click();
  const freshEntry = freshLesson
    .getByRole('list', { name: 'Challenges' })
    .getByRole('button', { name: /keep its data/ });
  await expect(freshEntry).not.toContainText('best:');
  await freshLesson.getByLabel('Import progress').setInputFiles(file);
  await expect(freshLesson.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 1 completed lesson from layercake-progress.json.',
  );
  await expect(freshEntry).toContainText('best: 4 commands');
  await expect(freshEntry).toHaveAccessibleName(/\(done\)/);
  // The imported progress is saved in the fresh profile too.
  await fresh.reload();
  await expect(fresh.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  await freshLesson.getByText(/All lessons \(/).click();
  await expect(freshEntry).toContainText('best: 4 commands');
  await other.close();
});
