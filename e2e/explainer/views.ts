/**
 * The explainer's views as a person (and assistive technology) finds them, by the
 * accessible names in DESIGN.md: the layer stack, the merged filesystem, the containers.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { LayercakeApp } from '../fixtures/app';

export class ExplainerViews {
  readonly layers: Locator;
  readonly tree: Locator;
  readonly containers: Locator;

  constructor(
    private readonly page: Page,
    private readonly app: LayercakeApp,
  ) {
    this.layers = page.getByRole('list', { name: 'Image layers' });
    this.tree = page.getByRole('tree', { name: 'Merged filesystem' });
    this.containers = page.getByRole('region', { name: 'Containers', exact: true });
  }

  /** The stack's entry whose text holds `text` (an instruction). */
  layer(text: string | RegExp): Locator {
    return this.layers.getByRole('listitem').filter({ hasText: text });
  }

  container(name: string): Locator {
    return this.containers.getByRole('region', { name, exact: true });
  }

  writableLayer(name: string): Locator {
    return this.page.getByRole('list', { name: `Writable layer of ${name}`, exact: true });
  }

  /** A change in a container's writable layer, by its path (`A /tmp/test.txt`). */
  change(name: string, path: string): Locator {
    return this.writableLayer(name)
      .getByRole('listitem')
      .filter({
        hasText: new RegExp(`(^|\\s)${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`),
      });
  }

  /** Opens the page and waits until the opening build has played to its last layer. */
  async openWithLayers(): Promise<void> {
    await this.app.open();
    await expect(this.layer('RUN pip install --no-cache-dir -r requirements.txt')).toBeVisible({
      timeout: 20_000,
    });
    await expect(this.layer('CMD ["python" "main.py"]')).not.toContainText('building', {
      timeout: 20_000,
    });
  }

  /** Plays animations four times faster (the person's speed control). */
  async fast(): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  }

  /** Runs a container with the board's button and waits for its region. */
  async runContainer(): Promise<string> {
    const command = await this.page.locator('.lc-board__command').textContent();
    const name = /--name (\S+)/.exec(command ?? '')?.[1] ?? '';
    await this.containers.getByRole('button', { name: 'Run container' }).click();
    await expect(this.container(name)).toBeVisible();
    return name;
  }
}

/** The views of a page opened on the example, its opening build played; `fast`: at 4x. */
export async function openViews(
  page: Page,
  app: LayercakeApp,
  { fast = false }: { fast?: boolean } = {},
): Promise<ExplainerViews> {
  const views = new ExplainerViews(page, app);
  await views.openWithLayers();
  if (fast) await views.fast();
  return views;
}
