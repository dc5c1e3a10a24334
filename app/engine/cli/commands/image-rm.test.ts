import { describe, expect, it } from 'vitest';
import { chainIds } from '../../fs/digest';
import { renderHelp } from '../args/help';
import { DEBIAN_LAYER, PYTHON_312, PYTHON_314, testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { imageRmCommand, rmiCommand } from './image-rm';
import { imageTagCommand, tagCommand } from './image-tag';
import { DockerDriver } from './image-testing';

function pulled(...refs: string[]): DockerDriver {
  const d = new DockerDriver(testRuntime());
  for (const ref of refs) d.run(`docker pull ${ref}`);
  return d;
}

const short = (id: string) => id.slice(7, 19);

describe('docker rmi', () => {
  it('prints the help texts of docker 28', () => {
    expect(renderHelp(rmiCommand.spec)).toBe(helpFixture('rmi'));
    expect(renderHelp(imageRmCommand.spec)).toBe(helpFixture('image-rm'));
    expect(renderHelp(tagCommand.spec)).toBe(helpFixture('tag'));
    expect(renderHelp(imageTagCommand.spec)).toBe(helpFixture('image-tag'));
  });

  it('untags one of several tags and deletes nothing', () => {
    const d = pulled('python:3.14-slim');
    d.run('docker tag python:3.14-slim app:v1');
    expect(d.run('docker rmi app:v1')).toEqual({ out: 'Untagged: app:v1\n', err: '', code: 0 });
    expect(Object.keys(d.rt.host.images)).toHaveLength(1);
  });

  it('is refused while a container uses the image, and -f only untags it', () => {
    const d = pulled('python:3.14-slim');
    const id = d.rt.host.tags['python:3.14-slim']!;
    const web = d.addContainer('web', id);
    expect(d.run('docker rmi python:3.14-slim')).toEqual({
      out: '',
      err: `Error response from daemon: conflict: unable to remove repository reference "python:3.14-slim" (must force) - container ${web.id.slice(0, 12)} is using its referenced image ${short(id)}\n`,
      code: 1,
    });
    expect(d.run('docker rmi -f python:3.14-slim')).toEqual({
      out: `Untagged: python:3.14-slim\nUntagged: python@${PYTHON_314.manifestDigest}\n`,
      err: '',
      code: 0,
    });
    expect(d.run('docker images').out.split('\n')[1]).toMatch(/^<none> +<none> +[0-9a-f]{12} /);
    expect(d.run(`docker rmi ${short(id)}`).err).toBe(
      `Error response from daemon: conflict: unable to delete ${short(id)} (cannot be forced) - image is being used by running container ${web.id.slice(0, 12)}\n`,
    );
    expect(d.rt.host.images[id]).toBeDefined();
  });

  it('untags a name while a container runs as long as another repository still names the image', () => {
    const d = pulled('python:3.14-slim');
    const id = d.rt.host.tags['python:3.14-slim']!;
    d.run('docker tag python:3.14-slim app');
    const web = d.addContainer('web', id);
    expect(d.run('docker rmi python:3.14-slim').out).toBe(
      `Untagged: python:3.14-slim\nUntagged: python@${PYTHON_314.manifestDigest}\n`,
    );
    expect(d.run('docker rmi app').err).toBe(
      `Error response from daemon: conflict: unable to remove repository reference "app" (must force) - container ${web.id.slice(0, 12)} is using its referenced image ${short(id)}\n`,
    );
  });

  it('refuses to delete by id an image referenced in several repositories unless forced', () => {
    const d = pulled('python:3.14-slim');
    const id = d.rt.host.tags['python:3.14-slim']!;
    d.run('docker tag python:3.14-slim app');
    expect(d.run(`docker rmi ${short(id)}`).err).toBe(
      `Error response from daemon: conflict: unable to delete ${short(id)} (must be forced) - image is referenced in multiple repositories\n`,
    );
    const forced = d.run(`docker rmi -f ${short(id)}`).out.split('\n');
    expect(forced.slice(0, 4)).toEqual([
      'Untagged: app:latest',
      'Untagged: python:3.14-slim',
      `Untagged: python@${PYTHON_314.manifestDigest}`,
      `Deleted: ${id}`,
    ]);
  });

  it('removing one of two images sharing a base keeps the shared layer', () => {
    const d = pulled('python:3.14-slim', 'python:3.12-slim');
    const id = d.rt.host.tags['python:3.14-slim']!;
    const { out } = d.run('docker rmi python:3.14-slim');
    const chain = chainIds(PYTHON_314.layers.map((l) => l.diffId));
    expect(out).toBe(
      [
        'Untagged: python:3.14-slim',
        `Untagged: python@${PYTHON_314.manifestDigest}`,
        `Deleted: ${id}`,
        `Deleted: ${chain[3]}`,
        `Deleted: ${chain[2]}`,
        `Deleted: ${chain[1]}`,
        '',
      ].join('\n'),
    );
    expect(d.rt.host.layers[DEBIAN_LAYER.diffId]).toBe(DEBIAN_LAYER);
    expect(Object.keys(d.rt.host.layers).sort()).toEqual(
      PYTHON_312.layers.map((l) => l.diffId).sort(),
    );
    const again = d.run('docker pull python:3.14-slim').out.split('\n');
    expect(again.filter((l) => l.endsWith('Already exists'))).toHaveLength(1);
  });

  it('deletes by id an image with one tag and its digest', () => {
    const d = pulled('python:3.14-slim');
    const id = d.rt.host.tags['python:3.14-slim']!;
    expect(
      d
        .run(`docker rmi ${short(id)}`)
        .out.split('\n')
        .slice(0, 3),
    ).toEqual([
      'Untagged: python:3.14-slim',
      `Untagged: python@${PYTHON_314.manifestDigest}`,
      `Deleted: ${id}`,
    ]);
    expect(d.rt.host.layers).toEqual({});
  });

  it('reports each missing name and carries on', () => {
    const d = pulled('python:3.14-slim');
    expect(d.run('docker rmi nosuch python:3.14-slim Bad')).toMatchObject({
      err:
        'Error response from daemon: No such image: nosuch:latest\n' +
        'Error response from daemon: invalid reference format: repository name must be lowercase\n',
      code: 1,
    });
    expect(d.rt.host.images).toEqual({});
  });
});

describe('docker tag', () => {
  it('words bad names, digests and missing sources as docker does', () => {
    const d = pulled('python:3.14-slim');
    expect(d.run('docker tag python:3.14-slim Bad').err).toBe(
      'Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n',
    );
    expect(d.run(`docker tag python:3.14-slim app@${PYTHON_314.manifestDigest}`).err).toBe(
      'refusing to create a tag with a digest reference\n',
    );
    expect(d.run('docker tag nosuch app').err).toBe(
      'Error response from daemon: No such image: nosuch:latest\n',
    );
    expect(d.run('docker tag python:3.14-slim registry.example.com/team/app:1.0')).toEqual({
      out: '',
      err: '',
      code: 0,
    });
    expect(d.rt.host.tags['registry.example.com/team/app:1.0']).toBe(
      d.rt.host.tags['python:3.14-slim'],
    );
  });
});
