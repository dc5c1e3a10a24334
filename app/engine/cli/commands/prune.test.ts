import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { storeImage } from '../../host/images';
import { makeImage } from '../../images/image';
import { testLayer, testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { imagePruneCommand } from './image-prune';
import { systemPruneCommand } from './system-prune';

/** python:3.14-slim, plus an untagged image on top of it (what a rebuild leaves behind). */
function withDangling(): { d: DockerDriver; dangling: string } {
  const d = new DockerDriver(testRuntime());
  d.run('docker pull python:3.14-slim');
  const base = d.rt.host.images[d.rt.host.tags['python:3.14-slim']!]!;
  const layer = testLayer({ '/app/old.py': 1000 });
  const image = makeImage({
    ...base,
    diffIds: [...base.diffIds, layer.diffId],
    history: [...base.history, { created: base.created, created_by: 'COPY . . # buildkit' }],
    repoDigests: [],
  });
  d.rt.updateHost((h) => storeImage(h, image, [layer]));
  return { d, dangling: image.id };
}

describe('docker image prune', () => {
  it('prints the help text of docker 28', () => {
    expect(renderHelp(imagePruneCommand.spec)).toBe(helpFixture('image-prune'));
    expect(renderHelp(systemPruneCommand.spec)).toBe(helpFixture('system-prune'));
  });

  it('asks first, and a missing or negative answer removes nothing', () => {
    const { d, dangling } = withDangling();
    const prompt =
      'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';
    expect(d.run('docker image prune')).toEqual({ out: prompt, err: '', code: 0 });
    expect(d.run('docker image prune', 'n\n')).toEqual({ out: prompt, err: '', code: 0 });
    expect(d.rt.host.images[dangling as `sha256:${string}`]).toBeDefined();
  });

  it('removes dangling images and their own layers, keeping the shared base', () => {
    const { d, dangling } = withDangling();
    const { out } = d.run('docker image prune', 'y\n');
    expect(out).toMatch(
      new RegExp(
        `\\[y/N\\] Deleted Images:\\ndeleted: ${dangling}\\ndeleted: sha256:[0-9a-f]{64}\\n\\nTotal reclaimed space: 1kB\\n$`,
      ),
    );
    expect(Object.keys(d.rt.host.images)).toHaveLength(1);
    expect(Object.keys(d.rt.host.layers)).toHaveLength(4);
  });

  it('with -a also untags and removes images no container uses', () => {
    const { d } = withDangling();
    d.run('docker pull python:3.12-slim');
    d.addContainer('web', d.rt.host.tags['python:3.12-slim']!);
    const { out } = d.run('docker image prune -a -f');
    expect(out.split('\n').filter((l) => l.startsWith('untagged: '))).toEqual([
      'untagged: python:3.14-slim',
      expect.stringMatching(/^untagged: python@sha256:/),
    ]);
    expect(Object.keys(d.rt.host.tags)).toEqual(['python:3.12-slim']);
    expect(out.endsWith('\nTotal reclaimed space: 40.7MB\n')).toBe(true);
  });

  it('refuses an unknown filter key or an unreadable until, before asking', () => {
    const d = new DockerDriver(testRuntime());
    for (const command of ['docker image prune', 'docker system prune']) {
      expect(d.run(`${command} -f --filter foo=bar`)).toEqual({
        out: '',
        err: "Error response from daemon: invalid filter 'foo'\n",
        code: 1,
      });
      expect(d.run(`${command} --filter until=zzz`)).toEqual({
        out: '',
        err: "Error response from daemon: invalid filter 'until=[zzz]'\n",
        code: 1,
      });
    }
  });

  it('prints only the total when nothing is dangling', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker image prune -f').out).toBe('Total reclaimed space: 0B\n');
  });
});

describe('docker system prune', () => {
  it('lists what it will remove, with the -a and --volumes variants', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker system prune').out).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        '  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] ',
    );
    expect(d.run('docker system prune -a --volumes').out).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        '  - all anonymous volumes not used by at least one container\n' +
        '  - all images without at least one container associated to them\n  - all build cache\n\n' +
        'Are you sure you want to continue? [y/N] ',
    );
  });

  it('removes stopped containers and dangling images, keeping running containers', () => {
    const { d, dangling } = withDangling();
    const web = d.addContainer('web', d.rt.host.tags['python:3.14-slim']!);
    const done = d.addContainer('done', d.rt.host.tags['python:3.14-slim']!, 'exited');
    const { out } = d.run('docker system prune -f');
    expect(
      out.startsWith(`Deleted Containers:\n${done.id}\n\nDeleted Images:\ndeleted: ${dangling}\n`),
    ).toBe(true);
    expect(Object.keys(d.rt.host.containers)).toEqual([web.id]);
  });
});
