/**
 * The explainer end to end, through the accessible names: the seed opens as a stack of
 * layers; a rebuild reuses the cache up to the changed COPY; containers diverge file by
 * file; removing a container keeps its volume; a selected layer opens its changes.
 * Screenshots of each state go to e2e/screenshots/ (look at them).
 */
import { expect, test } from '../fixtures/app';
import { openViews } from './views';

test.describe('the explainer', () => {
  test('opens on the example as a stack of layers, base image below', async ({ app, page }) => {
    const views = await openViews(page, app);
    const pip = views.layer('RUN pip install --no-cache-dir -r requirements.txt');
    await expect(pip).toContainText(/\d+(\.\d)? (B|kB|MB)/);
    await expect(views.layer('CMD ["python" "main.py"]')).toContainText('0 B');
    await expect(views.layer('WORKDIR /app')).toBeVisible();
    // One listitem per history entry: the base image's entries are there too.
    expect(await views.layers.getByRole('listitem').count()).toBeGreaterThan(6);
    await expect(page.getByText('base: python:3.14-slim')).toBeVisible();
    await expect(views.tree.getByRole('treeitem', { name: /^main\.py/ })).toBeVisible();
    await app.screenshot('explainer-seed-1440x900');
  });

  test('rebuilds after editing main.py with the first three steps CACHED', async ({
    app,
    page,
  }) => {
    const views = await openViews(page, app, { fast: true });
    await app.terminal.run(`echo 'print("changed")' >> main.py`);
    await app.build();
    await expect(views.layer('WORKDIR /app')).toContainText('CACHED');
    await expect(views.layer('COPY requirements.txt .')).toContainText('CACHED');
    await expect(views.layer('RUN pip install')).toContainText('CACHED');
    await expect(views.layer('COPY . .')).toContainText('BUILT');
    await expect(views.layer('COPY . .')).not.toContainText('CACHED');
    await app.screenshot('explainer-rebuild-cached');
  });

  test('shows pending layers while typing, before Build', async ({ app, page }) => {
    const views = await openViews(page, app);
    const text = await app.editor.text();
    await app.editor.replaceText(text.replace('CMD', 'ENV MODE=production\nCMD'));
    const pending = page.getByRole('list', { name: 'Pending layers' });
    // ENV is new; CMD moved up a line, so it is a new step too: the cache stops at ENV.
    await expect(pending.getByRole('listitem')).toHaveText([/^CMD/, /^ENV MODE=production/]);
    await expect(views.layer('CMD ["python" "main.py"]')).toContainText('will rebuild');
    await app.screenshot('explainer-pending');
  });

  test('a file written in one container is in its writable layer, not the other’s', async ({
    app,
    page,
  }) => {
    const views = await openViews(page, app, { fast: true });
    expect(await views.runContainer()).toBe('web');
    expect(await views.runContainer()).toBe('api');
    await app.terminal.run(`docker exec web sh -c 'echo "hello" > /tmp/test.txt'`);
    await expect(views.change('web', '/tmp/test.txt')).toContainText('A');
    await expect(views.change('api', '/tmp/test.txt')).toHaveCount(0);
    await expect(views.writableLayer('api')).toBeAttached();
    await page.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('region', { name: 'Compare containers' });
    await expect(compare.getByRole('list', { name: 'Only in web' })).toContainText('/tmp/test.txt');
    await app.screenshot('explainer-two-containers');
  });

  test('a changed image file is copied up, a deleted one leaves a whiteout', async ({
    app,
    page,
  }) => {
    const views = await openViews(page, app, { fast: true });
    await views.runContainer();
    await app.terminal.run(`docker exec web sh -c 'echo "# edited" >> /app/main.py'`);
    await expect(views.change('web', '/app/main.py')).toContainText('copied up from');
    await app.terminal.run('docker exec web rm /app/requirements.txt');
    await expect(views.change('web', '/app/requirements.txt')).toContainText('whiteout');
    await expect(views.change('web', '/app/requirements.txt')).toContainText('D');
  });

  test('removing a container keeps its volume and the image', async ({ app, page }) => {
    const views = await openViews(page, app, { fast: true });
    await app.terminal.run('docker run -d --name db -v data:/data app');
    await app.terminal.run(`docker exec db sh -c 'echo saved > /data/notes.txt'`);
    const volumes = page.getByRole('list', { name: 'Volumes' });
    await expect(volumes.getByRole('listitem')).toContainText('mounted by db at /data');
    await views.container('db').getByRole('button', { name: 'Remove db' }).click();
    await expect(views.container('db')).toHaveCount(0);
    await expect(volumes.getByRole('listitem')).toContainText('data');
    await expect(volumes.getByRole('listitem')).toContainText('not mounted');
    await expect(app.terminal.lastEntry()).toContainText('docker rm -f db');
    await expect(views.layer('RUN pip install')).toBeVisible();
    await app.screenshot('explainer-removed-volume-stays');
  });

  test('selecting a layer shows the files it changed', async ({ app, page }) => {
    const views = await openViews(page, app);
    await views.layer('COPY . .').getByRole('button').first().click();
    await expect(page.getByRole('tab', { name: 'Layer changes' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const changes = page.getByRole('list', { name: 'File changes' });
    await expect(changes).toContainText('main.py');
    await expect(page.getByText(/Hides from lower layers/)).toBeVisible();
    await app.screenshot('explainer-layer-selected');
    await views.layer('RUN pip install').getByRole('button').first().click();
    await expect(changes).toContainText('site-packages');
    await app.screenshot('explainer-layer-pip');
  });
});
