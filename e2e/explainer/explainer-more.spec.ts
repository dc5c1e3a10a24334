/**
 * The explainer's bigger pictures: a multi-stage build as stacks joined by COPY --from,
 * ten containers on one image, and the projection theme at 1920x1080 (screenshots of each
 * main state for a teacher's eye).
 */
import { expect, test } from '../fixtures/app';
import { openViews } from './views';

const MULTI_STAGE = `cat > Dockerfile <<'EOF'
FROM python:3.14-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN echo built > /src/artifact.txt

FROM python:3.14-slim
WORKDIR /app
COPY --from=build /src/artifact.txt .
COPY main.py .
CMD ["python", "main.py"]
EOF`;

test('a multi-stage build shows each stage, and only the final one ships', async ({
  app,
  page,
}) => {
  const views = await openViews(page, app, { fast: true });
  await app.terminal.run(MULTI_STAGE);
  await app.build();
  const builder = page.getByRole('list', { name: 'Layers of stage build' });
  await expect(builder.getByRole('listitem').filter({ hasText: 'RUN pip install' })).toBeVisible();
  await expect(page.getByText('not shipped')).toBeVisible();
  await expect(page.getByText('ships the final stage')).toBeVisible();
  // The shipped image has the copied file, not the builder's pip install.
  await expect(views.layer('COPY /src/artifact.txt .')).toBeVisible();
  await expect(views.layer('RUN pip install')).toHaveCount(0);
  await expect(page.locator('.lc-arrows__path')).toHaveCount(1);
  await app.screenshot('explainer-multi-stage');
});

test('ten containers fit on one image and stay readable', async ({ app, page }) => {
  test.setTimeout(90_000);
  const views = await openViews(page, app, { fast: true });
  const names: string[] = [];
  for (let i = 0; i < 10; i++) names.push(await views.runContainer());
  expect(new Set(names).size).toBe(10);
  await app.terminal.run(`docker exec web sh -c 'echo "hello" > /tmp/test.txt'`);
  await expect(views.change('web', '/tmp/test.txt')).toBeVisible();
  await expect(page.getByText('shared by 10 containers')).toBeVisible();
  // Compact cards show a container's buttons once it is selected.
  await views.container('api').getByRole('button', { name: 'api', exact: true }).click();
  await expect(views.container('api').getByRole('button', { name: 'Stop api' })).toBeVisible();
  await app.screenshot('explainer-ten-containers');
});

test.describe('projection at 1920x1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the main states read well from the back of a room', async ({ app, page }) => {
    test.setTimeout(90_000);
    const views = await openViews(page, app);
    await app.setTheme('Projection');
    await app.screenshot('explainer-projection-seed');
    await views.fast();
    await views.runContainer();
    await views.runContainer();
    await app.terminal.run(`docker exec web sh -c 'echo "hello" > /tmp/test.txt'`);
    await app.terminal.run(`docker exec api sh -c 'echo "# api" >> /app/main.py'`);
    await expect(views.change('api', '/app/main.py')).toBeVisible();
    await app.screenshot('explainer-projection-containers');
    await views.layer('RUN pip install').getByRole('button').first().click();
    await expect(page.getByRole('list', { name: 'File changes' })).toBeVisible();
    await app.screenshot('explainer-projection-layer');
  });
});
