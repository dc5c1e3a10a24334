/**
 * Share links: Copy link puts the session in the address; opening it restores the same
 * state; truncated, oversized and malicious links open the page safely, with a message.
 */
import LZString from 'lz-string';
import { encodeSession } from '../app/share/link';
import { expect, test } from './fixtures/app';

test('a copied link opens the same session in a fresh browser', async ({ app, page, browser }) => {
  test.setTimeout(120_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.terminal.run('docker run -d --name web nginx');
  await app.terminal.run('docker exec web rm /usr/share/nginx/html/50x.html');
  await page
    .getByRole('navigation', { name: 'Share and learn' })
    .getByRole('button', { name: 'Copy link' })
    .click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=1\./);
  const imageIds = await app.terminal.run('docker images -q');
  const ids = await imageIds.textContent();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('.lc-app')).toHaveAttribute('data-engine', 'ready', {
    timeout: 30_000,
  });
  await expect(fresh.locator('.lc-notice')).toContainText('You opened a shared session');
  await expect(fresh.getByRole('list', { name: 'Writable layer of web' })).toContainText(
    '50x.html',
  );
  // Replayed at the times they first ran: the same image ids, byte for byte.
  const input = fresh.getByRole('textbox', { name: 'Terminal', exact: true });
  await input.fill('docker images -q');
  await input.press('Enter');
  await expect(fresh.getByTestId('terminal-entry').last()).toHaveText(ids ?? '');
  // The shared session is not written over the visitor's own saved work.
  expect(await fresh.evaluate(() => localStorage.getItem('layercake'))).toBeNull();
  await other.close();
});

const whole = encodeSession({
  steps: [{ input: 'docker run -d --name web nginx' }, { input: 'docker diff web' }],
  drafts: {},
});
// Built as text: a JavaScript object literal would turn "__proto__" into a prototype.
const malicious = `1.${LZString.compressToEncodedURIComponent(
  '{"steps":[{"input":"<img src=x onerror=alert(1)>"}],"drafts":{"__proto__":{"polluted":1}}}',
)}`;

const BAD_LINKS: [string, string, RegExp][] = [
  ['truncated', `#s=${whole.slice(0, Math.floor(whole.length / 2))}`, /incomplete|damaged/],
  ['oversized', `#s=1.${'A'.repeat(20_000)}`, /too long to be a Layercake link/],
  ['malicious', `#s=${malicious}`, /does not hold a Layercake session/],
];

for (const [kind, hash, message] of BAD_LINKS) {
  test(`a ${kind} link opens the page safely with a message`, async ({ app, page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/${hash}`);
    await app.waitForEngine();
    await expect(app.notice()).toContainText(message);
    await expect(app.notice()).toContainText('opened as usual instead');
    // The example opened, and nothing from the link became markup or ran.
    await expect(page.getByRole('list', { name: 'Image layers' })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'polluted',
    );
    expect(dialogs).toEqual([]);
  });
}

test('a link whose session carries markup shows it as text only', async ({ app, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const s = encodeSession({
    steps: [{ input: 'echo "<img src=x onerror=alert(1)><script>alert(2)</script>"' }],
    drafts: { 'evil.html': '<script>alert(3)</script>' },
  });
  await page.goto(`/#s=${s}`);
  await app.waitForEngine();
  await expect(app.terminal.output).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script:text("alert(2)")')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
